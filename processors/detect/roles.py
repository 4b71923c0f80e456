"""Who does what in a sentence: the grammar that gives each actor near a topic cue its role."""

import re
from dataclasses import dataclass
from functools import cache

from processors.detect.gazetteer import Hit, load
from processors.detect.senses import Cue

# Claim kinds beyond the schema roles: an actor that urges a ceasefire is a party if it is at war with
# another actor of the article and a broker otherwise; an unclear one is settled per article.
URGER, UNCLEAR = "urger", "unclear"


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence's support for an actor having a role; ``weight`` is how clear the grammar is."""

    actor: str
    role: str
    weight: float


def _words(*stems: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(stems) + r")", re.IGNORECASE)


# Verbs whose subject imposes sanctions, and those whose subject suffers or rejects them.
_IMPOSE = _words(
    "impos", "announc", "slap", "extend", "lift", "eas", "reimpos", "threat", "propos", "adopt", "agree", "approv",
    "unveil", "tighten", "expand", "renew", "levy", "introduc", "want", "join", "push", "call", "urg", "vote", "prepar",
    "consider", "plan", "seek", "sought", "add", "designat", "roll", "step", "broaden", "toughen", "maintain", "keep",
    "kept", "relax", "suspend", "waive", "drop", "remov", "back", "endorse", "decid", "bid", "effort", "grant", "issu",
    "put", "place", "enforc", "apply", "applying", "hit", "target", "blacklist", "sanction", "freez", "froze", "ban",
    "block", "punish", "pressure", "weigh", "mull", "pledg", "warn", "vow", "move", "sign",
)
_SUFFER = _words(
    "face", "facing", "under", "subject", "suffer", "evad", "evasion", "circumvent", "affect", "hurt", "cripp", "bust",
    "violat", "breach", "escape", "avoid", "condemn", "denounc", "reject", "retaliat", "slam", "criticis", "criticiz",
    "respond", "protest", "complain", "struggl", "hard-hit", "weather", "skirt", "dodg", "exempt", "relief", "despite",
)
_PASSIVE = re.compile(r"^\s*(?:,[^,]*,\s*)?(?:was|were|is|are|been|being|be|got|get|has been|have been|had been)?\s*$")
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$", re.IGNORECASE)
_TARGET_PREP = re.compile(
    r"\b(?:on|against|targeting|targeted|target|for|to|including|include|includes|over|of)\s+(?:[\w'’,.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_BACKER = re.compile(r"^-(?:backed|aligned|allied|supported|funded|sponsored|based|born|owned)\b")
_CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b", re.IGNORECASE)
_VERBLESS = re.compile(r"^(?:['’]s)?\s*(?:[A-Za-z][\w-]*\s+){0,3}$")

# Ceasefire: mediation, urging, and the acts of a side.
_BROKER_BY = re.compile(
    r"\b(?:brokered|mediated|hosted|facilitated|guaranteed|sponsored|led|negotiated|arranged|overseen|monitored"
    r"|initiated|proposed|drafted|organi[sz]ed)\s+(?:by|through|in part by)\s+(?:[\w'’.-]+\s+){0,3}$"
    r"|\b(?:mediators?|mediation|auspices|help|assistance|efforts?|envoys?|intervention|good offices)\s+"
    r"(?:of|by|from|including|such as|led by)\s+(?:[\w'’,.-]+\s+){0,6}$"
    r"|\bmediators?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BROKER_AFTER = re.compile(
    r"^(?:-|\s)?(?:brokered|mediated|backed|sponsored|hosted|facilitated|led)\b"
    r"|^(?:['’]s)?\s+(?:\w+\s+)?(?:mediators?|mediation|envoys?|negotiators?|efforts)\b",
    re.IGNORECASE,
)
_URGE = _words(
    "urg", "call", "press", "push", "appeal", "welcom", "propos", "broker", "mediat", "host", "demand", "want", "seek",
    "sought", "focus", "getting", "encourag", "support", "back", "hail", "prais", "offer", "help", "facilitat", "insist",
    "ask", "plead", "expect", "hope", "favou?r", "guarante", "envoy", "effort",
)
_SIDE = _words(
    "agree", "sign", "accept", "reject", "refus", "violat", "break", "broke", "breach", "declar", "observ", "respect",
    "announc", "reach", "negotiat", "implement", "resum", "honou?r", "uphold", "abid", "commit", "spurn", "deflect",
    "resist", "collaps", "unilateral", "order", "halt", "stop", "ceas", "accus", "start", "enter", "adher", "held",
    "hold", "ignor", "shatter", "end", "launch", "fir",
)
_BETWEEN = re.compile(r"\b(?:between|with|among)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$|\band\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    data = load("conflicts")
    return frozenset(data["usual_imposers"]), frozenset(data["usual_brokers"])


def usual_imposer(actor: str) -> bool:
    """Whether an actor is one that usually imposes sanctions rather than suffers them."""
    return actor in _sets()[0]


def usual_broker(actor: str) -> bool:
    """Whether an actor is one that usually mediates rather than fights."""
    return actor in _sets()[1]


def _gap_before(sentence: str, hit: Hit, hits: list[Hit], cue: Cue) -> str:
    """Text from the actor to the cue, cut at the next actor (the verb after an actor is that actor's)."""
    stop = min([h.start for h in hits if hit.end <= h.start < cue.start] + [cue.start])
    return sentence[hit.end : stop]


def _nearest(hit: Hit, cues: list[Cue]) -> Cue:
    return min(cues, key=lambda c: c.start - hit.end if hit.end <= c.start else (hit.start - c.end) * 1.2)


def sanction_claims(sentence: str, cues: list[Cue], hits: list[Hit]) -> list[Claim]:
    """Imposer/target claims for every actor in a sentence with sanctions cues."""
    claims: list[Claim] = []
    for hit in hits:
        if _BACKER.match(sentence[hit.end :]):
            continue
        cue = _nearest(hit, cues)
        factor = 1.0 if cue.strong else 0.7
        if hit.end <= cue.start:
            gap = _gap_before(sentence, hit, hits, cue)
            whole = sentence[hit.end : cue.start]
            if _CLAUSE_BREAK.search(whole):
                factor *= 0.5
            role = _sanction_before(sentence, hit, hits, cue, gap)
        else:
            gap = sentence[cue.end : hit.start]
            if _CLAUSE_BREAK.search(gap):
                factor *= 0.5
            role = _sanction_after(sentence, cue, gap)
        if role is None:
            role, factor = ("imposer" if usual_imposer(hit.actor) else "target"), 0.3
        claims.append(Claim(hit.actor, role, factor))
    return claims


def _sanction_before(sentence: str, hit: Hit, hits: list[Hit], cue: Cue, gap: str) -> str | None:
    word = sentence[cue.start : cue.end].lower()
    if gap == "-":
        return "imposer" if usual_imposer(hit.actor) else "target"  # "US-sanctioned" vs "Iran-sanctioned"
    if word.startswith("sanctioned") and _PASSIVE.match(gap):
        after = sentence[cue.end : cue.end + 6].lower()
        return "target" if after.startswith(" by") or gap.strip() else "imposer"
    if _SUFFER.search(gap):
        return None if usual_imposer(hit.actor) and _words("condemn", "denounc", "criticis", "reject").search(gap) else "target"
    if _IMPOSE.search(gap):
        return "imposer"
    if _VERBLESS.match(sentence[hit.end : cue.start]):
        if any(_TARGET_PREP.search(sentence[cue.end : h.start]) for h in hits if h.start >= cue.end):
            return "imposer"  # "US sanctions on Syria"
        return "imposer" if usual_imposer(hit.actor) else "target"  # "EU sanctions", "Russia sanctions"
    return None


def _sanction_after(sentence: str, cue: Cue, gap: str) -> str | None:
    if len(gap) > 100:
        return None
    if _BY.search(gap):
        return "imposer"
    if _TARGET_PREP.search(gap):
        return "target"
    word = sentence[cue.start : cue.end].lower()
    if len(gap.split()) <= 2 and not word.endswith(("ban", "bans", "embargo", "embargoes", "measures", "restrictions")):
        return "target"  # object of "sanctioned" / "blacklisted"
    return None


def ceasefire_claims(sentence: str, cues: list[Cue], hits: list[Hit]) -> list[Claim]:
    """Party/broker/urger claims for every actor in a sentence with ceasefire cues."""
    claims: list[Claim] = []
    for i, hit in enumerate(hits):
        cue = _nearest(hit, cues)
        factor = 1.0 if cue.strong else 0.7
        after_hit = sentence[hit.end : hit.end + 40]
        before_hit = sentence[max(0, hit.start - 80) : hit.start]
        if _BROKER_AFTER.match(after_hit) or _BROKER_BY.search(before_hit):
            claims.append(Claim(hit.actor, "broker", factor))
            continue
        if hit.end <= cue.start:
            gap = _gap_before(sentence, hit, hits, cue)
            whole = sentence[hit.end : cue.start]
            if _CLAUSE_BREAK.search(whole):
                factor *= 0.5
            if _BETWEEN.search(before_hit[-30:]) and i > 0 and _SIDE.search(sentence[hit.end : cue.start]):
                role = "party"  # second actor of "X and Y agreed", "talks with Y reached"
            elif _URGE.search(gap):
                role = URGER
            elif _SIDE.search(gap):
                role = "party"
            elif _VERBLESS.match(whole) or whole.startswith("-"):
                role = "party"  # "Israel-Hamas ceasefire", "Russia's truce"
            else:
                role = UNCLEAR
        else:
            gap = sentence[cue.end : hit.start]
            if _CLAUSE_BREAK.search(gap):
                factor *= 0.5
            if len(gap) < 80 and _BETWEEN.search(gap):
                role = "party"  # "a ceasefire between X and Y", "a truce with X"
            elif len(gap) < 60 and _SIDE.search(gap):
                role = "party"  # "the truce was broken by X", "ceasefire, X agreed"
            else:
                role = UNCLEAR
        claims.append(Claim(hit.actor, role, factor if role != UNCLEAR else 0.3))
    return claims
