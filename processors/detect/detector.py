"""detect(): from an article's title and text to one Detection per (topic, actor)."""

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from pydantic import TypeAdapter

from processors.detect.gazetteer import (
    BODY,
    CAPITAL,
    NAME,
    Hit,
    described_actors,
    find_actors,
    group_home,
    held_capitals,
    org_kind,
)
from processors.detect.roles import (
    NO_ERA,
    UNCLEAR,
    URGER,
    Claim,
    Era,
    anaphors,
    antecedent_list,
    quoted_we,
    ceasefire_claims,
    conflicts_by_actor,
    drafter_claims,
    recalled_years,
    known_conflicts,
    headline_target,
    leverage_claims,
    names_the_sides,
    pronoun_claims,
    sanction_claims,
    usual_broker,
    usual_imposer,
)
from processors.detect.senses import Anchor, Cue, find_cues, in_sense, lower, scan, trade_story
from processors.detect.sentences import boundaries, dateline_end, split_sentences, strip_span
from schemas.mention import Detection, Topic

_MAX_EVIDENCE = 3
# An actor needs at least one sentence whose grammar ties it to the topic; co-occurrence alone is not enough.
# Ceasefire stories name few actors beside the truce, so there co-occurrence is kept, at low confidence.
_MIN_CLAIM: dict[Topic, float] = {"ceasefire": 0.2, "sanctions": 0.5}
_DETECTIONS = TypeAdapter(list[Detection])
_HEADLINE = 1.5  # weight of a headline's claims against the text's


