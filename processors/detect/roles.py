"""Who does what in a sentence: the grammar that gives each actor near a topic cue its role."""

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache, lru_cache, partial
from itertools import groupby
from typing import NamedTuple

from processors.detect.gazetteer import (
    CAPITAL,
    DEMONYM,
    ENTITY,
    NAME,
    PERSON,
    Hit,
    find_actors,
    group_home,
    load,
    org_kind,
)
from processors.detect.senses import Cue
from schemas.mention import Topic

# Claim kinds beyond the schema roles: an actor that urges a ceasefire is a party if it is at war with
# another actor of the article and a broker otherwise; an unclear one is settled per article.
URGER, UNCLEAR = "urger", "unclear"


class Claim(NamedTuple):
    """One sentence's support for an actor having a role; ``weight`` is how clear the grammar is."""

    actor: str
    role: str
    weight: float


# Endings a stem may take: "impos" -> "imposed", "sanction" -> "sanctions", "negotiat" -> "negotiators".
_ENDINGS = "(?:e|es|s|ed|ing|ion|ions|ation|ations|or|ors)?"


def _forms(stem: str) -> list[str]:
    """A stem's whole-word forms: "impos" -> "impose", "imposed"; "vote" -> "voted", "voting"; "levy" -> "levied".
    A stem with a group or a space is complete: "ban(?:s|ned|ning)?" (not "band", "banks"), "hit by"."""
    if "(" in stem or " " in stem:
        return [stem]
    if stem.endswith("e"):
        return [stem + "(?:d|s)?", (stem if stem.endswith("ee") else stem[:-1]) + "ing"]
    return [stem + _ENDINGS, *([stem[:-1] + "i(?:es|ed)"] if stem.endswith("y") else [])]


def _words(*stems: str) -> re.Pattern[str]:
    """Whole words of verb stems: "ban" matches "banned" but not "banks", "put" not "Putin", "eas" not "eastern"."""
    return re.compile(r"\b(?:" + _by_first_letter([form for stem in stems for form in _forms(stem)]) + r")\b")


def _by_first_letter(forms: list[str]) -> str:
    """The alternation of ``forms``, each run of those that start with a letter grouped by it ("add|ban|adopt" ->
    "a(?:dd|dopt)|b(?:an)"): the regex engine then tries a group, not every form, where a word starts. Forms that
    start with different letters never match at the same place, so the same one matches first."""
    parts: list[str] = []
    for lettered, run in groupby(forms, key=lambda form: form[0].isalpha()):
        if not lettered:
            parts += run  # "(?<!a )charg...": the runs of forms before and after it stay on their side
            continue
        groups: dict[str, list[str]] = {}
        for form in run:
            groups.setdefault(form[0], []).append(form[1:])
        parts += [f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()]
    return "|".join(parts)


