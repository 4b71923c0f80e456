"""Topic cue words, and the rejection of their other senses (a rap "truce", a "sanctioned" bout)."""

import re
from operator import attrgetter
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import NamedTuple

import ahocorasick

from processors.detect.gazetteer import scan_order
from schemas.mention import Topic


class Cue(NamedTuple):
    """A word or phrase at ``[start, end)`` that names a topic; weak cues only count after a strong one."""

    topic: Topic
    start: int
    end: int
    strong: bool


# Cue patterns, matched against lower-cased text (much faster than a case flag). Every cue starts with a word
# character, so a leading (?<!\w) means \b; but it fails at once at the end of a word, where \b would try every
# alternative (a third faster).
# what a state stops selling to punish another (not a firm's shipments halted by a strike)
_GOODS = r"(?:oil|crude|grain|wheat|arms|weapons?|military equipment|fuel|gas|coal|food|technology|chips|semiconductors)"
STRONG: dict[Topic, re.Pattern[str]] = {
    "ceasefire": re.compile(
        r"(?<!\w)(?:cease-?fires?|cease[- ]fire|truces?|armistices?|cessations? of (?:all )?(?:hostilities|military actions?|fighting)"
        r"|humanitarian (?:pauses?|truces?)|(?:stop|halt|end|ending|stopping|halting|ceasing|cease)s? (?:the |all )?"
        r"(?:(?:street |armed |deadly |heavy |border |cross-border )?(?:fighting|clashes)|fire|firing|hostilities"
        r"|military actions?)|ceased fire|ceasing hostilities"
        r"|(?:stop|halt|suspend|cease)(?:s|ed|ing)? (?:all |its |their )?(?:military |combat |offensive )?operations"
        r"|(?:pauses?|halts?|moratorium) (?:in|to|on) (?:the )?(?:[a-z]+ )?(?:fighting|hostilities|strikes|attacks|operations?)"
        # "to halt four days of fighting", "end nearly two years of hostilities", "end a week of street fighting"
        r"|(?:stop|halt|end|ending|stopping|halting)s? (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:days?|weeks?|months?|years?"
        r"|decades?) of (?:street |armed |deadly |heavy |fierce )?(?:fighting|hostilities|clashes|bloodshed)"
        # "seeking an end to month-long fighting between Israel and Hezbollah", "an immediate end to hostilities"
        r"|(?:an|the) (?:immediate |swift |quick |permanent |lasting )?end (?:to|of) (?:the |all )?(?:[\w-]+ )?"
        r"(?:fighting|hostilities))\b",
    ),
    "sanctions": re.compile(
        r"(?<!\w)(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|asset[- ]freezes?|(?:freez(?:e|es|ing)|froze|frozen) (?:\S+ ){0,7}?(?:assets|reserves|funds)"
        r"|(?:assets|reserves|funds) (?:were |was |have been |had been |are |is |remain )?frozen|black-?list(?:s|ed|ing)?"
        r"|(?:export|import|arms|oil|trade|visa) bans?|visa restrictions|punitive measures|restrictive measures"
        r"|(?:(?<=u\.n\. )|(?<=un )|(?<=eu )|(?<=security council ))travel bans?"  # a body's travel ban is a sanction
        # "bans Russian imports" (whose imports: its object; "imports from X" is left to the other cues)
        r"|(?:ban(?:s|ned|ning)?|bar(?:s|red|ring))(?= (?!on |of |for )(?:all |the |any )?(?:[\w-]+ ){0,2}?"
        r"(?:(?:imports|exports)\b(?! of| from| to| rose| fell)|(?:airlines?|carriers?|aircraft|planes|tankers|vessels|ships)\b))"
        r"|bans? on (?:all |the )?(?:[\w-]+ )?(?:imports|exports)"
        # "banned imports of timber from Liberia", "a ban on sales of arms" (not of beef or wine: a health ban)
        r"|(?:bans?|banned|banning) (?:on )?(?:all |the )?(?:imports|exports|purchases|sales) of (?:[\w-]+ )?(?:arms"
        r"|weapons|diamonds|timber)"
        # "banned the national airline from its airspace", "closes its airspace to Russian planes"
        r"|(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?) (?:\S+ ){1,5}?from (?:its |their |the |[\w-]+ )?airspace"
        r"|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?) (?:its |their |the )?airspace to"
        # "banned Boris Johnson and other ministers from entering the country": an entry ban on a state's people
        r"|(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?) (?:\S+ ){1,6}?from entering (?:the )?(?:country|its territory|territory)"
        r"|entry bans?|(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|restrict(?:s|ed|ing)?) entry (?:to|for)\b"  # "banned entry to 500 US nationals"
        r"|(?:national )?stop[- ]list"  # Moscow's entry-ban list
        # "banned exports of gallium and germanium to the United States": an export ban aimed at a state
        r"|(?:bans?|banned|banning) (?:on )?(?:all )?exports of (?:[\w,-]+ ){1,6}?to\b"
        r"|airspace (?:bans?|closures?)"
        # "Turkey has stopped all trade activities with Israel": a punitive break of trade
        r"|(?:stop|stopp|halt|suspend|cut|sever)\w* (?:all )?(?:trade|commercial|economic) (?:activities|ties|relations|links)"
        r" with\b"
        # "halting all oil shipments to the United States", "ordered a halt to grain sales to the Soviet Union"
        r"|(?:halt(?:s|ed|ing)?|a halt to|suspend(?:s|ed|ing)?|cut(?:s|ting)? off) (?:all |the )?(?:(?:[\w-]+ )?"
        rf"{_GOODS} (?:shipments|sales|exports|deliveries)|(?:shipments|sales|exports|deliveries) of (?:[\w-]+ )?{_GOODS}) to\b"
        # the US list of state sponsors of terrorism is a blacklist
        r"|(?:list of )?state sponsors? of terror(?:ism)?"
        # a terrorist listing is a blacklisting: "designates the Houthis as a terrorist group", "its list of terrorist groups"
        r"|(?:re-?)?(?:designat|list)(?:es|e|ed|ing|s)(?= (?:[\w'’-]+ ){1,5}?as (?:an? )?(?:foreign |global )?terror"
        r"| (?:foreign |global )?terrorists\b)"
        r"|list of (?:proscribed |banned |foreign )?terrorist (?:organi[sz]ations|groups|entities)"
        # the G7's cap on Russian oil is a sanctions regime of its own (Britain's energy price cap is not)
        r"|cap(?:s|ped|ping)? (?:the )?(?:price of )?russian (?:oil|crude|petroleum)|russian oil price caps?"
        r"|price caps? on russian (?:oil|crude|petroleum)"
        # "the U.S. blockade" (Havana's name for the embargo), "an economic blockade" (not a naval blockade of Gaza)
        r"|(?:(?<=u\.s\. )|(?<=us )|(?<=american )|(?<=economic )|(?<=financial ))blockade"
        # "resolutions which ban all arms trade with North Korea"
        r"|ban(?:s|ned|ning)? (?:all |any )?(?:arms|weapons) (?:trade|sales|exports|imports|transfers|supplies)(?: with| to)?"
        r"|specially designated nationals|sdn list|(?:unreliable )?entity list|export control list|export controls"
        # "cut Russian banks from Swift", "cut Bank Sepah off from the US financial system"
        r"|(?:cut(?:s|ting)?|disconnect(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|expel(?:s|led|ling)?"
        r"|shut(?:s|ting)?)(?: off| out)? (?:\S+ ){0,5}?(?:off |out )?from (?:the )?(?:swift|(?:(?:us|u\.s\.|american"
        r"|international|global|dollar|western|world) )?(?:financial|banking|payments?) (?:system|network)s?)"
        r"|(?:removal|exclusion|disconnection|expulsion|ban)s? (?:of (?:\S+ ){0,5}?)?from (?:the )?swift)\b",
    ),
}
WEAK: dict[Topic, re.Pattern[str]] = {
    "ceasefire": re.compile(
        r"\b(?:stop|end|halt|cease)(?:s|ed|ing)? (?:the |its |their |all )?(?:(?:maritime|naval|cross-border|drone|missile) "
        r"(?:strikes|attacks)|air ?strikes|bombing|bombardment|offensive"
        r"|attacks|shelling|violence)\b|\bviolations? of (?:the )?(?:[a-z-]+ ){0,2}?(?:agreement|deal|accord)\b|\b(?:mediated|brokered|hosted|co-organi[sz]ed|co-hosted|co-sponsored) by\b|\bco-(?:organi[sz]|host|sponsor)ed with\b|\bmediat(?:ors?|ion|e|es|ed|ing)\b"
        r"|\bhost(?:s|ed|ing)? (?:the |a |an |two |several |last |this |next |new |previous |earlier )?(?:[a-z-]+ ){0,2}?"
        r"(?:talks|negotiations|discussions|dialogue|mediation|peace (?:conference|summit)|round of talks|summit)\b"
        # "Museveni, who chairs the regional peace initiative": after a truce cue, the chair of its process brokers it
        r"|\b(?:co-)?chair(?:s|ed|ing)? (?:the |a |an )?(?:[a-z-]+ ){0,2}?(?:peace (?:initiative|process|talks)|mediation"
        r"|talks|negotiations)\b"
        r"|\b(?:broker(?:s|ed|ing)?|facilitat(?:e|es|ed|ing|ion)|go-betweens?|guarantors?|intermediar(?:y|ies)"
        r"|shuttle diplomacy|(?:ferr|pass|carr|relay)\w* messages between)\b"
        r"|\bhelped (?:secure|seal|clinch|reach)\b"
        # after a truce cue, "the tireless diplomatic efforts of Qatar, Egypt and the US"
        r"|\b(?:diplomatic|mediation|peace|tireless) efforts (?:of|by)\b"
        r"|\b(?:gratitude|thanks|thanked|thanking|thank|tribute|appreciation) (?:to )?(?:[\w'’.-]+ ){1,6}?for (?:their|its|his|her)"
        r" (?:[a-z]+ )?efforts\b"  # "gratitude to Egypt and other regional states for their efforts"
        # after a truce cue, "Washington and Cairo were also involved in the talks": those who take part mediate
        r"|\b(?:involved in|took part in|take part in|taking part in|joined|attended|attending|participat(?:e|es|ed|ing) in)"
        r" (?:the |these |those )?(?:[a-z-]+ )?(?:talks|negotiations|mediation)\b"
        # "the deal", "the Pretoria accord": after a truce cue, the definite deal is (usually) the truce
        r"|\b(?:the|this|that) (?!(?:nuclear|trade|peace|grain|minerals?|gas|oil|energy|investment|arms|security|defen[cs]e|political"
        r"|framework|tariff|debt|loan|bailout|migration|climate|business|power-sharing|free-trade)\b)(?:[a-z-]+ )?"
        r"(?:deal|agreement|accord)\b"
        r"|\b(?:warring (?:rivals|parties|sides|factions|generals)|both sides|the two sides|the parties to the conflict"
        r"|the belligerents)\b"
        # "urged all sides to honour it": after a truce cue, what all sides are urged to keep is the truce
        r"|\ball (?:sides|parties) to (?:fully |strictly )?(?:respect|honou?r|observe|abide|uphold|stick|extend|maintain"
        r"|implement|adhere|comply|keep|commit)\b"
        r"|\b(?:the|this|that) (?:[\w-]+ )?pause\b",  # after a truce cue, "the four-day pause" is the truce
    ),
    "sanctions": re.compile(
        r"(?<!\w)(?:(?:the|this|that|a|new) ban"
        # in a sanctions story, "Moscow's one-year ban on all meat, fish and dairy from the United States"
        r"|ban on (?:all |the )?(?:[\w,-]+ ){1,8}?from\b|(?:counter-?)?measures|restrictions|penalties|designat(?:ed|ion|ions)|snap-?back"
        r"|(?:the|this|that|its|their|new) (?:new |latest |terrorist |terror )?(?:de)?listings?"  # after a blacklisting
        r"|travel bans?|oil price caps?|price caps? on (?:\w+ )?(?:oil|crude)"
        r"|cap(?:s|ped|ping)? (?:the )?price of (?:\w+ ){0,2}(?:oil|crude)"
        # after a sanctions cue, "the cap" and "the (snapback) mechanism" refer back to it
        r"|(?:the|this|that|lower|higher|tougher|tighter|\d) cap\b(?! (?:on|for) (?!(?:\w+ )?(?:oil|crude|gas|fuel|diesel)\b))"
        r"|(?:the|this|that) (?:snap-?back )?mechanism"
        # after a sanctions cue, the noun "freeze": "a comprehensive U.S. freeze" (not a hiring or settlement freeze)
        r"|(?<!to )(?<!will )(?<!would )(?<!could )(?<!not )(?<!hiring )(?<!wage )(?<!pay )(?<!price )(?<!settlement )"
        r"(?<!nuclear )(?<!production )(?<!output )(?<!rate )(?<!budget )(?<!rent )(?<!tax )(?<!spending )"
        r"freeze(?! (?:its|the|their|his|her|all|any|them|it)\b)(?! (?:on|of) (?!(?:\w+ )?(?:assets|funds|accounts|reserves)\b))"
        # after a sanctions cue, "is preparing its own, closely coordinated package" (not an aid package)
        r"|(?:(?<=own )|(?<=coordinated ))"
        r"package(?! (?:of|worth|for|to) (?!(?:\w+ )?(?:sanctions|measures|restrictions|penalties)\b))"
        r"|to punish)\b"  # after a sanctions cue, "urged the bloc to punish Tehran"
    ),
}

