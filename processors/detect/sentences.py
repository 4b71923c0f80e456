"""Sentence spans of news text, aware of abbreviations such as "U.S." and "Mr."."""

import re

# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and a capital, digit or quote,
# or at a line break. One leading character class lets the regex engine skip ahead fast.
_END = re.compile(r"""[.!?\n](?:(?<=\n)\n*|[.!?]*["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9]))""")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr St Gen Lt Col Maj Capt Sgt Brig Adm Sen Rep Gov Pres Prof Rev Jr Sr No vs Inc Corp Co Ltd"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec etc".split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "U.S", "J" of "J. Smith"


# "KYIV, May 3 (Reuters) -", "Doha (AFP) —", "BRUSSELS —": where the story was filed, not who acts in it.
_DATELINE = re.compile(
    r"\s*[A-Z][\w.'’/ -]{1,40}?(?:,\s*[A-Z][\w.'’ ]{1,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*(?:\((?:Reuters|AP|AFP|UPI|dpa|DPA|Xinhua|Bloomberg|IANS|ANI|PTI|CNN|Anadolu)\)\s*[-–—:]+|[-–—]+(?=\s*[A-Z]))\s*"
)


_DATE_OR_AGENCY = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2}\b|,\s*[A-Z]{2,8}\s*[-–—]")
_BYLINE = re.compile(r"\s*By [A-Z][^\n]{0,100}\n")


def dateline_end(text: str) -> int:
    """Offset just past a dateline at the start of ``text``, after a byline if any (0 when there is none)."""
    byline = _BYLINE.match(text)
    begin = byline.end() if byline else 0
    window = text[begin : begin + 120]
    if not ("(" in window or "-" in window or "–" in window or "—" in window):
        return 0  # every dateline holds a bracket or a dash: a cheap test that spares the slow regex
    m = _DATELINE.match(text, begin, begin + 120)
    if not m:
        return 0
    head = m.group()
    # a bracketed agency, a place in capitals, a date, or an agency's acronym after the place ("Jakarta, MINA -")
    return m.end() if "(" in head or head.isupper() or _DATE_OR_AGENCY.search(head) else 0


def boundaries(text: str) -> list[int]:
    """End offsets of the sentences of ``text`` (each sentence starts where the previous one ended)."""
    ends = [m.end() for m in _END.finditer(text) if text[dot := m.start()] != "." or not _abbreviation(text, dot)]
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    return ends


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the sentences of ``text``, stripped of surrounding whitespace."""
    ends = boundaries(text)
    spans = (strip_span(text, start, end) for start, end in zip([0, *ends], ends))
    return [(start, end) for start, end in spans if end > start]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the whitespace at either side."""
    piece = text[start:end]
    rest = piece.lstrip()
    start += len(piece) - len(rest)
    return start, start + len(rest.rstrip())


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation or an initial rather than a sentence."""
    if dot < 1:
        return False
    if dot >= 5 and text[dot - 5 : dot].isalpha():
        return False  # a word of five letters or more: no abbreviation is that long
    word = text[max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot)) + 1 : dot].lstrip("-–—(\"'“‘")
    return word in _ABBREVIATIONS or _INITIALS.fullmatch(word) is not None