def _first_of(**verbs: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern for several verb classes: its ``lastgroup`` is the class whose verb comes first in a text
    ("rejected a proposal": the rejecting, not the proposing); on a tie, the alphabetically first class."""
    return re.compile("|".join(f"(?P<{role}>{verbs[role].pattern})" for role in sorted(verbs)))


# Patterns without a case flag are matched against lower-cased text (three times faster than IGNORECASE).
# A search's ``pos`` may be negative: ``re`` reads it as 0.

# Verbs whose subject imposes sanctions, and those whose subject suffers or rejects them.
_IMPOSE = _words(
    "impos", "announc", "announcement", "slap(?:s|ped|ping)?(?! with)", "align", "boost", "intensif", "strengthen", "widen", "extend", "lift", "eas", "reimpos", "threat", "threaten",
    "propos", "proposal", "adopt", "agree", "approv", "approval", "unveil", "tighten", "expand", "renew", "renewal",
    "levy", "introduc", "want", "join", "push", r"call(?:s|ed|ing)? (?:for|on|upon)\b(?! (?:an? |the )?(?:end|lifting|removal|easing)\b)", "urg", "vote", "prepar",
    # not "considers it unnatural to rush to sanctions": a judgement against them
    r"consider(?:s|ed|ing)?(?! it (?:\w+ )?(?:unnatural|wrong|premature|unwise|counterproductive|counter-productive"
    r"|unacceptable|illegal|unjust|illegitimate|pointless|useless|harmful|a mistake)\b)", "plan(?:s|ned|ning)?", "seek", "sought", "add", "designat", "roll", "step(?:s|ped|ping)?", "broaden",
    "toughen", "maintain", r"keep(?:s|ing)?(?! (?:on )?[a-z]+ing\b)", "kept", "relax", "suspend", "waive", "waiver", "drop(?:s|ped|ping)?", "remov(?:e|es|ed|ing|al)(?! from)",
    "removal", "back", "endorse", "decid", "bid(?:s|ding)?", "effort", "grant", "issu", "put(?:s|ting)?", "place",
    "enforc", "enforcement", "apply", "hit(?:s|ting)?(?! by| with| back)", "target", "support", "end(?:s|ed|ing)?", "blacklist", "sanction", "freez", "froze", "frozen",
    "ban(?:s|ned|ning)?", "punish", "pressure", "weigh", "mull", "pledg", r"warn(?:s|ed|ing)?(?! (?:over|against|about)\b)", "vow", "move", "sign", "trigger",
    "restor", "reinstat", "snap back", "snaps back", "snapped", "snapping back", "offer", "counter-", "respond(?:s|ed|ing)? with",
    "retaliat(?:e|es|ed|ing) with", "hit(?:s|ting)? back with", r"(?<!a )(?<!the )charg(?:e|es|ed|ing)", "indict", "fined", "fines", "prosecut", "penalis", "penaliz", "lower", "list", "review",
    "follow(?:s|ed)?",  # "the EU followed with asset freezes", "Britain followed suit"
    "already ha(?:s|ve)",  # "the EU, which already has a visa ban on members of the regime"
    r"cut(?:s|ting)? (?:off )?(?:electricity|power|fuel|gas|water|aid)",  # "had cut electricity supplies to Niger as part of the measures"
    # "Washington, the architect of the embargo", "a staunch defender of the sanctions"
    "architect", "defender(?:s)?", "champion(?:s|ed|ing)?", "proponent(?:s)?", "advocat",
    r"(?:go|goes|going|went|press(?:es|ed|ing)?|push(?:es|ed|ing)?) ahead with",
)
# "were charged with busting the embargo": the subject of a passive charge or fine is not the one punishing.
_CHARGED = re.compile(
    r"\b(?:is|are|was|were|be|been|being|got|get)\s+(?:\w+ly\s+)?(?:charg|indict|fined|prosecut|penali[sz]|punish)\w*"
)
# cues that are verbs ("cut ... from Swift", "disconnected from the Swift system")
_CUT_OFF = ("cut", "disconnect", "exclud", "remov", "expel", "shut")
_VERB_PHRASE_CUES = (
    "ban", "bar", "restrict", "designat", "redesignat", "re-designat", "lists", "listed", "halt", "suspend", "stop", "sever",
    *_CUT_OFF,
)
_VERB_CUES = frozenset({
    "sanction", "sanctioned", "sanctioning", "blacklist", "blacklisted", "blacklisting",
    "designates", "designated", "redesignates", "redesignated", "lists", "listed",
})
# "Wagner chief Yevgeny Prigozhin was sanctioned", "Kremlin-linked tycoons were blacklisted": the head or circle
# of an actor, sanctioned, stands for it.
_HEAD = re.compile(
    r"(?:['’]s|-linked|-connected)?\s+(?:chief executive|chief|head|boss|founder|owner|CEO|chairman|commanders?"
    r"|executives?|officials?|allies|ally|associates?|cronies|oligarchs?|tycoons?|businessm[ae]n|relatives|inner circle)"
    r"(?:\s+[A-Z][\w.'’-]*){0,3}"
)
_ACTIVE_SUBJECT = re.compile(r"\b(?:had|has|have|would|will|to|it|they|we|also|then|which|who)\s*$")
_DISAPPROVE = _words("condemn", "denounc", "criticis", "reject", "demand")
_SUFFER = _words(
    "was hit", "were hit", "been hit", "is hit", "are hit", "hit by", "hit with", "was listed", "were listed", "been listed",
    "was added", "were added", "been added", "removed from", "face", "facing", "under", "subject", "suffer", "evad", "evasion",
    "circumvent", "affect", "hurt", "crippl", "bust", "violat", "breach", "escape", "avoid", "condemn", "denounc",
    "reject", "retaliat", "slam(?:s|med|ming)?", "criticis", "criticiz", "criticism", "respond", "respons", "protest",
    "complain", "complaint", "blam", "struggl", "hard-hit", "weather", "overcom", "withstand", "shrug", "skirt", "dodg", "exempt", "relief", "despite", "amid",
    "shrink", "shrank", "slump", "plung", "tumbl", "contract", "slapped with", "hit(?:s|ting)? back",
    "def(?:y|ies|ied|ying|iant|iance)", "bow(?:s|ed|ing)? to",  # "vows to defy the sanctions", "will not bow to pressure"
    r"call(?:s|ed|ing)? (?:the|them|these|those|it)\b",
    r"(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for) (?:an? |the )?(?:end|lifting|removal|easing)\b",
)
# "threatened to veto", "voted to demand an end to", "voted for the 30th year to condemn": after a control verb,
# an adjunct and "to", the next verb tells the role.
_TO_NEXT = re.compile(r"\w*\s+(?:(?:for|on|in|at|after|over)\s+(?:[\w-]+\s+){1,6}?)?(?:\w+ly\s+)?(?:not\s+)?to\s+")
# "Mexico, which voted for the resolution, said the embargo ...": a closed relative clause holds no main verb.
_RELATIVE = re.compile(r"^\s*,\s*(?:which|who)\b[^,]*,")
# "... and (also) imposed", "... and urges": where a coordinated verb phrase starts.
_AND_NEXT_VP = r"\band\s+(?:also\s+|then\s+|later\s+)?(?=(?:[a-z]{3,}ed|urges|calls|presses)\b)"
# "Ghana condemned the shelling and imposed sanctions": the verb of the last verb phrase before the cue tells.
_EARLIER_VPS = re.compile(r"\b[a-z]{3,}ed\b.*" + _AND_NEXT_VP)
# "urged the UN to remove its leaders from the sanctions list": who asks for relief is (usually) the target.
_ASK_RELIEF = re.compile(
    r"\b(?:urg|call\w* (?:up)?on|ask|press|appeal|lobb)\w*\b.{0,60}?\bto\s+"
    r"(?:lift|ease|remove|drop|end|scrap|waive|relax|suspend|delist)\b"
)
# "Iran threatens oil cut over sanctions": a verb whose cause, not object, the sanctions are.
_OVER_CUE = re.compile(r"\bover\s+(?:(?:the|new|fresh|possible|threatened|further|tougher|any)\s+)?(?:[\w.'’-]+\s+)?$")
# "Libya welcomed the US decision to lift sanctions", "Sudan hails lifting of sanctions": who welcomes relief is, too.
_WELCOME_RELIEF = re.compile(
    r"\b(?:welcom|hail|prais|applaud|celebrat)\w*\s+(?:[\w.'’-]+\s+){0,4}?(?:end|ending|lifting|easing|removal|suspension"
    r"|relaxation|scrapping)\b|\b(?:welcom|hail|prais|applaud|celebrat)\w*\s+(?:[\w.'’-]+\s+){0,6}?to\s+(?:lift|ease|end"
    r"|remove|drop|scrap|waive|relax|suspend)\b"
)
_CONDEMNS = re.compile(
    r"\s*(?:[\w.-]+\s+){0,12}?(?:condemn|denounc)\w*\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w.'’-]+\s+){0,3}$"
)
# a neighbour's possessed noun as a verb's object: "supported Iran's position" (the neighbour, then "'s" and a noun)
_OBJECT_OWNED = re.compile(r"[\w.'’-]+(?:\s+[A-Z][\w.-]*)*['’]s\s")
_LONE_VERB = re.compile(r"\s+(?:(?:has|have|had|also|then|again|strongly|firmly)\s+)*[a-z]+(?:ed|s)\s+(?:the\s+)?")
_SEEKS_RELIEF = re.compile(
    r"\b(?:seek|sought|want|demand|ask|press|push|lobb|beg|plead|request|win|won|secur|get|got|obtain)\w*\s+(?:for\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?relief\s+(?:from|on)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}$"
)
# "Israel lobbied European capitals to trigger ...": a verb of pressing whose object (an actor) is told what to do.
_PRESSED = re.compile(
    r"\b(?:lobb|urg|press|push|ask|persuad|convinc|pressur)\w*\s+(?:the\s+)?$|\b(?:call(?:s|ed|ing)? (?:up)?on"
    r"|appeal(?:s|ed|ing)? to)\s+(?:the\s+)?$"
)
# "a decision by the EU to freeze ...": the agent of a decision or move to sanction.
_AGENT_BY = re.compile(
    r"\b(?:decision|move|plan|agreement|proposal|push|effort|bid)s?\s+(?:[\w-]+\s+){0,4}?by\s+(?:the\s+)?$"
)
# "lost patience with the EU and ...": an actor after a verb and a preposition is its object, not a subject.
_PREPOSITION_END = re.compile(
    r"^\s+(?:(?:has|have|had|also|then|is|are|was|were)\s+)?(?!(?:since|after|before|during|until|amid|said|says|say|told|tells"
    r"|added|stated|argued|noted|warned|claimed)\b)[a-z]{3,}\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:with|from|of|against|for|at|over|about)\s+(?:the\s+)?$"
)
# "Moscow wants sanctions eased first": who wants them lifted (with ``_RELIEF_AFTER``) is, too.
_WANT = re.compile(r"\bwant(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){0,2}$")
# "... to lift sanctions on Syria": the target is named after the cue, so the one asking is a third party.
_ON_NAMED = re.compile(r"\s+(?:on|against)\s+(?:the\s+)?(?!(?:its|their|his|her|our|my)\b)[a-z]")
# "would not agree to a truce until Western sanctions were lifted", "in exchange for the easing of sanctions":
# a side that makes relief from sanctions its condition is their target.
_CONDITION = re.compile(
    r"\b(?:until|unless|before|provided|in (?:exchange|return) for|as (?:a|the) (?:pre)?condition|on (?:the )?condition"
    r"|(?P<copula>(?:is|are|was|were|be|been) (?:a|the|one of the) (?:\w+ )?(?:pre)?conditions? (?:to|for)))\b"
)
_RELIEF_BEFORE = re.compile(
    r"\b(?:lift|eas|remov|scrap|drop|relax|end|withdraw)\w*\s+(?:of\s+)?(?:[\w.'’-]+\s+){0,2}$"
    r"|\b(?:lift|eas|remov|scrap|relax)\w*\s+of\s+(?:the\s+)?(?:[\w.'’-]+,\s+)+(?:[\w.'’-]+\s+)?and\s+[\w.'’-]+\s+$"  # "of U.S., EU and U.N."
)
_RELIEF_AFTER = re.compile(
    r"(?:\s+[\w.'’-]+){0,4}?\s+(?:(?:are|is|were|was|be|been|being|have been|has been|had been|get|got)\s+)?(?:\w+ly\s+)?"
    r"(?:lifted|eased|removed|scrapped|dropped|relaxed|withdrawn|rolled back)\b"
)
_SPEAKER = re.compile(r"\b(?:said|says|called)\b")
_COMPLAINT = re.compile(
    r"\s+(?:(?:were|are|was|is|as|had been|have been|would be)\s+(?:\w+\s+)?)?(?:illegal|unlawful|illegitimate|unjust|unfair"
    r"|unjustified|baseless|groundless|void|null|a crime|an act of|a violation|hostile|politically motivated"
    r"|economic (?:war|warfare|terrorism|aggression)|pointless|futile|counterproductive|inhumane)\b"
    # "the U.S. blockade had cost the island billions" (the speaker itself, not "had hurt ordinary Cubans")
    r"|\s+(?:has|have|had)\s+(?:cost|hurt|damaged|crippled|devastated)\s+(?:the (?:island|country|nation|economy)|us|it|its|our)\b"
)
# "Russia defaults on its debt as sanctions bite": the subject of a clause the sanctions' effect is set beside suffers them.
_AS_BEFORE = re.compile(r"(?<!such )(?<!well )(?<!known )\bas\s+(?:the\s+)?(?:[\w.'’-]+\s+)?$")
# "Western sanctions", "unilateral sanctions": imposed by others than the one who speaks of them.
_FOREIGN = re.compile(r"\b(?:western|international|foreign|unilateral|illegal|illegitimate)\s+(?:[a-z-]+\s+)?$")
# "sanctions on firms accused of shipping Iranian oil": the state helped is a target, named by the consequence.
_HELPING = re.compile(
    r"\b(?:for|over|accused of|suspected of|allegedly|linked to|tied to)\s+(?:\w+\s+){0,3}?(?:help|aid|assist|support"
    r"|suppl|ship|sell|financ|fund|arm|smuggl|transport|export|procur|facilitat|evad)\w*ing\s+(?:[\w'’.-]+\s+){0,3}$"
)
# "added 12 U.S. firms to its entity list", "removed Libya from its list of ...": the object put on (or taken off) a list, a few words before it, is the target.
_ONTO = re.compile(
    r"^(?:\s+(?![a-z]+ed\b)[\w.'’-]+){0,3}\s+(?:to|on|onto|from|off)\s+(?:its|the|their|a|an)\s+(?:[a-z'’-]+\s+)?$"
)
# "the EU's latest package of sanctions": a measure noun and "of" between an actor and its sanctions.
_MEASURE_OF = re.compile(r"(?:package|round|raft|wave|set|batch|tranche|series)\s+of\s+$")
_MEANS = re.compile(r"\bby\s+[a-z]+ing\b")
# "suspended Mali and imposed sanctions": an actor that is the object of one verb, before the next verb.
_OBJECT_OF = re.compile(r"\b[a-z]{3,}ed\s+(?:the\s+)?$")
# "... out of the Iran deal, reimposes", "... the deal with Iran and said he would reimpose": an actor after a
# preposition, and a verb phrase of another subject after a comma or "and" within a few words.
_PREP_BEFORE = re.compile(r"\b(?:of|with|from|on|against)\s+(?:the\s+)?(?:\d{4}\s+)?$")
# "renews sanctions on Al-Shabaab, lifts arms embargo", "to renew the regime on Al-Shabaab and to lift the embargo"
_COORDINATED_VP = re.compile(
    r"^(?:['’]s)?(?:\s+(?!and\b)[\w'’-]+){0,3}?(?:,\s+|\s+and\s+)(?:said\s+|says\s+)?(?:[a-z]+s|[a-z]+ed|he|she|it"
    r"|to\s+[a-z]+)\b"
)
_NEXT_VERB = re.compile(
    r"^(?:['’]s)?(?:\s+[\w'’-]+){0,4}?,?\s+and\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|hit|put|set|froze)\b"
)
# "listed the Tigers as a terrorist group and froze their assets": the object of the verb before, whose assets they are.
_AND_THEIRS = re.compile(r"^(?:['’]s)?(?:\s+[\w'’-]+){0,6}?,?\s+and\s+(?:also\s+|then\s+)?$")
_THEIR_ASSETS = re.compile(r"(?:froze|freez\w*) (?:its|their|his|her) ")
_OWNER_OF = re.compile(r"^(?:['’]s)?(?:\s+[\w-]+){0,3}?['’]s\s+$")  # "Russia's ", " billionaire's ", "'s central bank's "
# Blocking or vetoing sanctions (at the UN, in the EU) makes an actor neither their imposer nor their target, and so
# does respecting another's ("world leaders pledged to respect the UN arms embargo"); facing criticism is not facing
# sanctions ("Britain has faced criticism for being slow in sanctioning ...").
_OPPOSE = _words(
    "block", "veto", "oppos", "opposition", "abstain", "abstention", "stymie", "water down", "watered down", "respect", "observ", "abid",
    "honou?r", "uphold", r"warn(?:s|ed|ing)? against", r"consider(?:s|ed|ing)? it (?:\w+ )?(?:unnatural|wrong|premature"
    r"|unwise|counterproductive|counter-productive|unacceptable|illegal|unjust|illegitimate|pointless|useless|harmful"
    r"|a mistake)", r"fac(?:e|es|ed|ing) (?:\w+ )?(?:criticism|pressure|calls|questions|scrutiny|accusations|backlash)",
)
_SANCTION_VERBS = _first_of(imposer=_IMPOSE, neither=_OPPOSE, target=_SUFFER)
# Breaking sanctions on someone else (or trading with their target despite them) makes an actor neither their imposer
# nor their target.
_VIOLATE = _words(
    "violat", "breach", "break", "broke", "evad", "evasion", "circumvent", "skirt", "dodg", "bust", "despite",
    "def(?:y|ies|ied|ying|iance)",
)
# "the U.N. envoy said violations of the embargo had ...": who reports breaches of sanctions commits none
_REPORTS_VIOLATIONS = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:said|says|told|noted|warned|reported|complained)\b[^,;]{0,30}?"
    r"\b(?:violations?|breach(?:es)?|evasion|circumvention)\s+of\b"
)
_ON_ACTOR = re.compile(r"\s+(?:(?:imposed|placed)\s+)?(?:on|against)\s+(?:the\s+)?")
_PASSIVE = re.compile(
    r"^\s*(?:(?:,[^,]*,\s*)?(?:was|were|is|are|been|being|be|got|get|has been|have been|had been)"
    r"(?:\s+(?:also|later|then|first|already|previously|recently|separately|likewise|too))?)?\s*$"  # "were also sanctioned"
)
# "the measures were coordinated with Britain": those a sanctioner acts with impose them too.
_WITH_IMPOSER = re.compile(r"\b(?:coordinated with|in (?:coordination|concert|tandem) with|jointly with)\s+(?:the\s+)?$")
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$")
# "sanctions under Chapter VII of the UN Charter": the body whose charter or treaty they are taken under imposes them.
_UNDER_OF = re.compile(r"\bunder\s+(?:[\w-]+\s+){1,3}?of\s+(?:the\s+|its\s+)?$")
# "sanctioned a banker close to President Vladimir Putin": the leader whose circle is hit stands for the target
# (not the one a source is close to: "sources close to the White House said").
_CLOSE_TO = re.compile(
    r"(?<!sources )(?<!source )\b(?:(?:close|closely linked|linked|tied|connected|loyal) to"
    r"|(?:allies|ally|associates?|cronies|crony|confidants?|friends?|loyalists|inner circle|relatives) of)"
    r"\s+(?:both\s+)?(?:the\s+)?(?:[\w.'’-]+\s+){0,3}$"
)
# "... to accept a truce or face new sanctions": a threat, told to its target by its imposer.
_OR_FACE = re.compile(r"\bor (?:else )?fac(?:e|es|ing)\s+(?:\S+\s+){0,3}$")
_TOLD = re.compile(r"\b(?:told|tells?|warn(?:ed|s)?|given|gave|gives?|urged|pressed|ordered|ultimatum to)\s+(?:the\s+)?$")
# the verb of one who refuses what is asked of it, in "if X refused, there would be sanctions"
# Resisting relief keeps the sanctions: "resisted calls from France and Russia to ease", "opposed lifting", "blocked
# efforts to relax" (not "rejected the offer to ease sanctions": an offer of relief is made to their target)
_RESISTS_RELIEF = re.compile(
    r"\W*(?:[\w-]+\s+){0,3}?(?:resist|reject|rebuff|oppos|block|refus|dismiss|spurn|defie|defy|veto|ignor)\w*\s+"
    r"(?:(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:calls?|demands?|pressure|efforts?|bids?|appeals?|requests?|attempts?|moves?"
    r"|push|pleas?)\s+(?:[\w.'’-]+\s+){0,6}?)?(?:to\s+|for\s+(?:an?\s+|the\s+)?)?(?:eas|lift|relax|loosen)\w*\s+"
    r"(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$"
)
_REFUSES = re.compile(
    r"\s+(?:(?:still|again|then)\s+)?(?:(?:does|did|do)\s+not\b|doesn['’]t|didn['’]t|refus|reject|fail|violat|breach|break"
    r"|balk|backs? out|walks? away|stall|continu)"
)
_SUBJECT_VERB = re.compile(
    r"^\s*(?:(?:has|have|had|would|will|also|then|jointly|on \w+)\s+)*(?:[a-z]+ed|gave|gives|told|tells|warns|threatens|set|sets|sent)\b"
)
# After a cue, an actor in a side phrase is not the target: "sanctions over the invasion of Ukraine", "our position
# in support of Palestine", "hits Rosneft with sanctions as Ukraine peace push stalls".
_ADJUNCT = re.compile(
    r"\b(?:over|after|for|following|because of|due to|in response to|in retaliation for)\s+(?:(?:the|its|his|her|their|a|an)\s+)?"
    r"(?:[\w'’“”\"-]+\s+){1,3}?(?:of|on|against|in)\s+$"
    r"|\b(?:in (?:support|favou?r|defen[cs]e|solidarity) (?:of|with)|on behalf of)\s+(?:the\s+)?$"
    r"|^\s*,?\s*(?:as|while|when|because|although|though|whereas)\s+(?:the\s+)?$"
    r"|^\s*(?:over|amid|following)\s+(?:the\s+)?$"  # "sanctions over Ukraine": the issue, not the target
    r"|\s(?:over|amid)\s+(?:the\s+)?$"  # "sanctions on Russian ministers over Ukraine invasion"
    r"|\bon\s+(?:it|them|him|her|us)\s+(?:[\w-]+\s+){1,3}$"  # "sanctions imposed on it related to Ukraine": its object named
)
# Before a cue, an actor inside a relative clause closed before the verb is not its subject: "Belavia, which flies
# mainly to Russia, was hit with sanctions".
_IN_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,]*$")
# the subject of a subordinate clause, whose verb is its own: "since Israel and the United States struck ..., aiming"
_SUBORDINATE = re.compile(r"\b(?:since|after|before|when|because|although|though|until|once|whereas)\s+(?:the\s+)?$")
_COMMA_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")
# After a sanctions cue, "banned from travelling to the UK": where the target may not go, not who is targeted.
_DESTINATION = re.compile(r"\b(?:travel(?:l?ing)?|trips?|flying|flights?|entering|entry|going|returning|moving)\s+(?:to|into)\s+(?:the\s+)?$")
_NOT_AFTER = re.compile(r"\b(?:not|never)\s|n['’]t\s")
_SUPPORT_FOR = re.compile(r"\b(?:support|backing|help|aid|sympathy|solidarity|assistance)\s+(?:for|to)\s+(?:the\s+)?$")
_TARGET_PREP = re.compile(
    r"\b(?:on|against|targeting|targeted|target|for|to|including|include|includes|of)\s+(?:[\w'’,.-]+\s+){0,4}$"
)
# "Iran-backed militia" names a backer, not an actor; "a U.S.-backed truce proposal" names a broker ("RSF-owned
# firms", sanctioned, name their owner as target).
_BACKER = re.compile(
    r"^-(?:backed|aligned|allied|supported|funded|sponsored|based|born)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:proposals?"
    r"|plans?|truces?|cease-?fires?|initiatives?|talks|deals?|framework|roadmap|peace)\b)"
)
# The title between a demonym and a name: " Prime Minister ", " Secretary of State ".
_TITLE = re.compile(r"(?:\s+(?:[A-Z][\w.'’-]*|of|for|the)){1,5}\s+")
# A title and a name the gazetteer does not know, after a demonym: "Moldovan President Mircea Snegur".
_TITLE_AND_NAME = re.compile(
    r"\s+(?:Acting\s+|Deputy\s+|Vice[- ])?(?:President|(?:Prime|Foreign|Defen[cs]e|Interior) Minister|Premier|Chancellor|King|Emir"
    r"|Crown Prince|Ambassador|Envoy|Gen\.|General)(?:\s+[A-Z][\w.'’-]*){1,3}"
)
# Mentions that name a place, a time zone or a description rather than an actor that acts.
_PLACE_PREPOSITIONS = (
    "in", "from", "across", "into", "at", "near", "throughout", "within", "inside", "outside", "via",
    # "the road to Kyiv", "a flight to Mongolia", "during a visit to China": a destination
    "road to", "flight to", "trip to", "journey to", "visit to", "route to", "highway to",
)
_REGIONS = ("southern", "northern", "eastern", "western", "central", "south", "north", "east", "west", "occupied", "rebel-held")
_PLACE_BEFORE = re.compile(rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)})\s+(?:the\s+)?(?:(?:{'|'.join(_REGIONS)})\s+)?$")
_PLACE_LAST_WORDS = (*_PLACE_PREPOSITIONS, "the", *_REGIONS)  # a word _PLACE_BEFORE can end with
# After a place word, what makes the state named next their owner, not a place: its people, goods or measures
# ("officials in Russia", "imports of food from the US", "sanctions from the EU", "food originating from Norway").
_OWNED_IN = re.compile(r"\b(?:officials|people|individuals|entities|companies|firms|members|leaders|figures|institutions"
                        r"|persons|banks|officers|commanders|oligarchs|delegations?|envoys|diplomats|representatives|negotiators|mediators?"
                        r"|junta|regime|government|authorities|rulers|army|military|proposals?|plans?|ideas|initiatives?|offers?"
                        r"|pressure|imports|exports|oil|crude|gas|timber|diamonds|arms|weapons|goods|products|produce|foods?"
                        r"|meat|beef|pork|poultry|fish|seafood|dairy|fruits?|vegetables|grain|wheat|wine)"
                        # not "military intervention in Ukraine": a place
                        r"\s+(?:of\s+(?:[\w-]+\s+){1,2}?)?(?:(?!(?:intervention|operations?|presence|campaign|offensive|invasion|aggression|involvement"
                        r"|actions?|activit(?:y|ies)|build-?up|deployment)\b)\w+\s+)?(?:in|from)\s+(?:the\s+)?$"
                        # "hit by sanctions from the US": whose sanctions they are; "food originating from the US"
                        r"|\b(?:sanctions|embargoes|penalties|measures)\s+from\s+(?:the\s+)?$"
                        r"|\b(?:originating|coming|imported|sourced)\s+from\s+(?:the\s+)?$")
# "exemptions from the US financial measures": a place word before an actor that owns the measures named after it.
_OWN_MEASURES = re.compile(
    r"(?:['’]s)?(?:\s+(?![a-z]+ed\b)[a-z-]+){0,2}?\s+(?:sanctions|embargo(?:es)?|measures|restrictions|blacklists?|asset freezes)\b"
)
# After a mention, one match tells a place or a description ("Israel's borders", "UK time", "Gaza civilians")
# from a kind of armed group ("a Syria rebel group", "an Iraqi militia").
_AFTER = re.compile(
    r"(?P<not_actor>['’]s\s+(?:\w+\s+)?(?:borders?|territory|soil|airspace|coast|waters|frontier|shores)\b|\s+time\b"
    r"|\s+(?:borders|frontiers|genocide|diaspora|enclave|territory|territories)\b"  # "the Palestinian enclave"
    r"|\s+(?:[a-z]+\s+)?(?:civilians?|people|prisoners|detainees|hostages|captives|children|women|refugees|families|residents"
    r"|lives|workers|exporters|farmers|consumers|households|patients|journalists|protesters|voters)\b"
    r"|\s+(?:were|was|have been|had been|are being)\s+(?:killed|wounded|injured|displaced|detained|arrested|abducted)\b)"
    r"|(?P<nationals>\s+(?:citizens|nationals)\b)"
    r"|(?P<group>\s+(?:(?:terror|terrorist|militant|armed|extremist|rebel|jihadist|Islamist)\s+"
    r"(?:group|organi[sz]ation|movement|faction)|(?:[A-Za-z-]++\s+)?(?:militias?|rebels|insurgents|guerrillas?)\b"
    # "Palestinian group Hamas", "the Lebanese militant group Hezbollah" (not "the North Korean hacking group Kimsuky")
    r"|(?:(?:militant|armed|Islamist|jihadist|rebel|resistance|Shiite|Shia|Sunni|paramilitary)\s+)?"
    r"(?:group|movement|faction)\s+(?=[A-Z])))"
)
_OWNERS = (" its", " their", " his", " her", " our")
_TAKEN = (" stolen", " looted", " seized", " occupied", " annexed", " smuggled", " plundered")
_SANCTIONED_BEFORE = re.compile(
    r"\b(?:sanctions|embargo|freezes?|measures)\s+(?:on|against)\s+(?:(?:\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten|several|dozens of|a number of|more|the)\s+)*$"
    r"|\b(?:sanctioned|blacklisted|designated|(?:banned|barred|restricts|restricted) entry (?:to|for))\s+"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|more)\s+)*$"
)
# After "a" and a demonym, what shows the demonym is a noun (a person): punctuation or a verb, not a noun it modifies.
_PERSON_NOUN_AFTER = re.compile(r"\s*(?:[,.;)]|\s(?:was|were|is|who|whose|had|has|said|says|died|killed|among)\b)")
_POLICY_AFTER = re.compile(r"\s+(?:policy|policies|stance|strategy)\b")
# "the Khartoum Declaration", "the Doha Agreement": a capital that names a text signed there.
_DOCUMENT = re.compile(
    r"\s+(?:[Dd]eclarations?|[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|Process|Format|Communiqu[eé]|Memorandum|Charter)\b"
)
_COMPANY_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:company|companies|firm|chipmaker|carmaker|automaker|maker|manufacturer|producer|lender"
    r"|bank|insurer|retailer|startup|start-up|conglomerate|group|giant|airline|operator|supplier|investor|fund|brand"
    r"|exporter|importer|trader|shipper|developer|miner|refiner|utility|corporation|business)\b"
)
_EVENT_AFTER = re.compile(r"\s+(?:summit|meeting|conference|session|gathering|forum|ministerial)\b")
_ARTICLES = ("a", "an", "another", "one")
_A_FIRM = tuple(f" {article} " for article in _ARTICLES)  # "a Georgian bank", "one Belarusian bank"
_INDEFINITE = re.compile(r"(?<!sanctioned )(?<!sanctions )(?<!sanction )(?<!blacklisted )(?<!targeted )(?<!targeting )"
                         rf"(?<!on )(?<!against )\b(?:{'|'.join(_ARTICLES)})\s+(?:(?!(?:[a-z]+ed)\s)[a-z-]+\s+)?$")  # "a small Chinese bank"
_POSSESSIVE_OF = re.compile(r"^['’]s\s+(?:[a-z-]+\s+)?$")
_OBJECT_BEFORE = re.compile(r"\b(?:told|tells|telling|asked|informed|addressed|met|(?:ties|relations)\s+with)\s+(?:the\s+)?$")
# "US arms sales to Taiwan ... drew threats of sanctions": where goods go is no imposer (but may be a target: "halted
# parts supplies to Russian airlines to comply with sanctions")
_GOODS_TO = re.compile(r"\b(?:sales|exports|shipments|deliveries|supplies|transfers)\s+to\s+(?:the\s+)?$")
# "..., accusing it of supporting terrorism and Iran, and imposed an embargo": what the accused is accused of acts in nothing
_IN_ACCUSATION = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?:[\w.'’-]+\s+){0,3}?of\s+[^,;.:]{0,50}$")
_OBJECT_AFTER = re.compile(
    r"\s+(?:\d[\d,]*|the|a|an|its|his|her|their|two|three|four|five|six|seven|eight|nine|ten|several|dozens|top|senior)\b"
)
_GROUP_OBJECT = re.compile(
    r"\s+(?:the\s+|its\s+|\w+\s+)?(?:rebels?|rebel leaders|militants?|militias?|fighters|commanders|insurgents)\b"
)
_SIDES = re.compile(
    r"\b(?:warring (?:rivals|parties|sides|factions|generals)|both sides|the two sides|the parties to the conflict"
    r"|the belligerents|all (?:the )?(?:parties|sides) (?:in|to|of) (?:the )?[a-z]+)\b"  # "all parties in Sudan"
)
_HEADLINE_SUBJECT = re.compile(r"\s*([^:]{2,40}?)\s*:")
# what a headline's label may name after its place: an event of the state's own doing, not a war with another
_LABEL_EVENT = re.compile(
    r"(?:['’]s)?\s+(?:military\s+)?(?:coup|junta|election|elections|vote|protests?|crackdown|unrest|nuclear(?:\s+\w+)?"
    r"|missile\s+tests?|regime|government|funding|financing|finances|networks?|oil|exports|arms)"
)
# "X and Y", "X, Y", "X, the rebels' main backer, and Y": the gap between two conjuncts of a list.
_CONJUNCT = re.compile(
    # "Lebanon's Western-backed government and Hezbollah": the state's own body is the conjunct
    r"^(?:['’]s\s+(?:[\w-]+\s+)?(?:government|army|military|forces|troops|delegation|negotiators|leaders?|officials))?"
    r"(?:\s+[A-Z][\w.'’-]+){0,3}?(?:\s+(?:member\s+)?(?:countries|states|nations))?"  # "the 28 European Union countries,"
    r"\s*(?:,[^,]{1,60},)?\s*(?:,|and|or|, and|as well as|along with)?\s*(?:the\s+)?(?:\d+\s+)?(?:[A-Z][\w-]*['’]s\s+)?$"
)
_CONNECTOR = re.compile(r",|\b(?:and|or|as well as|along with)\b")


def _joins(gap: str) -> bool:
    """Whether the words between two actors join them: nothing, or a comma or conjunction ("DRC and Rwanda Sign
    US-Mediated ...": a Title Case verb is no part of a name)."""
    return not gap.strip() or _CONNECTOR.search(gap) is not None


# "Rwandan military commanders and several M23 leaders": after a cue, nouns of one conjunct, then "and" and the next.
_NOUN_CONJUNCT = re.compile(
    r"^(?:['’]s)?(?:\s+(?!(?:said|says|say|was|were|is|are|has|have|had|will|would|who|which|that)\b)"
    r"[a-z][a-z-]*(?<!ed)){1,3},?\s+(?:and|or|as well as)\s+(?:(?:several|other|some|many|two|three|four|five|six|\d+|a|an|the)\s+)?$"
)
# "... on Russian banks, and Chinese officials condemned the move": the next conjunct opens a clause of its own.
_REACTS_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}?\s+(?:said|says|critici[sz]ed|condemned|denounced|responded|retaliated|vowed"
    r"|warned|protested|rejected|slammed)\b"
)
# "Aquino and Malaysia's Najib, whose government has facilitated the talks": a singular relative clause tells of its
# antecedent alone, not of the list it ends.
_SINGULAR_RELATIVE = re.compile(
    r"^,\s*(?:whose\s+(?:government|country|state|administration)|(?:which|who)\s+(?:has|is|was))\b"
)
# "Russia, Bashar al-Assad's closest ally, ...": a possessive in an appositive, which joins no list.
_POSSESSIVE_APPOSITIVE = re.compile(r"['’]s(?:\s+[a-z][\w-]*){1,4},")
# "..., U.S. prosecutors said": an actor after a comma that speaks opens a new clause, it ends no list.
# "the EU said its sanctions would stay", '"Our sanctions remain," an EU spokesperson said': the speaker's own.
_OWN_BEFORE = re.compile(r"\b(?:said|says|say|added)\s+(?:that\s+)?(?:its|their|our)\s+(?:own\s+)?(?:[a-z-]+\s+)?$")
_OUR = re.compile(r"\bour\s+(?:own\s+)?(?:[a-z-]+\s+)?$")
_SPEAKS_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:said|says|told|added|announced)\b")
_CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b")
# Between an actor and a cue it modifies ("Russia's 30-day truce", "EU oil sanctions"): no verb, no clause word.
_VERBLESS = re.compile(
    r"(?:['’]s)?\s*(?:(?!(?:said|says|say|will|would|could|can|has|have|had|is|was|are|were|to|that|which|who|a|an"
    r"|did|does|do|may|might|must|should|and|or|but|as|if|since|after|before|when|while|until|because)\b)[A-Za-z0-9][\w-]*(?<!ed)\s+){0,2}$"
)