# Sentences where the cue is in another sense: business, trade, entertainment and sport feuds for "truce";
# approvals, sports bodies and regulators for "sanction"; fires and firefighters for "fire".
# Regex fragments of whole words, matched against lower-cased sentences (much faster than a case flag).
_OTHER_SENSE: dict[Topic, tuple[str, ...]] = {
    "ceasefire": (
        "tariffs?", "trade (?:war|truce|deal|talks|dispute)", "duties", "rappers?", "feud", "diss", "beef", "album",
        "songs?", "lyricists?", "singers?", "bands?", "charts", "(?:new|hit|debut) single", "film", "movie", "novel",
        "sitcom", "football", "club", "fans", "coach", "(?<!arab )league(?! of nations)(?!['’]s secretary)", "shareholders", "lawsuits?", "blaze",
        "firefighters?", "flames", "wildfire", "fire crews?", "fire appliances", "fire brigade",
        "price (?:wars?|battles?|disputes?)", "patents?", "(?:gas|contract|commercial|legal) disputes?", "supermarkets?", "retailers?", "discounters?", "grocers?", "(?:store|retail|discount|grocery) chains?",
        "brands?", "truce over (?:the |a |its )?(?:[\w-]+ ){0,2}(?:law|bill|budget|reform|policy|leadership)", "(?:election|leadership) campaign", "subsid(?:y|ies) (?:wars?|disputes?|rows?|fights?)", "boxers?", "boxing", "weigh-in",
        "smartphones?", "airbus", "boeing",  # rival firms' truces: patents, aircraft subsidies
        "tech giants?", "technology giants?", "corp",  # "Microsoft Corp and Alphabet's Google"
        "war of words", "spat", "billionaires?",  # a personal feud's truce
        "political (?:truce|ceasefire|armistice|ceasefire pact|rivals?|duel)", "opposition leader",  # between politicians
    ),
    "sanctions": (
        "uefa", "fifa", "ioc", "international olympic committee", "world athletics", "iaaf", "wada",
        "world anti-doping", "fiba", "iihf", "world rugby", "football association", "premier league", "nba", "nfl",
        "ncaa", "atp", "wta", "ufc", "olympic committee", "court of arbitration for sport",
        "(?:football|soccer|sports?|athletics|tennis|cycling|chess|swimming|skating|gymnastics) federation", "serie a",
        "la liga", "bundesliga", "ligue 1", "points? deductions?", "boxing", "bouts?", "referee", "ofcom", "ofgem", "ofwat", "fca",
        "financial conduct authority", "broadcasters?", "ineligible", "match-fixing", "doping", "athletes?",
        "disciplinary", "court-sanctioned",
        "state-sanctioned", "officially sanctioned", "benefits? sanctions?", "welfare", "jobseekers?", "claimants?",
        "universal credit", "jobcentre",
        # a regulator's penalties (media, energy, financial, a monetary authority), India's sanctioning of funds
        # ("sanctioned at 12,200 crore rupees")
        "(?<!sanctions )regulators?", "monetary authority", "supervisory", "crores?", "lakhs?",
        # African and American football bodies; a financial regulator's fines on listed lenders
        "caf", "concacaf", "conmebol", "afcon", "africa cup of nations", "champions league", "disciplinary board",
        "plc", "securities and exchange commission", "reporting council", "infractions?",
        "citations?", "reprimand(?:s|ed)?",  # courts disciplining lawyers
    ),
}
_REJECT = {topic: re.compile(r"\b(?:" + "|".join(words) + r")\b") for topic, words in _OTHER_SENSE.items()}