def detect(title: str, text: str, *, on: date | None = None) -> list[Detection]:
    """Ceasefire and sanctions detections, one per (topic, actor), each with its best-supported role.

    Evidence offsets are character offsets into ``text``; evidence from the title has ``start == end == 0``.
    ``on`` (the publication date, when known) limits office holders to those in office then.
    """
    low_title = lower(title)
    segments = _segments(title, low_title, text)
    if not segments:
        return []
    trade_title = trade_story(low_title)
    # the topics with a strong cue in their sense: "Uber and Lyft declared a truce in their price war" has none
    strong: set[Topic] = set()  # the text's topics with a strong cue in sense
    text_cued: set[Topic] = set()  # the text's topics with a strong cue
    title_strong: set[Topic] = set()  # the title's topics with a strong cue in sense
    for segment in segments:
        if any(c.strong for c in segment.cues):
            kept = in_sense(segment.low, [c for c in segment.cues if c.strong], trade_title, segment.suspect)
            if segment.end:
                text_cued.update(c.topic for c in segment.cues if c.strong)
                strong.update(c.topic for c in kept)
            else:
                title_strong = {c.topic for c in kept}
    # a headline's truce whose story's truces are all in another sense ("Signs of truce emerge" over a feud told in a
    # "war of words") is that feud's
    strong |= {t for t in title_strong if t not in text_cued or t in strong}
    claims: dict[tuple[Topic, str], list[Claim]] = defaultdict(list)
    evidence: dict[tuple[Topic, str], list[int]] = defaultdict(list)  # indices of supporting segments
    title_imposers: set[str] = set()
    sides_sentence: int | None = None
    actorless: int | None = None  # a truce sentence that names no actor: "a ceasefire took hold in June"
    strong_key = frozenset(strong)
    article = title + "\n" + text
    held = held_capitals(article)
    era = (on.year, recalled_years(article)) if on else NO_ERA
    filed_in = _filed_in(text, on) if any("inistry" in s.sentence for s in segments) else None
    for index, (sentence, low, start, end, raw, suspect, previous) in enumerate(segments):
        lists = _lists(segments, index, on)
        if filed_in and "inistry" in sentence:
            lists = (*lists, *_home_bodies(sentence, filed_in))
        headline = (start, end) == (0, 0)
        sides, found = _sentence_claims(
            sentence, low, headline, raw, strong_key, trade_title, suspect, previous, on, held, lists
        )
        if sides == "sides" and sides_sentence is None:
            sides_sentence = index
        elif sides == "none" and actorless is None:
            actorless = index
        if headline:
            title_imposers = {c.actor for t, c in found if t == "sanctions" and c.role == "imposer" and c.weight >= 1}
        for claim_topic, claim in found:
            key = (claim_topic, claim.actor)
            # the headline tells the story's main event: its role wins for one who also plays the other role below
            claims[key].append(claim._replace(weight=claim.weight * _HEADLINE) if headline else claim)
            supporting = evidence[key]
            if len(supporting) < _MAX_EVIDENCE and index not in supporting:
                supporting.append(index)
    if len(title_imposers) == 1 and _COUNTER_TITLE.search(low_title.split(";")[0]):
        _frame_counter_measures(next(iter(title_imposers)), claims)
    if len(strong_key) == 1 and ("draft" in text or "drawn up" in text):
        (topic,) = strong_key
        _add_supported(text, topic, _drafters(text, on, held, topic), segments, claims, evidence)
    if "sanctions" in strong_key and ":\n" in text:
        _add_supported(text, "sanctions", _listed(text, on, held, segments), segments, claims, evidence)
    if sides_sentence is not None:
        # a unilateral truce names its own side: only that side's enemies are added, never other wars' sides
        one_sided = "unilateral" in segments[sides_sentence].low
        war = _war_named(segments[sides_sentence].sentence, on)
        _add_unnamed_sides(article, on, held, claims, evidence, sides_sentence, era, one_sided, war)
    elif actorless is not None and not any(t == "ceasefire" for t, _ in claims):
        # a truce story whose truce sentences name nobody ("a ceasefire took hold in June"): its sides are those of
        # a war whose both sides the title or the sentence before names
        context = title + "\n" + segments[actorless].previous
        _add_unnamed_sides(context, on, held, claims, evidence, actorless, era)
    for group in [a for t, a in claims if t == "ceasefire" and org_kind(a) == "group"]:
        # in a truce story of an armed group, its home state named in passing, when that state fights no war of its
        # own ("a Palestinian official", "Palestinian prisoners" beside Hamas), is no third actor
        home = group_home(group)
        key = ("ceasefire", home or "")
        if key in claims and home not in conflicts_by_actor(*era) and max(c.weight for c in claims[key]) < 1:
            del claims[key]
    at_war = _belligerents({actor: cs for (topic, actor), cs in claims.items() if topic == "ceasefire"}, era)
    roles = _resolve(
        {
            key: cs
            for key, cs in claims.items()
            if max(c.weight for c in cs) >= _MIN_CLAIM[key[0]] or (key[0] == "ceasefire" and key[1] in at_war)
        },
        at_war,
        era,
    )
    by_role: dict[tuple[Topic, str], list[str]] = defaultdict(list)
    for (topic, actor), (role, _) in sorted(roles.items()):
        by_role[(topic, role)].append(actor)
    return _DETECTIONS.validate_python(  # from plain data in one call: much faster than building each model
        [
            {
                "topic": topic,
                "actor": actor,
                "role": role,
                "confidence": round(min(0.99, 1 - math.exp(-1.2 * weight)), 3),
                "evidence": [_evidence(segments[i]) for i in evidence[(topic, actor)]],
                "counterparts": [a for a in by_role[(topic, _COUNTER[role])] if a != actor],
            }
            for (topic, actor), (role, weight) in sorted(roles.items())
        ]
    )


@lru_cache(maxsize=4096)
def _sentence_claims(
    sentence: str,
    low: str,
    title: bool,
    raw: tuple[Cue, ...],
    strong: frozenset[Topic],
    trade_title: bool,
    suspect: frozenset[Topic],
    previous: str,
    on: date | None,
    held: frozenset[tuple[str, str]],
    lists: tuple[Hit, ...] = (),
) -> tuple[str, tuple[tuple[Topic, Claim], ...]]:
    """One sentence's claims (topic, claim), and whether it names the sides of a truce without naming them
    ("sides": "the warring parties") or names no actor at all ("none": "a ceasefire took hold in June"), else "";
    ``lists`` are the actors that its definite plurals ("the governments") stand for, at their place.

    A pure function of its arguments, cached: wire copy repeats sentences across outlets and updates."""
    candidates = list(raw) if len(strong) == 2 else [c for c in raw if c.topic in strong]  # both strong: all kept
    cues = in_sense(low, candidates, trade_title, suspect)
    if not cues:
        return "", ()
    actors = find_actors(sentence, on, held)
    if lists:
        actors = sorted([*actors, *lists])
    # a capitalised cue may be part of a name: "Office of Financial Sanctions Implementation"
    cues = [c for c in cues if not (sentence[c.start].isupper() and any(h.start <= c.start < h.end for h in actors))]
    if not cues:
        return "", ()
    topics = sorted({c.topic for c in cues})
    sides = "" if "ceasefire" not in topics else "sides" if names_the_sides(low) else "" if actors else "none"
    out: list[tuple[Topic, Claim]] = []
    for topic in topics:
        if len(topics) == 1:
            topic_cues, other_cues = cues, []
        else:
            topic_cues = [c for c in cues if c.topic == topic]
            other_cues = [c for c in cues if c.topic != topic]
        found = _claims(topic, sentence, low, topic_cues, actors, other_cues)
        if topic == "sanctions" and title and not any(c.role == "target" and c.weight >= 1 for c in found) and (
            subject := headline_target(sentence, actors)
        ):
            found.append(subject)  # "Myanmar: US sanctions army-run firms", not "Taiwan: Beijing sanctions US firms"
        if previous:
            found.extend(pronoun_claims(topic, low, topic_cues, previous, on))
        out += [(topic, claim) for claim in found]
    if len(topics) == 2 and (leverage := leverage_claims(low, cues, [c for t, c in out if t == "sanctions"])):
        # sanctions held over a side until it agrees to a truce: who holds them urges the truce, whatever its verb
        urging = {c.actor for c in leverage}
        out = [(t, c) for t, c in out if t == "sanctions" or c.actor not in urging]
        out.extend(("ceasefire", c) for c in leverage)
    return sides, tuple(out)