# Ceasefire: mediation, urging, and the acts of a side.
_BROKER_BY = re.compile(
    r"\b(?:brokered|mediated|hosted|facilitated|guaranteed|sponsored|negotiated|arranged|overseen|monitored"
    r"|initiated|proposed|drafted|organi[sz]ed|(?:co-)?chaired"
    r"|(?:talks|negotiations|process|initiatives?|diplomacy|push|mission|efforts?),?\s+led)"  # not "a delegation led by"
    r"\s+(?:by|through|in part by)\s+"
    r"(?:(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,2},\s+)+(?:[\w'’.-]+\s+){0,2}(?:and|or)\s+(?:the\s+)?|(?:[\w'’.-]+\s+){0,3})$"
    r"|\b(?:mediators?|mediation|auspices|help|assistance|efforts?|envoys?|intervention|good offices|proposals?"
    r"|request|invitation|behest)\s+(?:of|by|from|including|such as|led by)\s+(?:[\w'’,.-]+\s+){0,6}$"
    r"|\bmediators?\s+(?:the\s+)?$"
    # "the six guarantor countries of the process -- Ecuador, Brazil, Chile"
    r"|\bguarantors?(?:\s+(?:countries|states|nations|powers))?\s+(?:[\w'’-]+\s+){0,3}?(?:--|—|:|including|such as|namely)\s+"
    r"(?:[\w'’,.-]+\s+){0,6}$"
    # "Qatar, which helped mediate the agreement alongside Egypt": those a broker acts with
    r"|\b(?:broker|mediat|facilitat|guarant)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:alongside|along with|together with"
    r"|jointly with|in (?:partnership|cooperation|coordination) with)\s+(?:the\s+)?$"
    r"|\bco-(?:sponsor|broker|mediat|host|chair|organi[sz])\w*\s+(?:[\w'’-]+\s+){0,4}?with\s+(?:the\s+)?$"
)
# "X-led" names a broker ("US-led talks"), but the leader of a coalition or force is a side ("the Saudi-led coalition").
_LED_SIDE = re.compile(
    r"^-led\s+(?:[\w-]+\s+)?(?:coalition|alliance|forces|troops|army|military|offensive|invasion|campaign|operations?"
    r"|strikes|bombing|blockade|intervention|opposition|government|rebels|rebellion|militias?|factions?|insurgency)\b"
)
_BROKERING = r"(?:mediators?|mediation|envoys?|efforts|shuttle diplomacy|good offices)\b"
_BROKER_AFTER = re.compile(
    r"^(?:-|\s)?(?:brokered|mediated|backed|sponsored|hosted|facilitated|led)\b"
    rf"|^(?:['’]s|,\s+whose)\s+(?:[\w-]+\s+)?{_BROKERING}"  # "Egypt's mediators", "the AU, whose designated mediator"
    rf"|^\s+(?:(?![a-z]+ed\b|urges\b|asks\b|tells\b|calls\b|presses\b)\w+\s+)?{_BROKERING}"  # not "Hamas urged mediators"
    # "Cuba and Norway, two of the guarantor countries", "Qatar, a mediator"
    r"|^,\s+(?:(?:one|two|three|four|both)\s+of\s+the\s+|the\s+|an?\s+)?(?:[\w-]+\s+)?(?:guarantor|mediator|facilitator)s?\b"
)
# "the EU Monitoring Mission", "UN monitors": an organisation that watches over a truce is a third party to it.
_MONITORS_AFTER = re.compile(
    r"^\s+(?:ceasefire\s+|truce\s+)?(?:monitors|observers|(?:monitoring|observer|verification)\s+(?:mission|force|team)s?)\b"
)
_PEACEKEEPERS_AFTER = re.compile(r"^\s+(?:peacekeepers|peacekeeping\s+(?:force|troops|mission|contingent))\b")
# A broker named by what it does or is, after an appositive or a relative pronoun: "Oman, which has long acted as a
# go-between", "Turkey and Russia will act as guarantors", "Egypt, which ferried messages between the two sides".
_BROKER_ROLE = re.compile(
    r"^(?:['’]s\s+[\w-]+|\s+(?:officials|diplomats|envoys|negotiators|mediators|authorities))?(?:,[^,]{1,60},)?"
    r"(?:,?\s+(?:which|who))?(?:\s+(?:has|have|had|is|are|was|were|will|would|also|long|often|previously|repeatedly"
    r"|jointly|been|to|then|(?:for|over) (?:months|weeks|years|days)))*\s+(?:(?:act(?:s|ed|ing)?|serv(?:e|es|ed|ing)"
    r"|stepped in|emerged|stood)\s+as\s+(?:an?\s+|the\s+|its\s+|their\s+|one of the\s+)?(?:[\w-]+\s+)?(?:co-)?"
    r"(?:guarantors?|mediators?|go-betweens?|brokers?|facilitators?|intermediar(?:y|ies)|interlocutors?)"
    r"|(?:ferr|relay|pass|carr|deliver)\w*\s+(?:\w+\s+)?messages|shuttl\w*\s+between|(?:conducted|led|engaged in)\s+"
    r"shuttle diplomacy"
    # "signed the accord as witnesses": a third party that countersigns a truce vouches for it
    r"|(?:sign(?:s|ed|ing)?|countersign(?:s|ed|ing)?)\s+(?:(?:the|it|a)\s+)?(?:[\w-]+\s+){0,2}?as\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:witness(?:es)?|guarantors?|mediators?))\b"
)
# A cue that names brokering, and the gap from its subject: "Oman, which has acted as a go-between",
# "Malaysia hosted the talks", "Qatar, a close US ally, brokered", "Egypt's foreign minister, whose country has
# mediated".
_BROKER_WORD = re.compile(r"broker|facilitat|go-between|guarantor|helped|host|mediat|chair|co-chair")
_BROKER_SUBJECT_GAP = re.compile(
    r"^(?:['’]s(?:\s+[\w-]+){1,3}|(?:\s+[a-z-]+){1,3}(?=,))?(?:,(?:[^,]|\d,\d){1,80},)?,?\s*(?:,?\s*(?:which|who|whose (?:country|government))\s+)?"
    r"(?:(?:has|have|had|is|are|was|were|will|would|also|long|jointly|been|act(?:s|ed|ing)?|serv(?:e|es|ed|ing)|as|to)\s+)*"
    r"(?:(?:took|takes?|taking|played|plays?|playing)\s+(?:a\s+(?:[\w-]+\s+)?)?(?:part|role|hand)\s+in\s+)?"  # "took part in the mediation"
    r"(?:an?\s+|the\s+)?$"
)
# "thanked Saudi Crown Prince Mohammed bin Salman for hosting the talks": the one thanked for it brokered it.
_THANKED_FOR = re.compile(r"\b(?:thank|prais|credit|commend|applaud|hail)(?:s|ed|ing|e|es)?\s+(?:[\w.'’-]+\s+){0,3}$")
_FOR_GAP = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+for\s+(?:its\s+|his\s+|her\s+|their\s+)?$")
# "Qatar has mediated alongside Egypt and the US": those a broker acts with broker too.
_ALONGSIDE = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:alongside|along with|together with|jointly with)\s+(?:the\s+)?$")
# "Qatari negotiators" broker a truce, "Israeli negotiators" negotiate for a side: settled per article.
_SOURCE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:panel\s+of\s+)?experts|reports?|data|figures|statistics|estimates?|investigators|tally)\b"
    r"(?!\s+(?:on|of)\s+(?:the\s+)?(?:ceasefire|truce))"
)
_HOSTED = re.compile(r"\bhost(?:s|ed|ing)?\s+(?:the\s+)?$")  # right before the guests it hosts
_NEGOTIATORS_AFTER = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?negotiators?\b")
# Third parties that only react to a truce ("Jordan welcomed the ceasefire") are not its brokers.
_REACT = _words("welcom", "hail", "prais", "applaud", "congratulat", "commend", "note", "noted", "condemn")
_URGE = _words(
    "urg", "call", "press", "pressur", "push", "appeal", "propos", "broker", "mediat", "host", "demand", "want", "seek",
    "sought", "focus", "getting", "encourag", "support", "back", "offer", "help", "facilitat", "insist",
    "ask", "plead", r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )expect(?:s|ed|ing)?", "hope", "favou?r", "guarantee", "envoy", "effort",
)
_SIDE = _words(
    "agree", "agreement", "sign", "accept", "reject", "refus", "refusal", "violat", "break", "broke", "breach",
    "declar", "observ", "respect", "announc", "announcement", "reach", "negotiat", "implement", "resum", "honou?r",
    "uphold", "abid", "commit(?:s|ted|ting|ment|ments)?", "spurn", "deflect", "resist", "collaps", "unilateral",
    "unilaterally", "order", "halt", "stop(?:s|ped|ping)?", "ceas", "accus", "start", "enter", "adher", "held", "hold",
    "ignor", "shatter", "end", "launch", "fir", "suspend", "extend",
)
_CEASEFIRE_VERBS = _first_of(**{URGER: _URGE, "party": _SIDE, UNCLEAR: _REACT})
# A speech verb before another subject: what follows is reported, not done by the speaker ("said it" is).
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|added|stated|reported|confirmed)\b"
    r"(?!(?:\s+(?:on|late|early|earlier|last|this)\s+\w+|\s+(?:reporters|journalists|lawmakers|parliament))?,?\s+"
    r"(?:that\s+)?(?:it|they|we|he|she|its|their)\b)"
)
# "it agreed to a truce": a side named by a pronoun, which stands for the subject of the sentence before.
_PRONOUN_SIDE = re.compile(
    r"\b(?:it|they)\s+(?:(?:has|have|had|would|will|then|also|later|quickly|finally)\s+)*(?:agreed|signed"
    r"|accepted|rejected|violated|broke|breached|declared|announced|observed|respected)\b[^,;]{0,40}$"
)
_PRONOUN_WORD = re.compile(r"\b(?:it|they|he|she)\s")
_PRONOUN_IMPOSER = re.compile(
    r"\b(?:it|they|he|she)\s+(?:[\"“]?(?:said|says|has|have|had|would|will|then|also|later|could|may|might|is|are|was|were"
    r"|plans?|planned|intends?|wants?|to|it|they|he|she|that|strongly|seriously)\s+)*[\"“]?(?:(?:impos|slap|extend"
    r"|tighten|expand|lift|eas|renew|adopt|announc|introduc|prepar|agree|approv|unveil|consider|threaten|weigh)\w*[\"”]?"
    r"\s+(?:[a-z-]+\s+){0,3})?$"
)
_PRONOUN_ACTS: dict[Topic, tuple[re.Pattern[str], str]] = {
    "ceasefire": (_PRONOUN_SIDE, "party"),
    "sanctions": (_PRONOUN_IMPOSER, "imposer"),
}
# "urged Israel and Hamas to extend their ceasefire", "called on both sides to keep the truce": the one urged
# to keep, extend or agree to a truce is a side; the one urging is the broker.
_URGED_BEFORE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?|call(?:s|ed|ing)?\s+(?:up)?on"
    r"|appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?"
    r"|told|tell(?:s|ing)?|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|got|get(?:s|ting)?|forc(?:e|es|ed|ing)"
    r"|compel(?:s|led|ling)?|coerc(?:e|es|ed|ing))\s+(?:\(?[\w.-]+(?:\s+[\w.-]+)?\)\s+)?(?:the\s+)?$"
)
_TO_KEEP = re.compile(
    r"^\s*(?:,[^,]{0,40},\s*)?(?:\w+\s+){0,4}?to\s+(?:(?:at\s+least|finally|quickly|fully|immediately|swiftly|urgently)\s+)?"
    r"(?:keep|extend|agree|accept|respect|observe|honou?r|uphold|abide|adhere|stick|comply|maintain|preserve|sign"
    r"|implement|declare|commit|return|restore|reach|conclude|embrace|heed|consolidate|prolong|renew|halt|stop|end"
    r"|cease|lay down|enter|hold|stand by|consider|negotiate|talk)\b"
    r"|^\s*into\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"  # "force Putin into a ceasefire"
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:[\w'’.-]+\s+){1,3}and\s+(?:the\s+)?)?$")
# "a truce with Hamas", "the ceasefire between the army and the paramilitary RSF" (a side the gazetteer does not name)
_BETWEEN = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}?(?:between|with|among)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$"
    r"|^\W*(?:[\w-]+\s+){0,2}?between\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}and\s+(?:the\s+)?(?:[\w'’.-]+\s+)?$"
)


