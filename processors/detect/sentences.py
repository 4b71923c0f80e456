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


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the sentences of ``text``, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and _abbreviation(text, m.start()):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation or an initial rather than a sentence."""
    if dot < 1 or text[dot - 1].islower() and text[dot - 2 : dot - 1].islower() and text[dot - 3 : dot - 2].isalpha():
        return text[max(0, dot - 5) : dot].lstrip() in ("Sept", "etc", "vs") or text[dot - 5 : dot] == " Corp"
    word = text[max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot)) + 1 : dot].lstrip("-–—(\"'“‘")
    return word in _ABBREVIATIONS or _INITIALS.fullmatch(word) is not None


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        spans.append((start, start + len(stripped)))