class Segment(NamedTuple):
    """The title or a sentence of the text that holds a cue."""

    sentence: str
    low: str  # lower-cased
    start: int
    end: int
    cues: tuple[Cue, ...]  # before the sense check
    suspect: frozenset[Topic]  # topics whose other-sense words it may hold
    previous: str  # the sentence before (for a pronoun's antecedent)


def _segments(title: str, low_title: str, text: str) -> list[Segment]:
    """The title and the sentences of ``text`` that hold a cue."""
    segments: list[Segment] = []
    title_scan = scan(low_title)
    title_cues = find_cues(low_title, tuple(title_scan.anchors))
    if title_cues:
        suspect = frozenset(topic for _, topics in title_scan.other_senses for topic in topics)
        segments.append(Segment(title, low_title, 0, 0, title_cues, suspect, ""))
    low_text = lower(text)
    places, others = scan(low_text)
    if not places:
        return segments
    ends = boundaries(text)  # sentence i is text[ends[i - 1]:ends[i]]
    near: dict[int, list[Anchor]] = defaultdict(list)
    for anchor in places:
        near[bisect_right(ends, anchor[0])].append(anchor)
    head = dateline_end(text)

    def span(i: int) -> tuple[int, int]:
        start = ends[i - 1] if i else 0
        return strip_span(text, start if start > head else head, ends[i] if ends[i] > head else head)

    other_places = [place for place, _ in others]
    for i, sentence_places in sorted(near.items()):
        start, end = span(i)
        low = low_text[start:end]
        cues = find_cues(low, tuple((place - start, keys) for place, keys in sentence_places if place >= start))
        if cues:
            lo, hi = bisect_left(other_places, start), bisect_left(other_places, end)
            suspect = frozenset(topic for _, topics in others[lo:hi] for topic in topics)
            previous = text[slice(*span(i - 1))] if i else ""
            segments.append(Segment(text[start:end], low, start, end, cues, suspect, previous))
    return segments


def _lists(segments: list[Segment], index: int, on: date | None) -> tuple[Hit, ...]:
    """The actors each definite plural of a segment stands for ("the five countries": the five just listed, in the
    sentence before or in one of the last few sentences with a cue), those its definite descriptions stand for ("the
    bloc": the EU named there), and its quoted "we" (the speaker of the sentence before), as mentions at their
    place."""
    segment = segments[index]
    earlier = (segment.previous, *(s.sentence for s in reversed(segments[max(0, index - 4) : index])))
    return _referents(segment.sentence, segment.low, earlier, on)


@lru_cache(maxsize=4096)
def _referents(sentence: str, low: str, earlier: tuple[str, ...], on: date | None) -> tuple[Hit, ...]:
    """``_lists`` of a sentence (and its lower-cased ``low``) after the ``earlier`` ones, the sentence before first:
    a pure function of its arguments, cached with the claims."""
    hits = quoted_we(low, earlier[0], on) + described_actors(sentence, earlier, on)
    if found := anaphors(low):
        hits += tuple(Hit(start, end, a, NAME) for start, end, n in found for a in antecedent_list(earlier, n, on))
    return hits