@cache
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    data = load("conflicts")
    return frozenset(data["usual_imposers"]), frozenset(data["usual_brokers"])


Sides = tuple[frozenset[str], frozenset[str]]
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
Era = tuple[int | None, frozenset[int]]  # an article's year (when known) and the years it recalls
NO_ERA: Era = (None, frozenset())


def recalled_years(text: str) -> frozenset[int]:
    """The years a text names ("the 1999 Lusaka ceasefire"), from 1900 on."""
    return frozenset(int(y) for y in _YEAR.findall(text))


@lru_cache(maxsize=1024)
def known_conflicts(year: int | None = None, recalled: frozenset[int] = frozenset()) -> tuple[Sides, ...]:
    """The two sides of every known conflict of an article of ``year`` (when it is given): begun by then, and not
    over by the year before unless the article recalls a year it was fought in."""
    return tuple(
        (frozenset(c["sides"][0]), frozenset(c["sides"][1]))
        for c in load("conflicts")["conflict"]
        if year is None
        or c["from"] <= year
        and ("until" not in c or year <= c["until"] + 1 or any(c["from"] <= y <= c["until"] for y in recalled))
    )


@lru_cache(maxsize=1024)
def conflicts_by_actor(year: int | None = None, recalled: frozenset[int] = frozenset()) -> dict[str, list[Sides]]:
    """Actor -> the (side, other side) pairs of the known conflicts it fights in (``known_conflicts``)."""
    index: dict[str, list[Sides]] = defaultdict(list)
    for one, other in known_conflicts(year, recalled):
        for actor in one | other:
            index[actor].append((one, other))
    return dict(index)


def usual_imposer(actor: str) -> bool:
    """Whether an actor is one that usually imposes sanctions rather than suffers them."""
    return actor in _sets()[0]


def usual_broker(actor: str) -> bool:
    """Whether an actor is one that usually mediates rather than fights."""
    return actor in _sets()[1]


def describing(sentence: str, hits: list[Hit]) -> list[Hit]:
    """Drop a state named only to place another actor: "Lebanon's Hezbollah", "Yemen's Houthis", "Sudan RSF" (an
    armed group right after the state it fights in)."""
    kept = []
    for hit, nxt in zip(hits, [*hits[1:], None]):
        if nxt and nxt.actor != hit.actor and nxt.kind != PERSON and (
            sentence.startswith(("'s", "’s"), hit.end) and _POSSESSIVE_OF.match(sentence[hit.end : nxt.start])
            or nxt.start == hit.end + 1 and sentence[hit.end] == " " and group_home(nxt.actor) == hit.actor
        ):
            continue
        kept.append(hit)
    return kept


def acting(sentence: str, hit: Hit) -> bool:
    """Whether a mention names an actor rather than a place ("in the UK"), a time ("UK time") or a description."""
    start, end = hit.start, hit.end
    # The patterns before a mention end in a word and spaces: a cheap test of that word guards them.
    last_word = sentence[start - 32 if start > 32 else 0 : start]
    last_word = last_word.rstrip() if last_word[-1:].isspace() else ""
    if (
        last_word.endswith(_PLACE_LAST_WORDS)
        and _PLACE_BEFORE.search(sentence, start - 32, start)
        and not _OWNED_IN.search(sentence[max(0, start - 60) : start].lower())
        and not _OWN_MEASURES.match(sentence, end)
        # "in Egypt-led talks": the one leading them
        and not (sentence.startswith("-", end) and _BROKER_AFTER.match(sentence[end : end + 40]))
    ):
        return False
    after = sentence[end : end + 40]
    described = (m := _AFTER.match(after)) and m.lastgroup
    if described == "not_actor" or hit.kind == CAPITAL and _DOCUMENT.match(after):
        return False
    if described == "nationals":  # "Chinese citizens" are no actor, unless sanctioned: "sanctions on two Chinese citizens"
        return hit.kind in (DEMONYM, NAME) and (  # "54 British citizens", "54 UK citizens"
            _SANCTIONED_BEFORE.search(sentence, start - 40 if start > 40 else 0, start) is not None
        )
    if last_word.endswith(_OWNERS) and _POLICY_AFTER.match(after):
        return False  # "punishing Lithuania for its Taiwan policy": Taiwan is what the policy is about
    if (
        (last_word.endswith(_ARTICLES) or " a " in last_word[-16:] or " an " in last_word[-16:])
        and _INDEFINITE.search(sentence, start - 24, start)
        and (_COMPANY_AFTER.match(after) or _EVENT_AFTER.match(after))
    ):
        return False  # "a U.S. chipmaker", "an Israeli defence firm", "attending a NATO summit": not the actor acting
    if hit.kind == DEMONYM and last_word.endswith((" a", " an")) and _PERSON_NOUN_AFTER.match(after):
        return False  # "ten Thai nationals and a Filipino were freed": a person, not the state
    if hit.kind == DEMONYM and last_word.endswith(_TAKEN):
        return False  # "stolen Ukrainian grain", "occupied Palestinian territory": what was taken from the state
    # "a Syria rebel group" places a group; "the M23 rebel group" is the group itself
    return not (described == "group" and org_kind(hit.actor) != "group")


def _titled(sentence: str, hits: list[Hit]) -> list[Hit]:
    """A demonym, a title and a name of the same actor as one mention: "British Prime Minister Keir Starmer",
    "Moldovan President Mircea Snegur" (so that it joins a list as one conjunct)."""
    merged: list[Hit] = []
    for hit in hits:
        last = merged[-1] if merged else None
        if last and last.actor == hit.actor and _TITLE.fullmatch(sentence, last.end, hit.start):
            merged[-1] = Hit(last.start, hit.end, hit.actor, hit.kind)
        else:
            merged.append(hit)
    for i, hit in enumerate(merged):
        if hit.kind == DEMONYM and (named := _TITLE_AND_NAME.match(sentence, hit.end)):
            if i + 1 == len(merged) or merged[i + 1].start >= named.end():
                merged[i] = Hit(hit.start, named.end(), hit.actor, hit.kind)
    return merged


_PLACE_CONJUNCTIONS = frozenset({" and ", ", ", ", and ", " or "})


def _acting_hits(sentence: str, hits: list[Hit], firms: bool = False) -> list[Hit]:
    """The mentions that name an actor acting in its own right, not a place or a backer ("Iran-backed"); with
    ``firms``, also a state's firm ("a Georgian bank"), as an entity (sanctioned, it counts as their target)."""
    found = []
    place_end: int | None = None  # where the last mention that names a place ends
    for h in describing(sentence, _titled(sentence, hits)):
        if place_end is not None and sentence[place_end : h.start] in _PLACE_CONJUNCTIONS:
            place_end = h.end  # "registered in Britain and France": a place's conjunct is a place too
        elif acting(sentence, h) and not (sentence.startswith("-", h.end) and _BACKER.match(sentence[h.end : h.end + 60])):
            found.append(h)
        elif firms and h.kind == DEMONYM and sentence.endswith(_A_FIRM, 0, h.start) and _COMPANY_AFTER.match(sentence, h.end):
            found.append(h._replace(kind=ENTITY))
        elif h.kind in (NAME, CAPITAL):
            place_end = h.end
    return found


def _clause_break(text: str) -> bool:
    """Whether lower-cased ``text`` crosses into another clause (a cheap substring test guards the regex)."""
    return (";" in text or "but" in text or "while" in text or "whereas" in text or "however" in text) and bool(
        _CLAUSE_BREAK.search(text)
    )


def _may_broker(text: str) -> bool:
    """A cheap test that must pass before ``_BROKER_BY`` can match: a substring that (with single spaces)
    every match of it holds; chained ``in`` tests are several times faster than one regex of them."""
    return (
        "ed by" in text or "en by" in text or "ed through" in text or "en through" in text or "ed in part" in text
        or "mediat" in text or "auspices" in text or "help" in text or "assistance" in text or "effort" in text
        or "envoy" in text or "guarant" in text or "intervention" in text or "offices" in text or "proposal" in text or "request" in text
        or "invitation" in text or "behest" in text or "alongside" in text or "ng with" in text or "ther with" in text
        or "ly with" in text or "ion with" in text or "hip with" in text or "co-" in text
    )


def _named_broker(low: str, end: int) -> bool:
    """Whether the words after an actor ending at ``end`` name it a broker (``_BROKER_ROLE``); cheap substring tests
    guard the regex."""
    after = low[end : end + 120]
    return (" as " in after or "messages" in after or "shuttl" in after) and _BROKER_ROLE.match(after) is not None


def _first_verb(text: str, verbs: re.Pattern[str]) -> str | None:
    """The verb class (a ``_first_of`` pattern's group) that comes first in ``text``."""
    m = verbs.search(text)
    return m.lastgroup if m else None


def _main_verb(text: str, verbs: re.Pattern[str]) -> str | None:
    """Like ``_first_verb``, but a verb right after a first one and "to" tells the class: "threatened to veto"."""
    m = verbs.search(text)
    while m and " to " in text[m.end() : m.end() + 48] and (to := _TO_NEXT.match(text, m.end())) and (
        after := verbs.match(text, to.end())
    ):
        m = after
    return m.lastgroup if m else None


def _nearest(hit: Hit, cues: Sequence[Cue]) -> Cue:
    """The cue closest to an actor; one after it is preferred a little (the actor as subject)."""
    if len(cues) == 1:
        return cues[0]
    best, best_distance = cues[0], float("inf")
    for cue in cues:
        distance = cue.start - hit.end if hit.end <= cue.start else (hit.start - cue.end) * 1.2
        if distance < best_distance:
            best, best_distance = cue, distance
    return best


class _Site(NamedTuple):
    """Where an actor stands relative to its nearest cue: ``gap`` runs to the neighbour toward the cue."""

    hit: Hit
    cue: Cue
    before: bool
    gap: str
    direct: bool
    low_gap: str
    low_whole: str