def _stem(fragment: str) -> str:
    """A literal part of a regex fragment that every match of it contains: "tariffs?" -> "tariff"."""
    return next(part for part in re.split(r"\(\?<?!.*?\)|\(\?:.*?\)|.\?", fragment) if part)


# "sanction" as a verb meaning approve: "sanctioned the plan", "sanction the use of force".
_APPROVE = re.compile(
    r"\bsanction(?:s|ed|ing)? (?:the |a |an |its |their |his |her |this |that |any |such )?"
    # the words between are those of a noun phrase, never a preposition: "sanctions after the election deal" is no approval
    r"(?:[$€£]?[\d.,]+ ?(?:%|percent|per cent|billion|million|bn|m|trillion|thousand)? "
    r"|(?!(?:after|over|on|against|for|to|in|of|and|or|as|with|by|from|amid|despite|until|before|since|while|when|if|unless)"
    r" )[a-z-]+ ){0,3}?"
    r"(?:plan|use|deal|merger|project|budget|spending|expenditure|construction|request|proposal|transfer|release|sale"
    r"|event|fight|bout|match|marriage|killing|torture|violence|buy-?backs?|repurchases?|dividends?|payouts?|takeover"
    r"|acquisition|purchase|investment|expansion|issue|issuance|offering|listing|bonus(?:es)?|pay|raise|increase|hike"
    r"|phase|extension|scheme|corridor|funds|funding|grant|posts|railway|metro|highway|bridge"  # "sanctioned the metro extension"
    r"|cut|loan|bid|contract|agreement|race|rally|march|protest|meeting|tournament|competition|championship|game"
    r"|tour)s?\b"
    r"|\b(?:board|directors|shareholders|trustees)"
    r" (?:\w+ )?(?:has |have |had |formally |also |officially )?sanction(?:s|ed|ing)? (?!(?:on|against)\b)"
)
# The words an approval starts with: every match of ``_APPROVE`` starts where one of them does.
_APPROVE_FIRST = ("sanction", "board", "directors", "shareholders", "trustees")
_MILITARY = re.compile(
    r"\b(?:war|military|troops|fighting|hostilities|forces|killed|attacks?|strikes|rebels|militants|army|shelling"
    r"|invasion|conflict|clashes|hostages|weapons)\b"
)
_DIPLOMATIC_DEAL = re.compile(r"\b(?:restor|resum|normali[sz]|re-?establish)\w*\s+(?:full\s+)?(?:diplomatic\s+)?(?:ties|relations)\b")
_BARE_OPERATIONS = re.compile(r"(?<!military )(?<!combat )(?<!offensive )operations")
_TRADE_TITLE = re.compile(r"\b(?:tariffs?|trade war|trade truce|trade cease-?fire|subsidy (?:war|dispute|row))\b")