# "the Foreign Ministry" with no state named: in a story filed from a capital, that capital's state's
_HOME_BODY = re.compile(
    r"\b[Tt]he (?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior) [Mm]inistry\b"
    r"|\b[Tt]he [Mm]inistry of (?:[Ff]oreign [Aa]ffairs|[Dd]efen[cs]e)\b"
)


def _filed_in(text: str, on: date | None) -> str | None:
    """The state whose capital a dateline names ("AMMAN — ..."), if any."""
    head = dateline_end(text)
    # datelines are often in capitals ("AMMAN"), which the case-aware matcher reads as another word
    capitals = [h.actor for h in find_actors(text[:head].title(), on) if h.kind == CAPITAL] if head else []
    return capitals[0] if capitals else None


def _home_bodies(sentence: str, state: str) -> tuple[Hit, ...]:
    """Mentions, at their place, of the ministries a sentence names without their state, as the dateline's state."""
    return tuple(Hit(m.start(), m.end(), state, BODY) for m in _HOME_BODY.finditer(sentence))


def _evidence(segment: Segment) -> dict[str, str | int]:
    """The data of an ``Evidence``."""
    return {"sentence": segment.sentence, "start": segment.start, "end": segment.end}


def _claims(
    topic: Topic, sentence: str, low: str, cues: list[Cue], actors: list[Hit], others: list[Cue]
) -> list[Claim]:
    return (sanction_claims if topic == "sanctions" else ceasefire_claims)(sentence, low, cues, actors, others)


# a claim found outside the cue sentences, and the span of the sentence that supports it
Supported = tuple[Claim, int, int]


def _drafters(text: str, on: date | None, held: frozenset[tuple[str, str]], topic: Topic) -> list[Supported]:
    """A one-topic story's drafters of a resolution, even in a sentence without a cue ("The text was drafted by the
    United States and Japan", "the resolution drawn up by the US and France"): they impose its sanctions, or urge
    its truce."""
    role = "imposer" if topic == "sanctions" else URGER
    found: list[Supported] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if "draft" in sentence or "drawn up" in sentence:
            hits = find_actors(sentence, on, held)
            found += [(c, start, end) for c in drafter_claims(sentence, lower(sentence), hits, role)]
    return found


# "Those designated today include:" before a list of bullets, each naming one target first
_LIST_OPENS = re.compile(r"\b(?:include|includes|including|are|were|is|following)\s*:$")
_BULLET = re.compile(r"(?:[-•*–]|\d{1,2}[.)])\s+")


def _listed(text: str, on: date | None, held: frozenset[tuple[str, str]], segments: list[Segment]) -> list[Supported]:
    """The bullets after a sanctions sentence that opens a list ("Those designated today include:"): the first actor
    each names is a target ("- 25 Russian nationals involved in ...")."""
    found: list[Supported] = []
    for segment in segments:
        if not segment.end or not any(c.topic == "sanctions" for c in segment.cues):
            continue
        if not _LIST_OPENS.search(segment.sentence):
            continue
        start = segment.end
        for line in text[segment.end :].split("\n"):
            line_start, start = start, start + len(line) + 1
            if not line.strip():
                continue
            if _BULLET.match(line.strip()) is None:
                break
            if hits := find_actors(line, on, held):
                found.append((Claim(hits[0].actor, "target", 1.0), *strip_span(text, line_start, line_start + len(line))))
    return found


def _add_supported(
    text: str,
    topic: Topic,
    found: list[Supported],
    segments: list[Segment],
    claims: dict[tuple[Topic, str], list[Claim]],
    evidence: dict[tuple[Topic, str], list[int]],
) -> None:
    """Add claims found outside the cue sentences, each with its sentence as evidence (a segment without cues)."""
    for claim, start, end in found:
        index = next((i for i, s in enumerate(segments) if (s.start, s.end) == (start, end)), None)
        if index is None:
            index = len(segments)
            segments.append(Segment(text[start:end], lower(text[start:end]), start, end, (), frozenset(), ""))
        claims[(topic, claim.actor)].append(claim)
        if index not in evidence[(topic, claim.actor)]:
            evidence[(topic, claim.actor)].append(index)


_PATRON = ("-backed", "-allied", "-aligned", "-supported", "-funded", "-armed")