def _sites(sentence: str, low: str, cues: list[Cue], hits: list[Hit]) -> list[tuple[_Site, int | None]]:
    """Each actor's site at its nearest cue and the index of its neighbour toward the cue (None when nothing
    stands between)."""
    return [_site(sentence, low, hits, hit, _nearest(hit, cues)) for hit in hits]


# "Japan, South Africa's largest trading partner, said ...", "Qatar, a close US ally, ...": an appositive after an
# actor, which describes it; the actors inside it stand between the actor and its verb, but are not its neighbours.
_APPOSITIVE = re.compile(r",\s+(?:an?\s|one of the\s|[^,]{0,40}?['’]s\s)[^,]{1,50},")
_DASHES = ("—", "–", " —", " –", " - ")
_DASHED = re.compile(r"\s*(?:[—–]|-\s)\s*[^—–]{1,60}?(?:[—–]|\s-)\s*")
_APPOSITIVE_OR_RELATIVE = re.compile(r",\s+(?:an?\s|one of the\s|[^,]{0,40}?['’]s\s|(?:which|who|whose)\s)[^,]{1,50},")


def _appositive_end(sentence: str, end: int, relative: bool = False) -> int:
    """Where an appositive (or, with ``relative``, a relative clause: "Britain, which is not bound by EU law,")
    right after the actor ending at ``end`` ends (``end`` itself when there is none)."""
    if sentence.startswith(_DASHES, end):
        m = _DASHED.match(sentence, end)  # "France—the three permanent members of the UNSC—want to impose"
    else:
        pattern = _APPOSITIVE_OR_RELATIVE if relative else _APPOSITIVE
        m = pattern.match(sentence, end) if sentence.startswith(",", end) else None
    return m.end() if m else end


def _site(sentence: str, low: str, hits: list[Hit], hit: Hit, cue: Cue) -> tuple[_Site, int | None]:
    """An actor's site at one cue, and the index of its neighbour toward that cue (not one in its appositive)."""
    before = hit.end <= cue.start
    if before:
        w0, w1 = hit.end, cue.start
        skip = _appositive_end(sentence, w0, relative=cue.topic == "sanctions")  # ceasefire roles read the clause
        between = [i for i, h in enumerate(hits) if skip <= h.start and h.end <= w1]
        neighbour = between[0] if between else None
        g0, g1 = w0, hits[between[0]].start if between else w1
    else:
        w0, w1 = cue.end, hit.start
        between = [i for i, h in enumerate(hits) if w0 <= h.start and h.end <= w1]
        neighbour = between[-1] if between else None
        g0, g1 = hits[between[-1]].end if between else w0, w1
    return _Site(hit, cue, before, sentence[g0:g1], not between, low[g0:g1], low[w0:w1]), neighbour


def _other_side(hit: Hit, cue: Cue, cues: Sequence[Cue]) -> Cue | None:
    """The nearest cue on the other side of an actor from ``cue``."""
    if hit.end <= cue.start:
        return max((c for c in cues if c.end <= hit.start), key=lambda c: c.end, default=None)
    return min((c for c in cues if c.start >= hit.end), key=lambda c: c.start, default=None)


def _object_of(low: str, hit: Hit, cues: Sequence[Cue]) -> bool:
    """Whether an actor is the object of a cue: "a ceasefire with Ukraine", "a truce between Israel and Hamas"."""
    return any(c.end <= hit.start and _BETWEEN.match(low[c.end : hit.start]) for c in cues)


# Those named as abstaining from a vote, before a verb whose subject is the resolution: neither role.
_ABSTAINERS = re.compile(r"\b(?:abstentions?|abstainers?)\b,?\s+(?:including|among them|from|by)\s+(?:the\s+)?$")


def _judge_all(
    sentence: str,
    low: str,
    cues: list[Cue],
    hits: list[Hit],
    judge: Callable[[str, str, _Site, list[Hit]], tuple[str, float]],
    others: Sequence[Cue],
) -> list[Claim]:
    """Claims for every actor: a conjunct ("X and Y") shares its neighbour's role, others are judged.

    An actor that is the object of a cue of the other topic ``others`` gets none, and a claim on no grammar is
    dropped when the actor stands nearer such a cue.
    """
    sites = _sites(sentence, low, cues, hits)
    fronted = _fronted_subject(low, cues, hits) if _PARTICIPLE.match(sentence) else None
    done: dict[int, Claim] = {}
    for i in sorted(range(len(hits)), key=[len(site.low_whole) for site, _ in sites].__getitem__):
        site, neighbour = sites[i]
        if others and _object_of(low, site.hit, others):
            continue  # "no truce with Ukraine until sanctions are lifted": Ukraine is only the truce's other side
        if "abst" in low and _ABSTAINERS.search(low, 0, _list_start(sentence, site.hit, hits)):
            continue  # "which passed with five abstentions, including China and Russia, demands a ceasefire"
        if i and hits[i - 1].end < (end := _appositive_end(sentence, hits[i - 1].end)) and site.hit.end <= end < (
            site.cue.start
        ):
            continue  # "Japan, South Africa's largest trading partner, said ...": South Africa only describes Japan
        if neighbour in done and _CONJUNCT.match(site.gap) and _joins(site.gap) and not (
            "," in site.gap
            and (
                _SPEAKS_AFTER.match(sentence, site.hit.end)
                or _POSSESSIVE_APPOSITIVE.match(sentence, hits[neighbour].end if site.before else site.hit.end)
            )
            or site.before and _SINGULAR_RELATIVE.match(sites[neighbour][0].low_gap)
        ):
            done[i] = Claim(site.hit.actor, done[neighbour].role, done[neighbour].weight)
            continue
        if (
            neighbour in done
            and not site.before
            and done[neighbour].role == "target"
            and _NOUN_CONJUNCT.match(site.low_gap)
            and not _REACTS_AFTER.match(low, site.hit.end)
        ):
            # "sanctions on three Rwandan commanders and several M23 leaders": a list of targets by their people
            done[i] = Claim(site.hit.actor, "target", done[neighbour].weight)
            continue
        if not site.before and i == fronted:
            # "Demanding an immediate ceasefire in Libya, ..., the Security Council imposed ...": the subject after a
            # fronted participle clause does what it says, as if the participle followed it
            site = _Site(site.hit, site.cue, True, sentence[: site.cue.start], True, low[: site.cue.start], low[: site.cue.start])
        role, weight = judge(sentence, low, site, hits)
        if weight < 1 and len(cues) > 1 and (other := _other_side(site.hit, site.cue, cues)):
            # no grammar at the nearest cue: "sanctions against Russia, freezing the assets of ..."
            other_site = _site(sentence, low, hits, site.hit, other)[0]
            other_role, other_weight = judge(sentence, low, other_site, hits)
            if other_weight > weight:
                role, weight, site = other_role, other_weight, other_site
        if weight < 1 and site.before and (then := _second_verb(sentence, low, hits, site, cues)):
            then_role, then_weight = judge(sentence, low, then, hits)
            if then_weight > weight:
                role, weight, site = then_role, then_weight, then
        if weight < 1 and not site.cue.strong and (strong := [c for c in cues if c.strong]):
            # no grammar at a weak cue ("said the two sides signed a cessation of hostilities"): read the strong one
            strong_site = _site(sentence, low, hits, site.hit, _nearest(site.hit, strong))[0]
            strong_role, strong_weight = judge(sentence, low, strong_site, hits)
            if strong_weight >= weight:
                role, weight, site = strong_role, strong_weight, strong_site
        factor = (1.0 if site.cue.strong else 0.7) * (0.5 if _clause_break(site.low_whole) else 1.0)
        if weight < 1 and others and _nearest(site.hit, [*cues, *others]) in others:
            continue  # "talks on a ceasefire failed after the EU sanctioned rebel leaders": the EU is the sanctioner
        done[i] = Claim(site.hit.actor, role, weight * factor)
    return [done[i] for i in sorted(done)]


# A sentence that opens with a participle ("Demanding an immediate ceasefire, ...", "Announcing the sanctions, ..."),
# not a preposition that ends in -ing ("Following the truce, ...", "According to ...", "During ...")
_PARTICIPLE = re.compile(
    r"(?!(?:During|According|Following|Including|Regarding|Concerning|Notwithstanding|Considering|Excluding|Pending"
    r"|Barring)\b)[A-Z][a-z]+ing\s"
)
_CLAUSE_SUBJECT = re.compile(r",\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$")


def _fronted_subject(low: str, cues: list[Cue], hits: list[Hit]) -> int | None:
    """The index of the subject after a sentence's fronted participle clause that holds its first cue: the first
    actor after that cue that opens a clause (", the Security Council imposed"), if any."""
    first = cues[0].end
    return next(
        (i for i, h in enumerate(hits) if h.start >= first and _CLAUSE_SUBJECT.search(low, first, h.start)),
        None,
    )


# "welcomed the deal and urged both sides to respect the truce": a second verb phrase of the same subject.
_AND_VERB = re.compile(r"[^,;.]{0,60}?\s+" + _AND_NEXT_VP)


def _second_verb(sentence: str, low: str, hits: list[Hit], site: _Site, cues: Sequence[Cue]) -> _Site | None:
    """The site of a subject at the cue after its second verb phrase, its gap starting at that verb: "X welcomed
    the deal and urged both sides to respect the truce", "X condemned the strike and imposed sanctions"."""
    later = next((c for c in cues if c.start >= site.cue.end), None)
    if later is None or " and " not in low[site.cue.end : later.start]:
        return None
    verb = _AND_VERB.match(low, site.cue.end, later.start)
    if verb is None:
        return None
    start = verb.end()
    between = [h for h in hits if start <= h.start and h.end <= later.start]
    end = between[0].start if between else later.start
    return _Site(site.hit, later, True, sentence[start:end], not between, low[start:end], low[start : later.start])


def sanction_claims(
    sentence: str, low: str, cues: list[Cue], hits: list[Hit], others: Sequence[Cue] = ()
) -> list[Claim]:
    """Imposer/target claims for every actor in a sentence (and its lower-cased ``low``) with sanctions cues."""
    hits = _acting_hits(sentence, hits, firms=True)
    spans = _retaliated(low)
    judge = _judge_sanction if not spans else partial(_judge_retaliated, spans)
    claims = _judge_all(sentence, low, cues, hits, judge, others)
    for cue in cues:
        if _GROUP_OBJECT.match(sentence, cue.end) and sentence[cue.start : cue.end].lower().startswith(("sanction", "black")):
            groups = [h for h in hits if org_kind(h.actor) == "group"]
            if groups:  # "sanctioned rebel leaders" after naming M23: the group is the target
                claims.append(Claim(min(groups, key=lambda h: abs(h.start - cue.start)).actor, "target", 1.0))
    return claims


# "in retaliation for London's sanctions", "in response to US sanctions on Chinese officials": the sanctions a
# counter-measure answers, up to the end of the clause.
_RETALIATION = re.compile(
    r"\b(?:in (?:retaliation|response|reprisal|answer) (?:for|to)|retaliat(?:e|es|ed|ing) (?:for|against)|tit-for-tat (?:for|over)"
    r"|retaliatory (?:measures|steps|sanctions|moves?) (?:to|for|against|over)"  # "retaliatory measures to the sanctions"
    # "an embargo on imports from those countries that have imposed sanctions on Russian organisations"
    r"|(?:from|on|against) (?:those |the )?(?:countries|states|nations) (?:that|which) (?:have |had )?(?:imposed|joined))"
    r"\s[^,;:]*"
)
_SWAPPED = {"imposer": "target", "target": "imposer"}


def _retaliated(low: str) -> list[tuple[int, int]]:
    """The spans of lower-cased ``low`` that name the sanctions a counter-measure answers (``_RETALIATION``; cheap
    substring tests guard it)."""
    if (
        "retaliat" not in low and "in re" not in low and "tit-for-tat" not in low and "in answer" not in low
        and "imposed" not in low and "joined" not in low
    ):
        return []
    return [m.span() for m in _RETALIATION.finditer(low)]


def _judge_retaliated(
    spans: list[tuple[int, int]], sentence: str, low: str, site: _Site, hits: list[Hit]
) -> tuple[str, float]:
    """``_judge_sanction``, with the roles in the sanctions a counter-measure answers swapped: the story is the
    counter-measure, so "Moscow banned 54 Britons in response to London's sanctions" makes London its target."""
    hit, cue = site.hit, site.cue
    answered = [(start, end) for start, end in spans if start <= cue.start and cue.end <= end]
    if not answered:
        return _judge_sanction(sentence, low, site, hits)
    start = answered[0][0]
    if hit.start >= start:
        role, weight = _judge_sanction(sentence, low, site, hits)
        return _SWAPPED.get(role, role), weight
    if hit.actor == hits[0].actor and not _SPEAKER.search(low, hits[0].end, start):
        return "imposer", 1.0  # before it, the subject of the counter-measure imposes it ("Moscow ... Russia")
    return _judge_sanction(sentence, low, site, hits)


# "has not imposed sanctions", "was never placed under sanctions", "ruled out sanctions", "no sanctions": no claim that
# anyone imposes or suffers them (a relief verb keeps its sense: "will not lift sanctions" still imposes them).
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no longer|rul(?:ed|es|ing) out|refus(?:ed|es|ing) to|declin(?:ed|es|ing) to|stopp(?:ed|ing) short of)"
    r"|n['’]t)\s+(?:(?:be|been|being|get|got|was|were|placed|put|impose|imposed|imposing|slap|slapped|subjected|hit|under"
    r"|apply|enforce|implement|any|new|fresh|further|more|economic|financial|targeted|such|its|their|own|with|on|to|the"
    r"|join|joining|back|backing|support|supporting|follow|western|international|us|eu|un)\s+|[\"“'‘](?:[\w-]+[\"”'’]\s+)?){0,5}$"
    r"|\bno\s+(?:new\s+|further\s+|such\s+)?$"
)
_NEGATED_AFTER = re.compile(
    r"\s+(?:were|was|have|has|had|are|is|will|would|been)\s+(?:not|never)\s+(?:been\s+|be\s+)?"
    r"(?:imposed|placed|applied|extended|levied|slapped)\b"
)


def _negated(low: str, cue: Cue) -> bool:
    """Whether a sanctions cue is negated: ``_NEGATION`` before it or ``_NEGATED_AFTER`` after it (cheap substring
    tests guard the regexes)."""
    before = low[cue.start - 60 if cue.start > 60 else 0 : cue.start]
    return bool(
        (" no" in before or "n't" in before or "n’t" in before or "never" in before or " out " in before
         or "refus" in before or "declin" in before or "short of" in before)
        and _NEGATION.search(before)
    ) or (low.startswith(" ", cue.end) and _NEGATED_AFTER.match(low, cue.end) is not None)


# "after Cyprus lifted its veto", "Hungary dropped its objections": a member that lets sanctions pass joins in them.
_LIFTS_VETO = re.compile(
    r"(?:['’]s\s+[\w-]+)?(?:\s+(?:has|have|had|finally|also|then|later|eventually))*\s+(?:lift|drop|withdr[ae]w|end|abandon"
    r"|waiv)\w*\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w-]+\s+){0,2}?(?:veto|vetoes|objections?|opposition|blockade)\b"
)


def _lifts_veto(low: str, end: int) -> bool:
    """Whether the actor ending at ``end`` lifts its veto of sanctions (``_LIFTS_VETO``; a substring test guards it)."""
    after = low[end : end + 60]
    return ("veto" in after or "objection" in after or "opposition" in after or "blockade" in after) and bool(
        _LIFTS_VETO.match(after)
    )