# Lower-case substrings that every cue of a pattern contains: a fast scan picks the few (sentence, pattern)
# pairs worth a regex.
_ANCHORS: dict[tuple[Topic, bool], tuple[str, ...]] = {
    ("ceasefire", True): (
        "cease", "truce", "armistice", "cessation", "pause", "fire", "firing", "fighting", "hostilities", "halt", "moratorium",
        "military action", "operations", "clashes",
    ),
    ("sanctions", True): (
        "sanction", "embargo", "frozen", "freez", "froze", "blacklist", "black-list", " ban", "restrictions", "measures",
        "sdn", "specially", "entity list", "from entering", "entry to", "entry for", "stop list", "stop-list", "export control", "designat", " bars ", " barred ", " barring ", " lists ",
        " listed ", " listing ", "list of ", "shipments", "sales", "deliveries", "russian oil", "russian crude", "russian petroleum", "blockade",
        "swift", "off from", "airspace", "trade activities", "trade ties", "trade relations", "trade links", "commercial ties", "economic ties", "travel ban", "sponsor", "imports of", "exports of", "purchases of", "financial system", "banking system", "payment system", "payments system",
    ),
    ("ceasefire", False): (
        "strikes", "bombing", "bombard", "offensive", "attacks", "shelling", "violation",
        *(edge + "mediat" for edge in " -\n(\"'“‘"),  # word-initial only: "immediately" holds "mediat"
        "broker", "hosted", "host ", "hosts ", "hosting ", "chair", "co-organi", "co-host", "co-sponsor", "facilitat", "go-between", "guarantor",
        "intermediar", "shuttle diplomacy", "messages between", "helped secure", "helped seal", "helped clinch",
        "helped reach", "involved in", "took part", "take part", "taking part", "joined", "attended", "attending",
        "participat", "deal", "agreement", "accord", "warring", "both sides", "two sides", "parties to the conflict",
        "belligerents", "all sides", "all parties", "pause", "efforts", "gratitude", "thank", "tribute", "appreciation",
    ),
    ("sanctions", False): (
        " ban", "measures", "restrictions", "penalt", "designat", "listing", "snapback", "snap-back", "price cap", "cap the price", "capped the price",
        "capping the price", "caps the price", "the cap", "this cap", "that cap", "lower cap", "higher cap",
        "tougher cap", "tighter cap", "0 cap", "mechanism", "freeze", "to punish", "package",
    ),
}