def _war_named(sentence: str, on: date | None) -> frozenset[str]:
    """The states that name the war of "the Yemeni warring parties", "Libya's warring sides"."""
    if "warring" not in sentence:
        return frozenset()
    return frozenset(
        h.actor for h in find_actors(sentence, on) if sentence.startswith((" warring", "'s warring", "’s warring"), h.end)
    )


def _add_unnamed_sides(
    article: str,
    on: date | None,
    held: frozenset[tuple[str, str]],
    claims: dict[tuple[Topic, str], list[Claim]],
    evidence: dict[tuple[Topic, str], list[int]],
    sentence: int,
    era: Era,
    one_sided: bool = False,
    war: frozenset[str] = frozenset(),
) -> None:
    """"The warring parties" agree a truce: the known enemies of an actor named as a party, mentioned in the
    article, are parties too (not those of a broker or urger); when no party is named, both sides of every known
    conflict the article mentions are."""
    ceasefire = [(actor, cs) for (topic, actor), cs in claims.items() if topic == "ceasefire"]
    named = {actor for actor, cs in ceasefire if any(c.weight >= 0.3 for c in cs)}
    sided = _plain_sides(dict(ceasefire), 0.0)
    # not a patron named only as one ("the Iran-backed Hezbollah"): it is no side of this truce
    mentioned = {hit.actor for hit in find_actors(article, on, held) if not article.startswith(_PATRON, hit.end)}
    conflicts = known_conflicts(*era)
    if war:  # "the Yemeni warring parties": only the wars that state fights
        conflicts = tuple((one, other) for one, other in conflicts if war & (one | other))
    sides: set[str] = set()
    # "both parties" of a war whose two sides are named are those two, not the sides of their other wars
    if not any(one & sided and other & sided for one, other in conflicts):
        for one, other in conflicts:
            for ours, theirs in ((one, other), (other, one)):
                if ours & sided and theirs & mentioned and not theirs & sided:  # a side already named needs no others
                    sides |= theirs & mentioned
    if not sided and not one_sided:
        sides = {actor for one, other in conflicts if one & mentioned and other & mentioned for actor in (one | other)}
    for actor in (sides & mentioned) - named:
        claims[("ceasefire", actor)].append(Claim(actor, "party", 0.5))
        evidence[("ceasefire", actor)].append(sentence)


# A headline whose sanctions are a counter-measure: "Russia bans Western food in retaliation", "Russian government
# extends food embargo on countries that imposed sanctions"
_COUNTER_TITLE = re.compile(
    r"\b(?:retaliat\w*|counter-?sanctions?|counter-?measures?|tit-for-tat)\b"
    r"|\b(?:on|against) (?:the )?(?:countries|states|nations) (?:that|which) (?:had |have )?(?:imposed|joined) sanctions\b"
)


def _frame_counter_measures(retaliator: str, claims: dict[tuple[Topic, str], list[Claim]]) -> None:
    """In a counter-measures story, its retaliator imposes and every other actor of its sanctions is their target:
    those who sanctioned it are the ones its measures hit, whatever the background says they imposed."""
    for (topic, actor), actor_claims in claims.items():
        if topic == "sanctions":
            role = "imposer" if actor == retaliator else "target"
            actor_claims[:] = [c._replace(role=role) for c in actor_claims]


def _plain_sides(claims: dict[str, list[Claim]], weight: float = 1.0) -> set[str]:
    """The actors that ceasefire ``claims`` of at least ``weight`` name a side; never an organisation ("the U.N.
    orders a ceasefire" is a third party's act, which _settle makes a broker's)."""
    return {
        a for a, cs in claims.items() if org_kind(a) != "org" and any(c.role == "party" and c.weight >= weight for c in cs)
    }