# A headline's verb of punishing right before an actor: the actor is its object.
_PUNISHED = re.compile(
    r"\b(?:targets|targeted|targeting|hits|punish(?:es|ed|ing)|penali[sz](?:es|ed|ing)|blacklists|bans?|banned|bars|barred)"
    r"\s+(?:the\s+)?$"
)
_JOINS = re.compile(r"\b(?:join|joining|back|backing|follow|following)\s+(?:[\w-]+\s+){0,2}$")
_FROM = re.compile(r"^\s+from\s+(?:the\s+)?$")
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$")
_SANCTION_NOUNS = ("sanctions", "embargoes", "penalties", "measures", "restrictions")
# "the Houthis were designated terrorists by the US": the complement, then the agent
_TERRORISTS_BY = re.compile(r"\s+(?:as\s+)?(?:an?\s+)?(?:foreign\s+)?terrorists?(?:\s+(?:group|organi[sz]ation)s?)?\s+by\b")
_LABEL_END = re.compile(r"(?:\s+[a-z-]+){0,2}:")  # "Russia sanctions: ...", "Syria sanctions relief: ..."
_AFTER_LABEL = 0.6  # an actor in the story a headline's label introduces: enough to count, less than grammar


def _judge_sanction(sentence: str, low: str, site: _Site, hits: list[Hit]) -> tuple[str, float]:
    hit = site.hit
    if _negated(low, site.cue) and (site.before or not _JOINS.search(low, max(0, site.cue.start - 40), site.cue.start)):
        # "will not join Western sanctions on Moscow": who stays out is no imposer, but the sanctions and their target exist
        return ("imposer" if usual_imposer(hit.actor) else "target"), 0.0
    start = _list_start(sentence, hit, hits) if site.before else hit.start
    if _PUNISHED.search(low, start - 16 if start > 16 else 0, start):
        return "target", 1.0  # "US targets Putin's daughters", "Russia bans Biden and Blinken": the verb's object
    if _lifts_veto(low, hit.end):
        return "imposer", 1.0
    if not site.before and low.startswith((" veto", "'s veto", "’s veto"), hit.end):
        return ("imposer" if usual_imposer(hit.actor) else "target"), 0.0  # "... to disband after Russian veto"
    if ":" in low[site.cue.end : site.cue.end + 24] and _LABEL_END.match(low, site.cue.end):
        # a headline's label: "Russia sanctions: EU agrees sixth package" names the regime by its target (or its
        # imposer: "US sanctions: ..."); what follows is a story about those sanctions, its grammar read elsewhere
        return ("imposer" if usual_imposer(hit.actor) else "target"), 1.0 if site.before else _AFTER_LABEL
    if ";" in site.low_gap or site.before and ":" in site.low_whole:
        # "Ukraine signs a truce; the West presses ahead with sanctions": another clause's actor; "Ukraine invasion: West
        # hits Russia with sanctions": a headline's label is no subject of the verb after it
        role = None
    elif site.before:
        role = _sanction_before(sentence, low, site, hits)
        if _OBJECT_BEFORE.search(low, hit.start - 20, hit.start) and not site.gap.lstrip().startswith("to ") or (
            "accus" in low[hit.start - 80 if hit.start > 80 else 0 : hit.start] and _IN_ACCUSATION.search(low, 0, hit.start)
        ):
            role = None  # "told the UN that ... lift the embargo", "cut ties with Qatar and imposed": not the one acting
        if role == "imposer" and _GOODS_TO.search(low, hit.start - 24 if hit.start > 24 else 0, hit.start):
            role = None  # "US arms sales to Taiwan ... drew threats of sanctions"
    else:
        role = _sanction_after(low, site, hits)
    if hit.kind == ENTITY and role != "target":
        return "target", 0.0  # a firm, unit or oligarch never imposes: named beside sanctions it only counts as their target
    if role is None or role == _NEITHER:
        return ("imposer" if usual_imposer(hit.actor) else "target"), 0.3 if role is None else 0.0
    return role, 1.0


# "Venezuela accused Washington of imposing illegal sanctions", "..., accusing it of imposing sanctions": the accuser
# is the one who suffers them; the accused, after "of", imposes them.
_ACCUSES_OF_IMPOSING = re.compile(
    r"\baccus(?:e|es|ed|ing)\s+(?:[\w.'’-]+\s+){1,4}?of\s+(?:[^.;:]{0,60}?\b(?:and|or)\s+of\s+)?(?:\w+ly\s+)?"
    r"(?:impos|slapp|introduc|wag|using|appl)\w*\b[^.;:]{0,80}$"  # "accusing it of being manipulated ... and of imposing"
)


_OWNED_SUBJECT = re.compile(r"['’]s\s+[\w-]+(?=\s+(?:was|were|is|are|has|had|have|will|would|could|helped|kept)\b)")
_AND_ALLIES = re.compile(r"^\s*(?:,\s*)?and\s+(?:its\s+|their\s+|western\s+|other\s+|european\s+)*(?:allies|partners)\s+$")


# the end of sanctions demanded, right before their cue
_END_DEMANDED = re.compile(
    r"\b(?:demand|call|urg)\w*\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:immediate\s+)?(?:end|ending|lifting|removal)\s+(?:of|to)\s+"
    r"(?:the\s+)?(?:[\w.'’-]+\s+){0,5}$"
)
_NEITHER = "neither"  # what one who condemns or demands the end of sanctions is: no role, whatever else is near


def _sanction_before(sentence: str, low: str, site: _Site, hits: list[Hit]) -> str | None:
    hit, cue, gap, low_gap = site.hit, site.cue, site.gap, site.low_gap
    word = low[cue.start : cue.end]
    clause = 0  # where the actor's own clause starts in the gap
    if "," in low_gap and (relative := _RELATIVE.match(low_gap)):
        clause = relative.end()
        gap, low_gap = gap[clause:], low_gap[clause:]  # "Britain, which is not bound by ..., sanctioned"
    if " and " in low_gap and site.direct and _AND_ALLIES.match(low_gap):
        gap = low_gap = ""  # "UK and allies sanction Israeli ministers": the subject and its unnamed partners
    if "accus" in site.low_whole and not site.low_whole.startswith(", accusing") and _ACCUSES_OF_IMPOSING.search(site.low_whole):
        return "target"  # (not "leaving ECOWAS, accusing it of ...": the object before the participle is the accused)
    if site.direct and gap == "-":
        return "imposer" if usual_imposer(hit.actor) else "target"  # "US-sanctioned" vs "Iran-sanctioned"
    if site.direct and low_gap in ("-related ", "-linked ", "-focused "):
        # "Iran-related sanctions": the regime named by its target; "Ukraine-related sanctions on Russia": by its cause
        return None if _names_target(low, site, hits) else "target"
    if site.direct and _VETOES.match(low_gap):
        return _NEITHER  # "China again blocked the bid to blacklist the militant chief": the vetoer has no role
    if ("end" in site.low_whole or "lift" in site.low_whole) and _END_DEMANDED.search(site.low_whole):
        # "adopted a resolution demanding the end of the United States' economic blockade"
        return _NEITHER if usual_imposer(hit.actor) else "target"
    if "," in low_gap and _IN_RELATIVE.search(low, max(0, hit.start - 60), hit.start):
        return None
    if "ing" in site.low_whole and _COMMA_PARTICIPLE.search(site.low_whole) and _SUBORDINATE.search(
        low, max(0, hit.start - 30), _list_start(sentence, hit, hits)
    ):
        return None  # "talks with Iran since Israel and the US struck it, aiming to defer the mechanism": another clause
    if site.direct and ("sa" in low_gap or "added" in low_gap) and _OWN_BEFORE.search(low_gap) and _own(low, site, hits):
        return "imposer"
    if site.direct and word.startswith(("sanctioned", "blacklisted", "designated")):
        bare = gap.removesuffix("re-")  # "re-designated"
        if head := _HEAD.match(bare):
            bare = bare[head.end() :]
        if _PASSIVE.match(bare):
            passive = low.startswith(" by", cue.end) or _TERRORISTS_BY.match(low, cue.end)
            return "target" if passive or bare.strip() else "imposer"
    if site.direct and not low_gap.strip() and word.startswith(_VERB_PHRASE_CUES):
        return "imposer"  # "Russia bans Western food imports", "the US redesignates the Houthis as terrorists"
    if site.direct and (word in _VERB_CUES or word.startswith(("freez", "froze", "ban", "stop", "sever", "halt", "suspend", *_CUT_OFF))) and _ACTIVE_SUBJECT.search(low_gap):
        return "imposer"  # "the Treasury said it had sanctioned ...", "London plans to sanction ...", "resolutions, which ban"
    if (word.endswith("list") or word.startswith("list of")) and _ONTO.match(low_gap):
        return "target"
    if site.direct and word.startswith(("assets", "funds", "reserves")) and _OWNER_OF.match(low_gap):
        return "target"  # "the Russian billionaire's assets are frozen": whose assets they are
    if site.direct and low_gap == " to ":
        start = _list_start(sentence, hit, hits)
        if _AGENT_BY.search(low, max(0, start - 60), start):
            return "imposer"  # "a decision by the US, Britain and Canada to cut Russian banks from SWIFT"
    if site.direct and _THEIR_ASSETS.match(word) and _AND_THEIRS.match(low_gap) and _OBJECT_OF.search(
        low, hit.start - 24, hit.start
    ):
        return "target"
    if " or fac" in site.low_whole and (threat := _threat(low, site)):
        return threat
    if low.endswith("if ", 0, hit.start) and _REFUSES.match(low_gap):
        return "target"  # "if Moscow refused, there would be a massive tightening of sanctions"
    if ("eas" in site.low_whole or "lift" in site.low_whole or "relax" in site.low_whole) and _RESISTS_RELIEF.match(
        site.low_whole, clause
    ):
        return "imposer"  # "Washington rejected calls to lift the embargo", "Germany opposed easing": it keeps them
    if _relief_as_condition(low, site):
        return None if _names_target(low, site, hits) else "target"
    if not usual_imposer(hit.actor) and " over " in site.low_whole and _OVER_CUE.search(site.low_whole):
        return "target"  # "Iran threatens oil cut over sanctions", "North Korea warns over sanctions": a reaction
    if ("condemn" in site.low_whole or "denounc" in site.low_whole) and _CONDEMNS.match(site.low_whole):
        # "UN votes 187-3 to condemn US embargo against Cuba": a body condemning sanctions neither imposes nor suffers
        # them; a state condemning them suffers them ("Tehran condemned the new sanctions")
        return _NEITHER if usual_imposer(hit.actor) else "target"
    if not site.direct and _LONE_VERB.fullmatch(low_gap) and (owned := _OBJECT_OWNED.match(low, hit.end + len(site.low_gap))):
        if cue.start - owned.end() > 24:
            return None  # "China and Russia supported Iran's position, stating ...": the verb's object is another's noun
    if "relief" in site.low_whole and _SEEKS_RELIEF.search(site.low_whole):
        return "target"  # "Russia sought relief from sanctions imposed by the West"
    if not usual_imposer(hit.actor) and _welcomes_relief(site.low_whole + word):
        return None if _names_target(low, site, hits) else "target"
    if " and " in low_gap and (earlier := _EARLIER_VPS.search(low_gap)):
        low_gap = low_gap[earlier.end() :]
    charged = _may_be_charged(low_gap) and _CHARGED.search(low_gap)
    verbs = low_gap[charged.end() :] if charged else low_gap  # the words the verb class is read from
    if verbs.startswith(("'s ", "’s ")) and (owned := _OWNED_SUBJECT.match(verbs)):
        verbs = verbs[owned.end() :]  # "Beijing's support was keeping Maduro in power": "support" is a noun
    verb = _main_verb(verbs, _SANCTION_VERBS)
    if verb is None and not site.direct and not site.low_whole.endswith("anti-") and (
        _PRESSED.search(low_gap) or _PREPOSITION_END.match(low_gap)
    ):
        # "lobbied European capitals to trigger the mechanism", "... to blacklist the group" (the cue is the verb);
        # "lost patience with the bloc and acted alone, imposing ...": the actor between is no subject
        verbs = site.low_whole + word
        verb = _main_verb(verbs, _SANCTION_VERBS)
    if verb == "imposer" and charged:
        return None  # "was indicted on charges of breaching ...": never the one punishing
    if verb == "neither" or verb == "target" and usual_imposer(hit.actor) and _DISAPPROVE.search(low_gap):
        return _NEITHER  # the UN condemning an embargo is neither its imposer nor its target
    if verb == "target" and (_violates_others(low, site, hits, verbs) or _REPORTS_VIOLATIONS.match(verbs)):
        return None
    if verb == "imposer":
        return _subject_or_object(low, site)
    if verb:
        return verb
    if site.direct and not usual_imposer(hit.actor) and _FOREIGN.search(low, cue.start - 40, cue.start):
        return "target"  # "the Kremlin said Western sanctions had failed"
    if not usual_imposer(hit.actor) and (
        _complains(low, site)
        or " as " in low_gap and _AS_BEFORE.search(low_gap) and not _verb_cue(sentence, word, cue, hits)
    ):
        return "target"  # "Tehran said the UN sanctions were illegal", "Russia defaults as sanctions bite"
    if usual_imposer(hit.actor) and _goes_ahead(low, cue.end):
        return "imposer"  # "Cameron said the sanctions should go ahead", '"We are clear the sanctions will be applied"'

    if site.direct and _VERBLESS.match(_MEASURE_OF.sub("", gap) if gap.endswith("of ") else gap):
        if _verb_cue(sentence, word, cue, hits):
            return "imposer"  # "China sanctions US defence firms": the verb, not the noun
        if any(_named_after(low[cue.end : h.start]) for h in hits if h.start >= cue.end):
            return "imposer"  # "US sanctions on Syria"
        return "imposer" if usual_imposer(hit.actor) else "target"  # "EU sanctions", "Russia sanctions"
    return None


def _verb_cue(sentence: str, word: str, cue: Cue, hits: list[Hit]) -> bool:
    """Whether a cue ``word`` is the verb of its sentence, followed by its object: "China sanctions US defence firms",
    "as Washington sanctions 2,600 individuals"."""
    return word in ("sanctions", "sanction", "blacklists") and (
        _OBJECT_AFTER.match(sentence, cue.end) is not None
        or any(0 < h.start - cue.end <= 2 for h in hits)
        or _NAME_AFTER.match(sentence, cue.end) is not None and not _title_case(sentence)
    )


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # "China sanctions Pompeo" (a name, though not an office holder that day)
_LONG_WORD = re.compile(r"\b[A-Za-z]{4,}\b")


def _title_case(sentence: str) -> bool:
    """Whether every long word of a sentence is capitalised ("US Sanctions Bill Passes Senate"): its case tells nothing."""
    return all(w[0].isupper() for w in _LONG_WORD.findall(sentence))


# "the sanctions should go ahead", "will be applied": what one who usually imposes sanctions says of them is its own act.
_GOES_AHEAD = re.compile(
    r"\s+(?:will|would|must|should|shall)\s+(?:still\s+|now\s+)?(?:go ahead|stay|remain in place|be (?:applied|imposed|enforced"
    r"|implemented|tightened|maintained))\b"
)


def _goes_ahead(low: str, end: int) -> bool:
    """Whether the sanctions cue ending at ``end`` will go ahead (``_GOES_AHEAD``; a substring test guards it)."""
    return low.startswith((" will", " would", " must", " should", " shall"), end) and bool(_GOES_AHEAD.match(low, end))


def _may_be_charged(low_gap: str) -> bool:
    """A cheap test that must pass before ``_CHARGED`` can match: one of its verb stems."""
    return (
        "charg" in low_gap or "indict" in low_gap or "fined" in low_gap or "prosecut" in low_gap
        or "penali" in low_gap or "punish" in low_gap
    )


