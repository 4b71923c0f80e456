"""Actor knowledge from the TOML files in ``data/`` and an Aho-Corasick matcher over it."""

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any, NamedTuple

import ahocorasick

# Term kinds: how a term names its actor. Capitals and seats are metonyms that also name places; a member
# is one of several states a grouping's name ("the E3") names at once; an entity (a state firm, bank or unit)
# only ever stands for its state as a sanctions target.
NAME, DEMONYM, CAPITAL, BODY, PERSON, MEMBER, ENTITY, STOP = (
    "name", "demonym", "capital", "body", "person", "member", "entity", "stop"
)
_CHECKED_KINDS = (PERSON, DEMONYM, BODY, CAPITAL)  # the kinds ``_rejected`` has rules for

# "former", "then-", "the late", "Iran's late", "slain" (not "late on Tuesday, Russian officials ...")
_FORMER = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-|[Tt]hen-|[Ss]lain|[Aa]ssassinated|(?:[Tt]he|his|her|their|['’]s)\s+late)\s*(?:\S+\s+){0,3}$"
)
_VENUE = re.compile(r"\b(?:in|at|near|outside|via|left|leaves?|leaving|visit(?:s|ed|ing)?)\s+(?:the\s+)?$")
_SURNAME = re.compile(r" [A-Z][a-z]")
_VENUE_CAPITAL = re.compile(r"\b(?:in|at|near|outside)\s+the\s+(?:[\w'’-]+\s+){0,2}capital,?\s+$")


@dataclass(frozen=True, slots=True)
class Sense:
    """One actor a term can name, and when (for people in office)."""

    actor: str | None
    kind: str
    start: date | None = None
    end: date | None = None


class Hit(NamedTuple):
    """An actor named at ``[start, end)`` of a text."""

    start: int
    end: int
    actor: str
    kind: str


@cache
def load(name: str) -> dict[str, Any]:
    """Read one data file, e.g. ``load("countries")``."""
    return tomllib.loads(files(__package__).joinpath("data").joinpath(f"{name}.toml").read_text("utf-8"))


@cache
def display_names() -> dict[str, str]:
    """Actor code -> display name for every known actor."""
    names = {code: entry["name"] for code, entry in load("countries").items()}
    names.update({code: entry["name"] for code, entry in load("orgs").items()})
    return names


def actor_name(code: str) -> str:
    """Display name of an actor code ("RUS" -> "Russia"); the code itself when unknown."""
    return display_names().get(code, code)


@cache
def group_home(code: str) -> str | None:
    """The state an armed group fights in ("RSF" -> "SDN"), if known."""
    entry = load("orgs").get(code)
    return entry.get("home") if entry else None


@cache
def org_kind(code: str) -> str:
    """"state", "org" (international organisation) or "group" (non-state armed group)."""
    entry = load("orgs").get(code)
    return entry["kind"] if entry else "state"


def _terms() -> dict[str, list[Sense]]:
    """Every surface term -> the senses it can have."""
    terms: dict[str, list[Sense]] = {}

    def add(term: str, sense: Sense) -> None:
        # with either apostrophe: "Democratic People’s Republic of Korea" in typeset copy
        for variant in {term, term.replace("'", "’"), term.replace("’", "'")}:
            if sense not in (senses := terms.setdefault(variant, [])):
                senses.append(sense)

    # a state founded since 1990 ("from" in countries.toml) is named by nothing before: in 2002 the SPLA is a rebel army
    founded: dict[str, date | None] = {code: entry.get("from") for code, entry in load("countries").items()}
    for code, entry in load("countries").items():
        for term in entry["names"]:
            add(term, Sense(code, NAME, founded[code]))
        for term in entry["demonyms"]:
            add(term, Sense(code, DEMONYM, founded[code]))
        for term in entry["capitals"]:
            add(term, Sense(code, CAPITAL, founded[code]))
    for code, entry in load("institutions").items():
        for term in entry["terms"]:
            add(term, Sense(code, CAPITAL if term in {"Kremlin", "the Kremlin"} else BODY, founded.get(code)))
    for code, entry in load("orgs").items():
        for term in entry["terms"]:
            add(term, Sense(code, NAME))
    for code, entry in load("entities").items():
        for term in entry["terms"]:
            add(term, Sense(code, ENTITY))
    for person in load("people")["person"]:
        for term in person["names"]:
            add(term, Sense(person["actor"], PERSON, person.get("from"), person.get("to")))
    for grouping in load("groupings").values():
        for term in grouping["terms"]:
            for code in grouping["members"]:
                add(term, Sense(code, MEMBER))
    for term in load("ambiguity")["stop_phrases"]:
        add(term, Sense(None, STOP))
    for senses in terms.values():  # stop phrases first, then the latest office: the one to use without a date
        senses.sort(key=lambda s: (s.kind != STOP, -(s.start or date.min).toordinal()))
    return terms


class Term(NamedTuple):
    """What the matcher knows of one surface term: its senses and the case and context rules it needs."""

    length: int
    senses: tuple[Sense, ...]
    person_like: bool  # also a given name or a US state: "Chad Smith", "Jordan Henderson"
    context: re.Pattern[str] | None  # words that show the sentence means something else
    checked: bool  # whether any case or context rule can drop a match (a plain country name: no)
    dated: bool  # whether a sense holds for a time (an office, a state's existence): which one is meant depends on the day


# Letters from the most to the least frequent in English text.
_FREQUENT = " etaoinsrhldcumfpgwybvkxjqz"


def scan_order(term: str) -> list[int]:
    """A sort key that adds the terms of an Aho-Corasick matcher with frequent letters first: it tries the children
    of a node in the order they were added, so that gives the same matches a third faster."""
    return [_FREQUENT.find(ch) if ch in _FREQUENT else len(_FREQUENT) for ch in term]


@cache
def automaton() -> ahocorasick.Automaton:
    """The compiled, case-sensitive matcher over every term, to its ``Term``."""
    data = load("ambiguity")
    person_like = frozenset(data["person_like"])
    context = {
        rule["term"]: re.compile("|".join(re.escape(w) for w in rule["words"])) for rule in data["context_reject"]
    }
    auto = ahocorasick.Automaton()
    for term, senses in sorted(_terms().items(), key=lambda item: scan_order(item[0])):
        rule = context.get(term)
        checked = term in person_like or rule is not None or any(s.kind in _CHECKED_KINDS for s in senses)
        dated = any(s.start or s.end for s in senses)
        auto.add_word(term, Term(len(term), tuple(senses), term in person_like, rule, checked, dated))
    auto.make_automaton()
    return auto


@cache
def _given_name() -> re.Pattern[str]:
    """A capitalised word just before a term, other than those ambiguity.toml lists as never a given name."""
    words = "|".join(load("ambiguity")["not_given_names"])
    return re.compile(rf"(?!(?:{words})\s)[A-Z][a-z]+\s+$")


def _in_office(sense: Sense, on: date | None) -> bool:
    """Whether a sense holds on the day ``on``: an office held then, a state that existed then."""
    if on is None:
        return True
    return (sense.start is None or sense.start <= on) and (sense.end is None or on < sense.end)


def _rejected(text: str, start: int, end: int, sense: Sense, term: Term) -> bool:
    """Case and context rules that drop a match which names something else."""
    if sense.kind in (PERSON, DEMONYM, BODY):
        before = text[max(0, start - 40) : start]
        # every match of _FORMER holds one of these substrings, a much cheaper test
        if (
            "ormer" in before or "x-" in before or "late" in before or "Late" in before or "hen-" in before
            or "lain" in before or "ssassinated" in before
        ) and (
            _FORMER.search(before)
        ):
            return True  # former office holders and the dead speak for no one
        if sense.kind == DEMONYM and text.startswith(" capital", end) and _VENUE.search(before):
            return True  # "signed in the Ghanaian capital, Accra": a venue
    elif sense.kind == CAPITAL:
        near = text[max(0, start - 12) : start]
        if _VENUE.search(near) or "capital" in near and _VENUE_CAPITAL.search(text, max(0, start - 60), start):
            return True  # "talks in Doha", "negotiators left Doha", "in the Ghanaian capital, Accra" name a venue
    if term.person_like:
        before = text[max(0, start - 12) : start]
        if _SURNAME.match(text, end) or _given_name().search(before) and not before.endswith(". "):
            return True
    if term.context is not None:
        line_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        line_end = text.find(".", end)
        if term.context.search(text[line_start : line_end if line_end >= 0 else len(text)]):
            return True
    return False


@cache
def _holders() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Capital held by an armed group -> (the group, the group's own terms)."""
    return {place: (code, tuple(entry["terms"])) for code, entry in load("orgs").items() for place in entry.get("holds", ())}


def held_capitals(article: str) -> frozenset[tuple[str, str]]:
    """The (capital, group) pairs of capitals held by an armed group that ``article`` also names: there the
    capital stands for the group ("Sanaa" for the Houthis), not for the state."""
    return frozenset(
        (place, code) for place, (code, terms) in _holders().items() if place in article and any(t in article for t in terms)
    )


def find_actors(text: str, on: date | None = None, held: frozenset[tuple[str, str]] = frozenset()) -> list[Hit]:
    """Every actor named in ``text``, left to right, longest match first, with case rules applied; a capital in
    ``held`` (from ``held_capitals``) names its group."""
    holder = dict(held) if held else None
    hits: list[Hit] = []
    n = len(text)
    for last, term in automaton().iter_long(text):
        end = last + 1
        start = end - term.length
        if (start and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
            continue
        senses = term.senses
        sense = senses[0] if on is None or not term.dated else next((s for s in senses if _in_office(s, on)), None)
        if sense is None or sense.actor is None or (term.checked and _rejected(text, start, end, sense, term)):
            continue
        kind = sense.kind
        if kind == MEMBER:
            hits.extend(Hit(start, end, s.actor, NAME) for s in senses if s.kind == MEMBER and s.actor)
        elif kind == CAPITAL and holder and text[start:end] in holder:
            hits.append(Hit(start, end, holder[text[start:end]], CAPITAL))
        elif hits and hits[-1].actor == sense.actor and text.endswith(" (", 0, start) and text.startswith(")", end) and (
            hits[-1].end == start - 2
        ):
            hits[-1] = hits[-1]._replace(end=end + 1)  # "the European Union (EU)": one mention, its acronym included
        else:
            hits.append(Hit(start, end, sense.actor, kind))
    return hits


@cache
def _descriptions() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern of every definite description (a group per kind after a shared "the", which lets the regex
    engine skip ahead fast), a looser one that a sentence must match first (its literal start is found much faster),
    and the actors each kind may stand for."""
    data = load("descriptions")
    kinds = "|".join(rf"(?P<{kind}>{entry['pattern']})" for kind, entry in data.items())
    # "the bloc", "the administration", "his administration" (its leader's)
    pattern, guard = re.compile(rf"\b(?:[Tt]he|[Hh]is|[Hh]er) (?:{kinds})\b"), re.compile(rf"(?:he|is|er) (?:{kinds})")
    return pattern, guard, {kind: tuple(entry["actors"]) for kind, entry in data.items()}


_ANY_STATE = ("*",)  # a description's actors: any state ("the West African nation")


def described_actors(sentence: str, earlier: Sequence[str], on: date | None = None) -> tuple[Hit, ...]:
    """Mentions, at their place, of the actors the definite descriptions of ``sentence`` stand for ("the bloc" after
    "the EU"): of those a description may name, the one mentioned last before it in ``sentence``, else in the
    nearest of ``earlier`` (the sentences before, nearest first) that names one."""
    pattern, guard, allowed = _descriptions()
    if not guard.search(sentence):
        return ()
    found: list[Hit] = []
    for m in pattern.finditer(sentence):
        actors = allowed[m.lastgroup or ""]
        for text in (sentence[: m.start()], *earlier):
            named = [
                h.actor
                for h in find_actors(text, on)
                if h.actor in actors or actors == _ANY_STATE and org_kind(h.actor) == "state"
            ]
            if named:
                found.append(Hit(m.start(), m.end(), named[-1], NAME))
                break
    return tuple(found)