def _resolve(
    claims: dict[tuple[Topic, str], list[Claim]], at_war: set[str], era: Era = NO_ERA
) -> dict[tuple[Topic, str], tuple[str, float]]:
    """The best-supported role of every (topic, actor), with its total weight (in an article of ``era``: its year and the years it recalls)."""
    ceasefire = {a: cs for (t, a), cs in claims.items() if t == "ceasefire"}
    sided = _plain_sides(ceasefire)
    # one the text plainly names a broker ("brokered by Russia", "will act as guarantor") and never plainly a side is
    # not made a party by a known war it fights elsewhere
    at_war = at_war - {a for a, cs in ceasefire.items() if a not in sided and any(c.role == "broker" for c in cs)}
    fighting = at_war | sided
    # Several actors beside a truce and none of them fighting: they are discussing or urging it.
    bystanders = len([a for a, cs in ceasefire.items() if all(c.role == UNCLEAR for c in cs)]) >= 2 and not fighting
    roles: dict[tuple[Topic, str], tuple[str, float]] = {}
    for (topic, actor), actor_claims in claims.items():
        totals: dict[str, float] = defaultdict(float)
        for claim in actor_claims:
            totals[_settle(topic, actor, claim.role, fighting, at_war, bystanders, era)] += claim.weight
        role = next(iter(totals)) if len(totals) == 1 else max(totals, key=lambda r: (totals[r], r))
        roles[(topic, actor)] = (role, sum(totals.values()))
    return roles


def _settle(
    topic: Topic, actor: str, role: str, fighting: set[str], at_war: set[str], bystanders: bool, era: Era
) -> str:
    """Turn an urger's or an unclear claim into a schema role, from what else the article says."""
    if topic == "sanctions" or role == "broker":
        return role
    kind = org_kind(actor)
    if actor in at_war or kind == "group":
        return "party"  # a side of the war, even when it only "demands" a ceasefire; an armed group always is one
    if kind == "org":
        return "broker"  # an organisation not at war (the UN, the AU) stands beside a truce's sides
    if role == "party" or role == UNCLEAR and actor in fighting:  # a side the text names plainly elsewhere
        return "broker" if len(at_war) >= 2 else "party"  # announcing another war's truce is a third party's act
    if role == URGER or fighting - {actor} or bystanders:
        return "broker"  # a third actor beside the sides
    if usual_broker(actor) or actor not in conflicts_by_actor(*era):
        return "broker"  # "a ceasefire in Gaza would let aid in, Jordan said"
    return "party"  # "Mali's army said the truce was holding"


# How strongly an actor's claims make it look like a side: for picking the war an article is about.
_SIDENESS = {"party": 1.0, UNCLEAR: 0.5, URGER: 0.25, "broker": 0.0}


def _belligerents(claims: dict[str, list[Claim]], era: Era = NO_ERA) -> set[str]:
    """Actors on either side of the war(s) the article is about: of the known conflicts with both sides
    named, the one whose actors look most like sides ("Lebanon ceasefire" over "Israel-Iran war"), and any
    other whose actors look more like sides than one side and one bystander ("Turkey's Erdogan offered to host
    Russia-Ukraine talks" is not the Syrian war). Where the text names a side plainly, a conflict none of whose
    actors it names so is not the article's ("Libya's rivals signed a truce ... Russia and Turkey called for one").
    Given the article's ``era``, only its conflicts count (``known_conflicts``). With no such conflict, a state
    alone on its side of a civil war whose rebels have no code is a side of it ("Libyans propose ceasefire")."""
    sideness = {actor: max(_SIDENESS[c.role] for c in cs) for actor, cs in claims.items()}
    sided = _plain_sides(claims)
    matches: list[tuple[float, frozenset[str]]] = []
    by_actor = conflicts_by_actor(*era)
    for one, other in {pair for actor in sideness for pair in by_actor.get(actor, ())}:
        one, other = one & sideness.keys(), other & sideness.keys()
        if one and other and (not sided or (one | other) & sided):
            matches.append((sum(sideness[a] for a in one | other), one | other))
    if not matches:  # a civil war with unnamed rebels ("Libyans propose ceasefire"): the state is a side
        civil = {
            a
            for a, cs in claims.items()
            if sideness[a] >= 0.25 and max(c.weight for c in cs) >= 0.2
            and not usual_imposer(a) and not usual_broker(a)  # not Britain, which holds sanctions until a truce
            and any(not other and one == {a} for one, other in by_actor.get(a, ()))
        }
        if len(civil) == 1 and (not sided or civil <= sided):
            return civil
    best = max((score for score, _ in matches), default=0.0)
    return set().union(*(actors for score, actors in matches if best > 0 and (score == best or score > 1.5)))


_COUNTER = {"imposer": "target", "target": "imposer", "party": "party", "broker": "party"}


def forget_sentences() -> None:
    """Empty the per-sentence caches (claims, referents, cues), so the next article is judged from scratch
    (benchmarks)."""
    _sentence_claims.cache_clear()
    _referents.cache_clear()
    find_cues.cache_clear()