def _may_be_condition(text: str) -> bool:
    """A cheap test that must pass before ``_CONDITION`` can match: one of its words."""
    return (
        "until" in text or "unless" in text or "before" in text or "provided" in text or "in exchange for" in text
        or "in return for" in text or "condition" in text
    )


def _own(low: str, site: _Site, hits: list[Hit]) -> bool:
    """Whether "its/our sanctions", said by an actor, are sanctions it imposes: it usually imposes them, or their
    target is named ("China said its sanctions on US firms ...", not "Iran said its sanctions relief ...")."""
    return usual_imposer(site.hit.actor) or _names_target(low, site, hits)


def _threat(low: str, site: _Site) -> str | None:
    """The roles of an ultimatum: "X gave Moscow an ultimatum to accept a truce or face sanctions": the one told
    is the target, the subject who tells it the imposer."""
    if not _OR_FACE.search(site.low_whole):
        return None
    if _TOLD.search(low, max(0, site.hit.start - 24), site.hit.start):
        return "target"
    if _SUBJECT_VERB.match(site.low_gap):
        return "imposer"
    # "demanded that Russia agree to a truce or face sanctions": the subject of the verb that "or face" ends is told
    return "target" if site.direct else None


def _named_after(gap: str) -> bool:
    """Whether the words from a cue to an actor make it the target ("sanctions on Syria", "the embargo against
    Cuba"), not a side phrase ("over the invasion of Ukraine")."""
    return bool(_TARGET_PREP.search(gap)) and not _ADJUNCT.search(gap) and not _TIME_PREP_END.search(gap)


# "... sanctions panel to disband after Russian veto": an actor after a preposition of time is in an adjunct
_TIME_PREP_END = re.compile(r"\b(?:after|before|amid|following|despite|since|until|during)\s+(?:the\s+|an?\s+)?$")


def _relief_as_condition(low: str, site: _Site) -> bool:
    """Whether the subject of a clause before a sanctions cue sets relief from them as its condition: "would not
    agree to a truce until Western sanctions were lifted", "in exchange for the lifting of sanctions" (not the
    subject of an earlier clause: "X said ..., but Moscow said it would not sign until ..."); "the withdrawal of
    Russian troops would be a precondition for lifting sanctions" (but not the one who says so)."""
    condition = _CONDITION.search(site.low_whole) if _may_be_condition(site.low_whole) else None
    if condition is None:
        return False
    before = site.low_whole[: condition.start()]
    if condition.group("copula") and _REPORTED.search(before):
        return False
    return bool(before.strip()) and not _clause_break(before) and bool(
        _RELIEF_BEFORE.search(site.low_whole, condition.end()) or _RELIEF_AFTER.match(low, site.cue.end)
    )


def _welcomes_relief(text: str) -> bool:
    """Whether lower-cased ``text`` welcomes relief from sanctions (``_WELCOME_RELIEF``; substring tests guard it)."""
    return ("welcom" in text or "hail" in text or "prais" in text or "applaud" in text or "celebrat" in text) and bool(
        _WELCOME_RELIEF.search(text)
    )


def _names_target(low: str, site: _Site, hits: list[Hit]) -> bool:
    """Whether another actor is named as the target right after the cue: "sanctions on Iran"."""
    end = site.cue.end
    return any(_ON_ACTOR.fullmatch(low, end, h.start) for h in hits if h.start >= end and h.actor != site.hit.actor)


def _violates_others(low: str, site: _Site, hits: list[Hit], verbs: str) -> bool:
    """Whether an actor breaks sanctions whose target is another actor named with them (``verbs``, the words its
    verb was read from, say so): "Chinese executives violating U.S. sanctions on Iran", "firms breaching Russia
    sanctions", "India will import oil from Iran despite US sanctions" (but "Iran evaded U.S. sanctions")."""
    if not _VIOLATE.search(verbs):
        return False
    hit, cue = site.hit, site.cue
    return _names_target(low, site, hits) or any(
        hit.end <= h.start < cue.end and not usual_imposer(h.actor) and _VERBLESS.match(low, h.end, cue.start)
        for h in hits
        if h.actor != hit.actor
    )


def _complains(low: str, site: _Site) -> bool:
    """"Tehran said the UN sanctions were illegal": a speaker who calls sanctions on no one named unlawful."""
    return (
        ("said" in site.low_gap or "says" in site.low_gap or "called" in site.low_gap)
        and bool(_SPEAKER.search(site.low_gap))
        and bool(_COMPLAINT.match(low, site.cue.end))
    )


def _close_to(low: str, start: int) -> bool:
    """Whether the actor at ``start`` is the one a sanctioned person is close to: "a banker close to Putin"."""
    before = low[start - 60 if start > 60 else 0 : start]
    # every match holds one of these words: cheap tests of them guard the regex
    return (
        ("close" in before or "linked" in before or "tied" in before or "connected" in before or "loyal" in before
         or "allies" in before or "ally" in before or "associate" in before or "croni" in before or "crony" in before
         or "confidant" in before or "friend" in before or "inner circle" in before or "relatives" in before)
        and _CLOSE_TO.search(low, start - 60, start) is not None
    )


# "Libya compensation deal", "Iran nuclear talks": an actor that names the event heading the subject.
_EVENT_HEAD = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}?(?:deal|talks|row|crisis|dispute|vote|election|accord|agreement|report|case|trial"
    r"|compensation|payout|settlement)\s+(?![a-z]+ed\b)"
)


def _subject_or_object(low: str, site: _Site) -> str | None:
    """The role of an actor before a verb of imposing: its subject imposes, unless it asks for relief ("Tehran
    urged the UN to lift ...", "Moscow wants sanctions eased"; for others: "Turkey urged the EU to lift sanctions
    on Syria") or is the object
    of an earlier verb ("the AU suspended Mali and imposed ...")."""
    hit, low_gap = site.hit, site.low_gap
    if not usual_imposer(hit.actor) and (
        _ASK_RELIEF.search(site.low_whole)
        or ("want" in low_gap and _WANT.search(low_gap) and _RELIEF_AFTER.match(low, site.cue.end))
    ):
        return None if _ON_NAMED.match(low, site.cue.end) else "target"
    if " and " in low_gap and _NEXT_VERB.match(low_gap) and _OBJECT_OF.search(low, hit.start - 24, hit.start):
        return "target"
    if ("," in low_gap or " and " in low_gap) and _COORDINATED_VP.match(low_gap) and _PREP_BEFORE.search(
        low, hit.start - 16 if hit.start > 16 else 0, hit.start
    ):
        return None  # "pulls U.S. out of Iran nuclear deal, reimposes sanctions": Iran is no subject
    if _EVENT_HEAD.match(low_gap):
        return None  # "Libya compensation deal ends sanctions": the deal ends them, Libya only names it
    return "imposer"


_OTHER_AGENT = re.compile(
    r"^[^\w'’-]*(?:[\w'’-]+[^\w'’-]+){4,}?(?:led|chaired|mediated|hosted|brokered|backed|run|headed|organi[sz]ed|used"
    r"|operated|supplied|made|built|manufactured|fired|launched|deployed|owned|controlled)\s+by\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+){0,2}$"
)
# An aside on a subject's plight: ", under Western sanctions since the coup," or ", facing U.S. sanctions,".
_SUFFERING_ASIDE = re.compile(
    r",\s+(?:already\s+|long\s+|still\s+)?(?:under|facing|subject to|hit by|hit with|crippled by)\s+(?:[\w.'’-]+\s+){0,3}$"
)


def _sanction_after(low: str, site: _Site, hits: list[Hit]) -> str | None:
    gap = site.low_gap
    if len(gap) > 100:
        return None
    if "," in gap and _SPEAKS_AFTER.match(low, site.hit.end):
        # "... in violation of sanctions, the State Department said": the speaker, not an object
        cue = site.cue
        return "imposer" if _OUR.search(low, max(0, cue.start - 30), cue.start) and _own(low, site, hits) else None
    if _BY.search(gap) and (_OPPOSE.search(gap) or _OTHER_AGENT.search(gap)):
        # "the sanctions, blocked by Hungary": the one blocking neither imposes nor suffers them; "the embargo could
        # undermine the regional peace process led by IGAD": the agent of another noun
        return _NEITHER if _OPPOSE.search(gap) else None
    if _BY.search(gap) or "with" in gap and _WITH_IMPOSER.search(gap) or "under" in gap and _UNDER_OF.search(gap):
        return "imposer"
    if "by " in gap and _MEANS.search(gap):
        return None  # "evading sanctions by shipping arms to Russia": Russia is neither
    if "ing " in gap and _HELPING.search(gap):
        # "sanctions on firms accused of shipping Iranian oil": the state helped is the target, unless the sanctions
        # name a state as their object ("Britain sanctions Iran for supplying drones to Russia")
        first = next((h for h in hits if site.cue.end <= h.start < site.hit.start), None)
        return None if first and first.kind == NAME and first.start - site.cue.end <= 10 else "target"
    hit = site.hit
    if "," in gap and _SUFFERING_ASIDE.search(low, max(0, site.cue.start - 40), site.cue.start):
        return None  # "The junta, under Western sanctions since the coup, relies on China": the main clause's object
    if (_FROM.match(gap) or _OF.match(gap)) and low.startswith(_SANCTION_NOUNS, site.cue.start):
        return "imposer"  # "hit by sanctions from the US, the EU and the UK", "co-ordinated with the sanctions of the UK"
    if "port" in low[site.cue.start : site.cue.end] and _FROM.match(gap) or low.endswith(" from", 0, site.cue.end) and (
        site.direct and len(gap) < 6
    ):
        # "a ban on all imports from North Korea", "a ban on diamond exports from Liberia", "a ban on all meat from the US"
        return "target"
    if _close_to(low, hit.start) and not _SPEAKS_AFTER.match(low, hit.end):
        return "target"
    if not site.direct:
        return None
    if _ADJUNCT.search(gap) or "to " in gap and _DESTINATION.search(gap):
        return None
    if len(gap) <= 50 and _TARGET_PREP.search(gap):
        # not "the sanctions do not signal support for the SAF": the object of another noun; not "would not affect
        # the operations of the UN": exempt
        return None if _SUPPORT_FOR.search(gap) or _NOT_AFTER.search(gap) else "target"
    word = low[site.cue.start : site.cue.end]
    if len(gap.split()) <= 2 and not word.endswith(
        ("ban", "bans", "embargo", "embargoes", "measures", "restrictions", "listing", "listings")
    ):
        return "target"  # object of "sanctioned" / "blacklisted"
    return None


def ceasefire_claims(
    sentence: str, low: str, cues: list[Cue], hits: list[Hit], others: Sequence[Cue] = ()
) -> list[Claim]:
    """Party/broker/urger claims for every actor in a sentence (and its lower-cased ``low``) with ceasefire cues."""
    at_war_in = _truce_in(low, cues, hits)
    hosts = [h for h in hits if h.kind != CAPITAL and _talks_in(low, h.start)]
    hits = sorted({*_acting_hits(sentence, hits), *hosts}) if hosts else _acting_hits(sentence, hits)
    return _judge_all(sentence, low, cues, hits, _judge_ceasefire, others) + at_war_in


def _truce_in(low: str, cues: list[Cue], hits: list[Hit]) -> list[Claim]:
    """"A ceasefire in Ukraine", "the truce in Lebanon": a state at war that names where the truce would hold
    is one of its sides; "a ceasefire in Gaza", "the Kashmir truce": a known war zone names both sides."""
    places_in = [
        m
        for cue in cues
        if low.startswith(" ", cue.end)
        and (m := _IN_PLACE.match(low, cue.end))
        and not _SIGNED_BEFORE.search(low, max(0, cue.start - 40), cue.start)
    ]
    # the region word may be part of the name: "in Northern Ireland", "in the Central African Republic"
    starts = {m.end() for m in places_in} | {m.start(1) for m in places_in if m.start(1) >= 0}
    places, spaced = _zone_places()  # one C-level test of them all first: most truces name none
    in_zone = [start for start in starts if low.startswith(places, start)]
    before_zone = [cue.start for cue in cues if cue.strong and low.endswith(spaced, 0, cue.start)]
    zones = [
        sides
        for place, sides in _war_zones()
        if any(low.startswith(place, start) and not low[start + len(place) : start + len(place) + 1].isalpha()
               for start in in_zone)
        or any(low.endswith(place + " ", 0, end) for end in before_zone)
    ] if in_zone or before_zone else []
    if not starts and not zones:
        return []
    named = [
        Claim(h.actor, "party", 1.0)
        for h in hits
        if h.start in starts and h.actor in conflicts_by_actor() and not _BROKER_AFTER.match(low[h.end : h.end + 40])
    ]  # not "a ceasefire in Egypt-led talks"
    return named + [Claim(actor, "party", 1.0) for sides in zones for actor in sorted(sides)]


@cache
def _zone_places() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The places of ``_war_zones``, and each with a space after it."""
    places = tuple(place for place, _ in _war_zones())
    return places, tuple(place + " " for place in places)


# "a truce in eastern Congo", "a fragile truce around Tripoli", "a ceasefire took effect across Bosnia"
_IN_PLACE = re.compile(r" (?:(?:took|takes|take|went|goes|came|comes) (?:into )?effect )?(?:in|around|across|throughout)"
                       r" (?:the )?((?:eastern|western|northern|southern|central|north-?eastern|north-?western"
                       r"|south-?eastern|south-?western) )?")
# "rebels sign ceasefire in Chad": where a truce is signed is its venue, not its war.
_SIGNED_BEFORE = re.compile(r"\bsign(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$")


@cache
def _war_zones() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each known war zone (lower-cased, "gaza") and the actors of both sides of its war."""
    return tuple(
        (place, frozenset(c["sides"][0]) | frozenset(c["sides"][1]))
        for c in load("conflicts")["conflict"]
        for place in c.get("places", ())
    )


def headline_target(title: str, hits: list[Hit]) -> Claim | None:
    """"Myanmar: US and UK sanction army-run firms", "Niger coup: ...": the subject before a headline colon (or the
    place of the coup, the election, the crackdown it names) is the target."""
    m = _HEADLINE_SUBJECT.match(title)
    if (
        m
        and hits
        and hits[0].start == m.start(1)
        and (hits[0].end == m.end(1) or _LABEL_EVENT.fullmatch(title, hits[0].end, m.end(1)))
        and not usual_imposer(hits[0].actor)
    ):
        return Claim(hits[0].actor, "target", 0.6)
    return None


# "threatened sanctions ... unless Moscow agrees to a ceasefire": sanctions held over a side until it keeps a truce.
_LEVERAGE = re.compile(
    r"\b(?:unless|until|if|as long as|so long as|to (?:force|push|press|pressure|compel|coerce|make|get))\b"
)


def leverage_claims(low: str, cues: list[Cue], sanctions: Sequence[Claim]) -> list[Claim]:
    """Those who impose or threaten sanctions until a side agrees to a truce urge the truce: an actor in
    ``sanctions`` (the sentence's sanctions claims) with a clear imposer role, when a sanctions cue is followed,
    within the clause, by a condition and then a ceasefire cue."""
    for cue in cues:
        if cue.topic != "sanctions":
            continue
        truce = next((c for c in cues if c.topic == "ceasefire" and c.start > cue.end), None)
        if truce and truce.start - cue.end < 150 and not _clause_break(between := low[cue.end : truce.start]) and (
            _LEVERAGE.search(between)
        ):
            return [Claim(c.actor, URGER, 1.0) for c in sanctions if c.role == "imposer" and c.weight >= 1]
    return []