@cache
def _anchor_automaton() -> ahocorasick.Automaton:
    """Anchors -> (length, the (topic, strong) patterns to try, the topics whose other senses may be there)."""
    keys: dict[str, tuple[list[tuple[Topic, bool]], list[Topic]]] = {}
    for key, words in _ANCHORS.items():
        for word in words:
            keys.setdefault(word, ([], []))[0].append(key)
    for topic, fragments in _OTHER_SENSE.items():
        for fragment in fragments:
            keys.setdefault(_stem(fragment), ([], []))[1].append(topic)
    auto = ahocorasick.Automaton()
    for word, (cue_keys, other_topics) in sorted(keys.items(), key=lambda item: scan_order(item[0])):
        auto.add_word(word, (len(word), tuple(cue_keys), frozenset(other_topics)))
    auto.make_automaton()
    return auto


def lower(text: str) -> str:
    """``text`` lower-cased, keeping every offset (a few characters lower-case to two)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[:1] for ch in text)


Anchor = tuple[int, tuple[tuple[Topic, bool], ...]]


class Scan(NamedTuple):
    """One pass over a lower-cased text: where cues may be, and where words of another sense may be."""

    anchors: list[Anchor]
    other_senses: list[tuple[int, frozenset[Topic]]]


def scan(low: str) -> Scan:
    """Offsets in lower-cased ``low`` of substrings that may be part of a cue, with the (topic, strong) patterns
    to try, and of those that may be part of a word of another sense ("tariffs", "league"), with their topics."""
    found = Scan([], [])
    # the leading space lets a word-initial anchor match at offset 0; it makes every end one too far
    for end, (length, keys, other_topics) in _anchor_automaton().iter(" " + low):
        if keys:
            found.anchors.append((end - length, keys))
        if other_topics:
            found.other_senses.append((end - length, other_topics))
    return found


_START = attrgetter("start")


@lru_cache(maxsize=4096)
def find_cues(low: str, places: tuple[Anchor, ...]) -> tuple[Cue, ...]:
    """Topic cues in lower-cased ``low`` before any sense check: each pattern is only tried in a short window
    around the anchors (``places``, offsets into ``low``) that call for it.

    A pure function of its arguments, cached: wire copy repeats sentences across outlets and updates."""
    windows: dict[tuple[Topic, bool], list[list[int]]] = {}
    for place, keys in places:
        lo = place - 32 if place > 32 else 0  # a conditional is cheaper than max() on this hot path
        hi = low.find(" ", place + 56)
        hi = len(low) if hi < 0 else hi
        for key in keys:
            spans = windows.setdefault(key, [])
            if spans and lo <= spans[-1][1]:
                if hi > spans[-1][1]:
                    spans[-1][1] = hi  # overlapping windows ("cease" and "fire"): one search
            else:
                spans.append([lo, hi])
    found: dict[tuple[Topic, int], Cue] = {}
    for (topic, strong), spans in windows.items():
        pattern = (STRONG if strong else WEAK)[topic]
        for lo, hi in spans:
            for m in pattern.finditer(low, lo, hi):
                start, end = m.span()
                known = found.get((topic, start))
                if known is None or strong and not known.strong:  # a strong cue where a weak one starts wins
                    found[(topic, start)] = Cue(topic, start, end, strong)
    return tuple(sorted(found.values(), key=_START))


def trade_story(low_title: str) -> bool:
    """Whether a lower-cased title is about tariffs or a trade war (its "truce" is a trade truce), or names a truce in
    another sense ("Apple, Samsung call patent truce"): the story's truces are then that feud's, unless fighting is
    named beside them."""
    if _TRADE_TITLE.search(low_title):
        return True
    return ("truce" in low_title or "cease" in low_title) and _REJECT["ceasefire"].search(low_title) is not None


def _approvals(low: str) -> set[int]:
    """Offsets of the "sanction" of every approval in lower-cased ``low``: the matches ``_APPROVE.finditer`` finds,
    found by trying the regex only where one of ``_APPROVE_FIRST`` starts (much faster than its scan)."""
    starts = []
    for word in _APPROVE_FIRST:
        i = low.find(word)
        while i >= 0:
            starts.append(i)
            i = low.find(word, i + 1)
    found: set[int] = set()
    end = 0
    for i in sorted(starts):
        if i >= end and (m := _APPROVE.match(low, i)):
            found.add(low.find("sanction", i))
            end = m.end()
    return found


_TRACK_RECORD = re.compile(
    r"\b(?:has|have|had)\s+(?:previously|long|often|repeatedly)\s+(?:helped\s+)?(?:mediat|broker|host|facilitat)"
)


def in_sense(low: str, cues: list[Cue], low_title: str | bool, suspect: Iterable[Topic]) -> list[Cue]:
    """The cues of one lower-cased sentence ``low`` that are used in the topic's sense.

    ``low_title`` is the lower-cased title, or whether it is a trade story (``trade_story``).
    Only the topics in ``suspect`` (those whose other-sense words ``scan`` found in the sentence) are checked
    for another sense.
    """
    kept: list[Cue] = []
    topics = {c.topic for c in cues}
    for topic in topics:
        found = list(cues) if len(topics) == 1 else [c for c in cues if c.topic == topic]
        if topic in suspect and _REJECT[topic].search(low):
            continue
        if topic == "sanctions":
            if "sanction" in low:
                approvals = _approvals(low)
                found = [c for c in found if c.start not in approvals]
        else:
            if (trade_story(low_title) if isinstance(low_title, str) else low_title) and not _MILITARY.search(low):
                continue  # a "truce" in a trade-war story
            if ("ties" in low or "relations" in low) and _DIPLOMATIC_DEAL.search(low):
                # "a China-brokered agreement to restore diplomatic ties": a weak cue's deal is a diplomatic one
                found = [c for c in found if c.strong]
            if ("previously" in low or "long" in low or "often" in low or "repeatedly" in low) and _TRACK_RECORD.search(low):
                # "Qatar has previously mediated peace talks for conflicts involving ...": a record, not this truce
                found = [c for c in found if c.strong]
            if "operations" in low and not _MILITARY.search(low):
                # "the panel will cease operations", "the airline suspended operations": no fighting stops
                found = [c for c in found if not _BARE_OPERATIONS.search(low, c.start, c.end)]
        kept.extend(found)
    return sorted(kept, key=_START)