def pronoun_claims(topic: Topic, low: str, cues: list[Cue], previous: str, on: date | None) -> list[Claim]:
    """A subject pronoun ("it", "they", "he", "she") acting on the topic stands for the subject of the ``previous``
    sentence, with the actors joined to it: "Azerbaijan launched an offensive. A day later, it agreed to a ceasefire"
    (a party, never a mediating organisation); "Britain and Canada acted together. They said they would impose ..."
    (imposers); "Trump said ... Last week he said he was considering banking sanctions" (an imposer)."""
    first = cues[0].start
    pattern, role = _PRONOUN_ACTS[topic]
    if not any(pattern.match(low, i, first) for i in _pronouns(low, first)):
        return []
    return [
        Claim(h.actor, role, 0.6)
        for h in subjects(previous, on)
        if role != "party" or (org_kind(h.actor) != "org" and not usual_broker(h.actor))
    ]


def subjects(sentence: str, on: date | None) -> list[Hit]:
    """The first actor of a sentence and those joined to it: "Britain, Canada and Norway imposed ..."."""
    hits = _acting_hits(sentence, find_actors(sentence, on))
    found = hits[:1]
    for hit in hits[1:]:
        if not _CONJUNCT.match(sentence[found[-1].end : hit.start]):
            break
        found.append(hit)
    return found


# "the governments", "the five countries", "urged the five to": a definite plural that stands for a list of actors.
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ANAPHOR = re.compile(
    rf"\bthe (?:(?P<n>{'|'.join(_NUMBERS)}) )?(?:governments|countries|nations|allies|powers)\b"
    rf"|\bthe (?P<m>{'|'.join(_NUMBERS)})\b(?= (?:to|have|had|said|say|were|are|will|would|also)\b)"
)
# What every match of ``_ANAPHOR`` starts with: a literal start, which the regex engine finds fast.
_MAY_ANAPHOR = re.compile(rf"the (?:{'|'.join(_NUMBERS)}|governments|countries|nations|allies|powers)")


def anaphors(low: str) -> list[tuple[int, int, int | None]]:
    """The (start, end, number) of each definite plural in lower-cased ``low`` that stands for a list of actors."""
    if not _MAY_ANAPHOR.search(low):
        return []
    return [(m.start(), m.end(), _NUMBERS.get(m.group("n") or m.group("m") or "")) for m in _ANAPHOR.finditer(low)]


def antecedent_list(sentences: Sequence[str], number: int | None, on: date | None) -> tuple[str, ...]:
    """The actors of the nearest of ``sentences`` (nearest first) whose subject is a list of two or more (of
    ``number`` when it is given): what "the governments" or "the five countries" stand for."""
    for sentence in sentences:
        actors = tuple(dict.fromkeys(h.actor for h in subjects(sentence, on)))
        if len(actors) >= 2 and number in (None, len(actors)):
            return actors
    return ()


# '"We call on both sides to ...": a quote that opens with "we" speaks for the speaker of the sentence before.
_QUOTED_WE = re.compile(r"[\"“‘']\s*we\b")


def quoted_we(low: str, previous: str, on: date | None) -> tuple[Hit, ...]:
    """The speaker named in ``previous`` ('"...," the State Department said.') as mentions at the "we" that opens
    the quote of lower-cased ``low``."""
    we = _QUOTED_WE.match(low)
    if we is None or not previous:
        return ()
    speakers = [h for h in find_actors(previous, on) if _SPEAKS_AFTER.match(previous, _appositive_end(previous, h.end))]
    return tuple(Hit(we.end() - 2, we.end(), h.actor, h.kind) for h in speakers[-1:])


def _pronouns(low: str, end: int) -> list[int]:
    """Where the words "it", "they", "he" and "she" start in ``low[:end]``."""
    return [m.start() for m in _PRONOUN_WORD.finditer(low, 0, end)]


def names_the_sides(low: str) -> bool:
    """Whether a lower-cased sentence refers to the belligerents without naming them ("the warring parties");
    a unilateral truce implies the other side too ("Putin declared a unilateral Easter truce")."""
    if "unilateral" in low:
        return True
    return ("warring" in low or "sides" in low or "parties" in low or "belligerents" in low) and bool(
        _SIDES.search(low)
    )


# "the US vetoed a Security Council call for a ceasefire": the one who blocks a call neither fights nor brokers
_VETOES = re.compile(
    r"^\s*(?:(?:has|have|had|again|also|once|repeatedly|on\s+\w+day|last\s+\w+)\s+)*(?:vetoe?s|vetoed|vetoing|blocked|blocks"
    r"|blocking)\b"
)

# "signed a memorandum ..., a plan to shore up a shaky ceasefire": whoever acts to prop up a truce urges it, whatever
# verb came first (a side of the war stays a party, see _settle)
_PROPS_UP = re.compile(
    r"\b(?:plan|bid|effort|attempt|move|aimed|designed|intended|meant|seeking|order|steps|measures)\s+(?:at|to)\s+"
    r"(?:shor(?:e|ing) up|bolster(?:ing)?|consolidat(?:e|ing)|salvag(?:e|ing)|sav(?:e|ing)|cement(?:ing)?"
    r"|firm(?:ing)? up|prop(?:ping)? up)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$"
)

_AMONG_SIDES = re.compile(r"\b(?:all|both)\s+(?:sides|parties)(?:\s+to\s+the\s+conflict)?,?\s+including\s+(?:the\s+)?$")


def _judge_ceasefire(sentence: str, low: str, site: _Site, hits: list[Hit]) -> tuple[str, float]:
    hit, gap, low_gap = site.hit, site.gap, site.low_gap
    if site.before and _VETOES.match(low_gap):
        return UNCLEAR, 0.0
    if hit.kind != CAPITAL and _talks_in(low, hit.start):
        return URGER, 1.0  # "after talks in Saudi Arabia": the host, a broker unless at war
    window = low[max(0, hit.start - 80) : hit.start]
    tail = low[hit.end : hit.end + 40]
    if _SOURCE_AFTER.match(tail):
        return UNCLEAR, 0.0  # "a U.N. report said", "UN experts say": a source of facts, no side or broker
    if tail.startswith("-led") and _LED_SIDE.match(tail):
        return "party", 1.0  # "the Saudi-led coalition": a side
    after = _BROKER_AFTER.match(tail)
    if after and "hosted" in after.group():
        return URGER, 1.0  # "Egypt hosted talks": a broker, unless it is at war ("Ukraine hosted talks")
    if after or _named_broker(low, hit.end) or org_kind(hit.actor) == "org" and _MONITORS_AFTER.match(tail) or (
        _PEACEKEEPERS_AFTER.match(tail)  # "Russian peacekeepers are ... monitoring the ceasefire": a third party
    ) or (
        _may_broker(window) and (m := _BROKER_BY.search(window)) and not _verb_in_list(sentence, hit.start - len(window) + m.start(), hit.start)
    ):
        return "broker", 1.0
    if (
        site.before
        and not site.cue.strong
        and _BROKER_WORD.match(low, site.cue.start)
        and not low.endswith(" by", 0, site.cue.end)  # "the truce between X and the rebels, brokered by Norway"
        and not low.endswith("-", 0, site.cue.start)  # "DRC and Rwanda sign US-mediated accord": the US mediates
        and (_BROKER_SUBJECT_GAP.match(low_gap) or _THANKED_FOR.search(window) and _FOR_GAP.match(low_gap))
    ):
        # "Qatar, which has acted as a go-between", "Egypt and Qatar helped secure the deal"; a host as above
        return (URGER if _hosts(low, site.cue) else "broker"), 1.0
    if "host" in window and _HOSTED.search(low, 0, _list_start(sentence, hit, hits)):
        return "party", 1.0  # "Istanbul is ready to host Russian and Ukrainian negotiators": the host's guests
    if "negotiator" in low[hit.end : hit.end + 32] and _NEGOTIATORS_AFTER.match(low, hit.end):
        return URGER, 1.0
    if site.before and _urged_side(sentence, low, site, hits):
        return "party", 1.0
    if "including" in window and _AMONG_SIDES.search(window):
        return "party", 1.0  # "call on all sides, including the Saudi-led coalition, to halt fire"
    if site.before:
        if _PROPS_UP.search(low_gap):
            return URGER, 1.0
        m = _CEASEFIRE_VERBS.search(low_gap)
        if m and m.lastgroup == "party" and _REPORTED.search(low_gap, 0, m.start()):
            return UNCLEAR, 0.3  # "Qatar said negotiations on a ceasefire had reached the final stage": a speaker
        if m and m.lastgroup == "party" and _BETWEEN_OTHERS.match(low, site.cue.end):
            return URGER, 1.0  # "Russia's military declared a ceasefire between Syria's warring sides": a third party
        if m and m.lastgroup:
            # a reaction ("Jordan welcomed the ceasefire") weighs less than the detector's minimum claim (0.2), also
            # in a headline (weighed 1.5 times): it gives no role alone
            return m.lastgroup, 0.12 if m.lastgroup == UNCLEAR else 1.0
        if len(site.low_whole) < 40 and "between" in window and _BETWEEN_BEFORE.search(window):
            return "party", 1.0  # "talks between X and Y on a ceasefire"
        if site.direct and hit.kind == CAPITAL:
            return UNCLEAR, 0.3  # "the Pretoria truce", "the Doha talks": a venue
        if site.direct and (_VERBLESS.match(gap) or gap.startswith("-")):
            if org_kind(hit.actor) == "org" or usual_broker(hit.actor):
                return URGER, 1.0  # "a UN truce", "an Egyptian ceasefire proposal"
            return "party", 1.0  # "Israel-Hamas ceasefire", "Russia's truce"
    else:
        if _hosts(low, site.cue) and low_gap.lstrip().startswith("with "):
            return UNCLEAR, 0.0  # "Ukraine hosted talks with European allies": a guest, not a host
        if site.direct and _BROKER_WORD.match(low, site.cue.start) and _ALONGSIDE.match(low_gap):
            return (URGER if _hosts(low, site.cue) else "broker"), 1.0
        if site.direct and _BETWEEN.match(low_gap):
            return "party", 1.0  # "a ceasefire between X and Y", "a truce with X"
        if site.direct and "by" in low_gap and _SIGNED_BY.search(low_gap):
            return "party", 1.0  # "the armistice was signed in a railway carriage by Germany": a signatory
        if site.direct and len(gap) < 60 and _SIDE.search(low_gap) and _BY_END.search(low_gap):
            return UNCLEAR, 1.0  # "the truce announced by X": a side, or a third party announcing it
        if " amid " in low_gap:
            return UNCLEAR, 0.0  # "the ceasefire amid regional tensions involving Iran": the background
    return UNCLEAR, 0.3


_BY_END = re.compile(r"\bby\s+(?:the\s+)?$")
# a truce "between" others after its verb (not "between them", "between their forces", "between the two sides")
_BETWEEN_OTHERS = re.compile(r" between (?!(?:them|themselves|their|its|the two|both)\b)")
_SIGNED_BY = re.compile(r"^\s*(?:was\s+|were\s+|,\s+)?(?:signed|concluded)\b[^.;]{0,70}?\bby\s+(?:the\s+)?$")
# Talks held in a country (not its capital, which names only the venue): the country hosts them.
_TALKS_IN = re.compile(
    r"\b(?:talks|negotiations|meetings?|summit)\s+(?:held\s+|hosted\s+)?in\s+$"
    # "signed a ceasefire deal in Qatar": where the sides sign is the host's country
    r"|\bsign(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|truce|ceasefire|cease-fire"
    r"|declaration)(?:\s+of\s+[\w-]+)?\s+in\s+$"  # "signed a declaration of principles in Qatar"
)


def _talks_in(low: str, start: int) -> bool:
    """Whether the actor at ``start`` of lower-cased ``low`` is where talks are held: "talks in Saudi Arabia"."""
    lo = start - 40 if start > 40 else 0
    # the regex ends in "in" and spaces: a cheap test of that guards it
    return low[lo:start].rstrip().endswith("in") and _TALKS_IN.search(low, lo, start) is not None


def _hosts(low: str, cue: Cue) -> bool:
    """Whether a cue is the weak one of hosting talks ("hosted talks", "hosts negotiations")."""
    return not cue.strong and low.startswith("host", cue.start)


# A finite verb between "mediators from" and an actor ends the list of mediators.
_FINITE = re.compile(
    r"(?!(?:brokered|mediated|hosted|facilitated|guaranteed|sponsored|negotiated|arranged|overseen|monitored|initiated"
    r"|proposed|drafted|organi[sz]ed|united|led|based|backed|allied|involved|concerned|interested)$)[a-z]+ed"
    r"|said|says|say|told|tells?|urges?|press(?:es)?|calls?|asks?|wants?|met|meets?|will|would|could|have|has|had|is|are"
    r"|was|were|sent|sends?|went|goes|made|makes?|took|takes?|gave|gives?|got|gets?|sought|seeks?|brought|brings?"
)


_WORD = re.compile(r"[\w'’-]+")


def _verb_in_list(sentence: str, start: int, end: int) -> bool:
    """Whether the words between a "mediators from ..." phrase and an actor hold more than names: "Mediators from
    Qatar and Egypt urged Israel": Israel is not among the mediators."""
    return any(_FINITE.fullmatch(w) for w in _WORD.findall(sentence, start, end))


def _urged_side(sentence: str, low: str, site: _Site, hits: list[Hit]) -> bool:
    """Whether an actor (or the first of a list it ends, "Israel and Hamas") is the object of urging a truce on
    it: "urged Israel and Hamas on Tuesday to extend their ceasefire", "pressed Kyiv to accept a truce"."""
    if len(site.low_whole) > 80 or "to" not in site.low_whole or not _TO_KEEP.match(site.low_whole):
        return False
    start = _list_start(sentence, site.hit, hits)
    return bool(_URGED_BEFORE.search(low, start - 40, start))


def _list_start(sentence: str, hit: Hit, hits: list[Hit]) -> int:
    """Where the list an actor ends starts ("the US, Britain and Canada"): the start of its first conjunct."""
    start, index = hit.start, hits.index(hit) if hit in hits else -1
    while index > 0 and _CONJUNCT.match(sentence[hits[index - 1].end : start]):
        index -= 1
        start = hits[index].start
    return start


# "the US-drafted resolution", "the text, drafted by Britain, France and Germany", "the United States and Japan drafted
# the resolution": in a sanctions story, who drafts the resolution imposes its sanctions.
_DRAFTED_BY = re.compile(r"\b(?:co-)?(?:drafted|sponsored|tabled|circulated|put forward|drawn up)\s+by\s+(?:the\s+)?$")
_DRAFTS_AFTER = re.compile(
    r"-(?:drafted|sponsored)\b|(?:\s+(?:has|have|had|also|jointly|first))*\s+(?:co-)?(?:drafted|tabled|circulated"
    r"|sponsored|put forward)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:resolution|text|draft)\b"
)


def drafter_claims(sentence: str, low: str, hits: list[Hit], role: str = "imposer") -> list[Claim]:
    """Claims of ``role`` for the drafters of a resolution named in a sentence (and its lower-cased ``low``): the
    imposers of a sanctions story's resolution, the urgers of a truce story's."""
    hits = _acting_hits(sentence, hits)
    drafters: list[Claim] = []
    for index, hit in enumerate(hits):
        start, last = _list_start(sentence, hit, hits), index
        while last + 1 < len(hits) and _CONJUNCT.match(sentence[hits[last].end : hits[last + 1].start]):
            last += 1
        if _DRAFTED_BY.search(low, max(0, start - 40), start) or _DRAFTS_AFTER.match(low, hits[last].end):
            drafters.append(Claim(hit.actor, role, 1.0))
    return drafters
