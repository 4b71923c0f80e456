"""Role grammar and topic senses of the detector, one real-looking sentence per pattern."""

from collections.abc import Iterable
from datetime import date

import pytest

from processors.detect import detect


def found(title: str, text: str = "") -> set[tuple[str, str, str]]:
    return {(d.topic, d.actor, d.role) for d in detect(title, text)}


SANCTIONS = [
    ("Washington imposed sweeping sanctions on Iran's oil sector on Tuesday.", {("USA", "imposer"), ("IRN", "target")}),
    ("The European Union adopted new sanctions against Belarus over the crackdown.", {("EU", "imposer"), ("BLR", "target")}),
    ("Britain announced an asset freeze targeting Myanmar's military leaders.", {("GBR", "imposer"), ("MMR", "target")}),
    ("Canada threatened Venezuela with fresh sanctions if the vote is rigged.", {("CAN", "imposer"), ("VEN", "target")}),
    ("The Treasury lifted sanctions on Syria's central bank in May.", {("USA", "imposer"), ("SYR", "target")}),
    ("The Biden administration eased sanctions on Cuba's private sector.", {("USA", "imposer"), ("CUB", "target")}),
    ("North Korea was sanctioned by the United Nations over its missile tests.", {("PRK", "target"), ("UN", "imposer")}),
    ("US-sanctioned tankers kept carrying Iranian crude to China.", {("USA", "imposer")}),
    ("Japan and Australia joined the sanctions against Russia's banks.", {("JPN", "imposer"), ("AUS", "imposer"), ("RUS", "target")}),
    ("Moscow has found ways to evade Western sanctions on its oil exports.", {("RUS", "target")}),
    ("The EU extended its arms embargo on China for another year.", {("EU", "imposer"), ("CHN", "target")}),
    ("OFAC blacklisted three Houthi financiers on Thursday.", {("USA", "imposer"), ("HOUTHIS", "target")}),
    ("Russia sanctions have pushed up prices for ordinary families.", {("RUS", "target")}),
    ("China sanctions six US defence contractors over arms sales to Taiwan.", {("CHN", "imposer"), ("USA", "target")}),
    ("Japan froze the assets of three North Korean banks.", {("JPN", "imposer"), ("PRK", "target")}),
    ("The sanctions, imposed by Britain and Canada, target settler leaders.", {("GBR", "imposer"), ("CAN", "imposer")}),
    ("Belarus, which has been under Western sanctions since 2020, freed 14 prisoners.", {("BLR", "target")}),
    ("Tehran rejected the offer to ease sanctions in exchange for inspections.", {("IRN", "target")}),
    ("The US Treasury said it had sanctioned two Venezuelan officials.", {("USA", "imposer"), ("VEN", "target")}),
    ("Russia was hit with a fresh wave of sanctions by Britain.", {("RUS", "target"), ("GBR", "imposer")}),
    ("Sanctions were imposed on Eritrea by the Security Council in 2009.", {("ERI", "target"), ("UN", "imposer")}),
    ("Canada followed on Friday with sanctions on Iran's Revolutionary Guards.", {("CAN", "imposer"), ("IRN", "target")}),
    ("The EU sanctioned 40 Belarusian officials after Cyprus lifted its veto.", {("CYP", "imposer"), ("BLR", "target")}),
    ("The EU adopted the package once Hungary dropped its objections to the sanctions.", {("HUN", "imposer")}),
    ("Russia sanctions Smith, 12 other officials over aid to Ukraine", {("RUS", "imposer")}),  # a name after the verb
    (  # an entry ban on a state's leaders
        "Russia banned Boris Johnson and other British ministers from entering the country.",
        {("RUS", "imposer"), ("GBR", "target")},
    ),
    ("China banned exports of gallium and germanium to the United States.", {("CHN", "imposer"), ("USA", "target")}),
    # a regime named by its cause, its target named after; the sanctions of a state are its own
    (
        "A 17th package of EU sanctions will be co-ordinated with the sanctions of the UK, Norway and the United "
        "States.",
        {("EU", "imposer"), ("GBR", "imposer"), ("NOR", "imposer"), ("USA", "imposer")},
    ),
    # an entry ban restricted on a state's people; measures that retaliate for others' sanctions
    ("Russia restricts entry to 963 US citizens", {("RUS", "imposer"), ("USA", "target")}),
    (
        "In the context of retaliatory measures to the anti-Russian sanctions imposed by the United States, the "
        "Russian Foreign Ministry is publishing a list of US citizens who are barred from entering Russia.",
        {("RUS", "imposer"), ("USA", "target")},
    ),
    (  # an embargo on those who sanctioned the one imposing it
        "Putin signed a decree to impose an embargo on imports from those countries that have imposed economic "
        "sanctions on Russian organizations and citizens.",
        {("RUS", "imposer")},
    ),
    # an appositive between dashes; aligning sanctions with partners
    (
        "The United States, the United Kingdom, and France—the three permanent members of the UNSC—want to impose "
        "travel restrictions on Taliban officials under UN sanctions.",
        {("USA", "imposer"), ("GBR", "imposer"), ("FRA", "imposer"), ("TALIBAN", "target")},
    ),
    (
        "The United States is coordinating with Canada and the United Kingdom to align our sanctions on the military "
        "regime in Myanmar.",
        {("USA", "imposer"), ("CAN", "imposer"), ("GBR", "imposer"), ("MMR", "target")},
    ),
    (  # the states goods originate from, after a ban on their import
        "Russia extended its embargo. A ban on imports of food, originating from the United States, Norway and "
        "Lichtenstein, was extended to 2018.",
        {("RUS", "imposer"), ("USA", "target"), ("NOR", "target"), ("LIE", "target")},
    ),
    (  # a punitive break of trade, and the reason given for it
        "Türkiye has stopped all trade activities with Israel due to the latter’s “non-stop violence” against "
        "Palestinians, the Turkish Trade Ministry said.",
        {("TUR", "imposer"), ("ISR", "target")},
    ),
    # whose sanctions they are: "sanctions from X"; who seeks relief from them suffers them
    (
        "Myanmar's junta has been hit by sanctions from the US, the EU and the UK since the 2021 coup.",
        {("MMR", "target"), ("USA", "imposer"), ("EU", "imposer"), ("GBR", "imposer")},
    ),
    ("Russia sought relief from sanctions imposed by the West.", {("RUS", "target")}),
    # resisting relief keeps the sanctions; rejecting an offer of relief is their target's act
    ("Washington rejected calls to lift sanctions on Cuba.", {("USA", "imposer"), ("CUB", "target")}),
    ("Tehran condemned the new sanctions imposed by Washington.", {("IRN", "target"), ("USA", "imposer")}),
    ("Kyiv called on the U.S. to boost sanctions against Moscow.", {("USA", "imposer"), ("RUS", "target")}),
    ("The EU backed Britain's new sanctions on Russia.", {("EU", "imposer"), ("GBR", "imposer"), ("RUS", "target")}),
    ("Germany opposed easing the sanctions on Russia.", {("DEU", "imposer"), ("RUS", "target")}),
    (
        "The United States and Britain, which patrolled the no-fly zones, resisted calls from France to ease the embargo "
        "on Iraq.",
        {("USA", "imposer"), ("GBR", "imposer"), ("IRQ", "target")},
    ),
    (  # the state goods come from, after "imports of ...": the ban's target, not a place
        "Russia banned imports of most food from the United States and Norway in retaliation for Western sanctions.",
        {("RUS", "imposer"), ("USA", "target"), ("NOR", "target")},
    ),
    # a relative clause between the subject and its verb
    (
        "Britain and Canada, which are not bound by EU decisions, sanctioned Lukashenko on Tuesday.",
        {("GBR", "imposer"), ("CAN", "imposer"), ("BLR", "target")},
    ),
    (
        "The EU, which cut Rosselkhozbank from SWIFT in 2022, said it would not lift the sanctions.",
        {("EU", "imposer")},
    ),
    # the accuser suffers the sanctions, the accused imposes them
    ("Venezuela accused Washington of imposing illegal sanctions.", {("VEN", "target"), ("USA", "imposer")}),
    (  # the accusers of a second charge
        "The juntas of Mali, Niger and Burkina Faso said they were leaving ECOWAS, accusing it of being manipulated by "
        "foreign powers and of imposing illegal sanctions.",
        {("MLI", "target"), ("NER", "target"), ("BFA", "target"), ("ECOWAS", "imposer")},
    ),
    (
        "The European Union, which already has a visa ban and asset freeze on members of Burma's regime, said it was "
        "ready to reinforce its measures.",
        {("EU", "imposer"), ("MMR", "target")},
    ),
    (  # a "whose" clause after the subject is skipped; cutting power supplies as part of the measures imposes them
        "ECOWAS imposed sanctions on Niger after the coup. Nigeria, whose President Bola Tinubu chairs ECOWAS, had cut "
        "electricity supplies to Niger as part of the measures.",
        {("NGA", "imposer"), ("NER", "target"), ("ECOWAS", "imposer")},
    ),
    (  # "he" stands for the subject of the sentence before
        'President Donald Trump said he hoped Putin would agree. Last week he said he was "strongly considering" '
        "banking sanctions on Russia.",
        {("USA", "imposer"), ("RUS", "target")},
    ),
    (
        "The juntas of Mali and Niger announced they were leaving ECOWAS, accusing it of imposing inhumane sanctions.",
        {("MLI", "target"), ("NER", "target"), ("ECOWAS", "imposer")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SANCTIONS)
def test_sanction_roles(sentence: str, expected: set[tuple[str, str]]) -> None:
    got = {(actor, role) for topic, actor, role in found("", sentence) if topic == "sanctions"}
    assert expected <= got


CEASEFIRES = [
    ("Armenia and Azerbaijan agreed a truce on Saturday after two days of shelling.", {("ARM", "party"), ("AZE", "party")}),
    ("A ceasefire between Thailand and Cambodia took effect at midnight.", {("THA", "party"), ("KHM", "party")}),
    ("The truce was brokered by Qatar and Egypt after weeks of talks.", {("QAT", "broker"), ("EGY", "broker")}),
    ("The talks, mediated by Turkey, produced a 30-day ceasefire.", {("TUR", "broker")}),
    ("The UN secretary-general urged an immediate ceasefire in Sudan's war.", {("UN", "broker")}),
    ("France called for a humanitarian pause in the fighting in Gaza.", {("FRA", "broker")}),
    ("Ukraine demanded that Russia agree to a full ceasefire.", {("UKR", "party"), ("RUS", "party")}),
    ("Israel accused Hamas of violating the truce on Sunday.", {("ISR", "party"), ("HAMAS", "party")}),
    ("The US-brokered ceasefire between India and Pakistan held overnight.", {("USA", "broker"), ("IND", "party"), ("PAK", "party")}),
    ("Putin declared a unilateral Easter truce in the war with Ukraine.", {("RUS", "party"), ("UKR", "party")}),
    ("The Israeli army said the ceasefire with Hezbollah was holding.", {("ISR", "party"), ("HEZBOLLAH", "party")}),
    ("Colombia's government and the ELN signed a bilateral ceasefire in Havana.", {("COL", "party"), ("ELN", "party")}),
    ("India and Pakistan agreed to stop all firing and military action on land, air and sea.", {("IND", "party"), ("PAK", "party")}),
    ("Kyiv and Moscow agreed to a 30-day halt to strikes on energy sites.", {("UKR", "party"), ("RUS", "party")}),
    ("The Kremlin rejected a proposal for a 30-day ceasefire.", {("RUS", "party")}),
    ("Kenya brokered the Nairobi truce between Somalia and al-Shabaab.", {("KEN", "broker"), ("SOM", "party")}),
    ("Israel and Iran agreed to a ceasefire announced by Trump.", {("ISR", "party"), ("IRN", "party"), ("USA", "broker")}),
    ("A truce in Gaza would let aid reach civilians, Jordan's foreign minister said.", {("JOR", "broker")}),
    ("Envoys from Qatar, Egypt and the United States met to discuss a Gaza ceasefire.", {("QAT", "broker"), ("USA", "broker")}),
    ("Pope Francis called for a Christmas truce in the war in Ukraine.", {("VAT", "broker")}),
    (
        "The Houthis agreed to a UN-brokered truce with the Saudi-led coalition.",
        {("HOUTHIS", "party"), ("UN", "broker"), ("SAU", "party")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CEASEFIRES)
def test_ceasefire_roles(sentence: str, expected: set[tuple[str, str]]) -> None:
    got = {(actor, role) for topic, actor, role in found("", sentence) if topic == "ceasefire"}
    assert expected <= got


def test_one_detection_per_topic_and_actor_with_counterparts() -> None:
    text = (
        "The United States imposed new sanctions on Russia. "
        "Washington said the sanctions on Moscow would stay until a ceasefire with Ukraine."
    )
    detections = detect("", text)
    keys = [(d.topic, d.actor) for d in detections]
    assert len(keys) == len(set(keys))
    usa = next(d for d in detections if d.topic == "sanctions" and d.actor == "USA")
    assert usa.role == "imposer" and usa.counterparts == ["RUS"]
    assert 0 < usa.confidence <= 1
    for e in usa.evidence:
        assert text[e.start : e.end] == e.sentence


def test_a_dateline_names_where_the_story_was_filed_not_an_actor() -> None:
    text = "Doha, May 4 (AFP) - Israel and Hamas agreed to a ceasefire on Sunday."
    assert {actor for _, actor, _ in found("", text)} == {"ISR", "HAMAS"}
    [d, *_] = detect("", text)
    assert text[d.evidence[0].start : d.evidence[0].end] == "Israel and Hamas agreed to a ceasefire on Sunday."


def test_headline_subject_before_a_colon_is_the_target() -> None:
    assert ("sanctions", "MMR", "target") in found("Myanmar: US and UK sanction army-run conglomerates")


def test_a_third_state_announcing_anothers_truce_is_its_broker() -> None:
    got = found("Russia brokers new truce between Armenia and Azerbaijan", "Moscow announced the truce on Saturday.")
    assert {("ceasefire", "RUS", "broker"), ("ceasefire", "ARM", "party"), ("ceasefire", "AZE", "party")} <= got


def test_halting_operations_is_a_ceasefire() -> None:
    got = found("", "The Saudi-led coalition fighting the Houthis said it would halt military operations for two weeks.")
    assert {("ceasefire", "SAU", "party"), ("ceasefire", "HOUTHIS", "party")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Qatar said a truce between Israeli and Hamas forces had been extended, a pause in warfare that laid waste to "
        "the Palestinian enclave.",
        "The ceasefire saw the release of 105 hostages held by Hamas in exchange for 240 Palestinian security prisoners "
        "held by Israel.",
        "Early Friday, Palestinian group Hamas announced its approval of a ceasefire proposal by Israel.",
    ],
)
def test_a_demonym_naming_a_place_people_or_a_group_is_not_the_state(text: str) -> None:
    assert "PSE" not in roles("", text, "ceasefire")


def test_the_drafters_of_a_truce_resolution_urge_it() -> None:
    text = (
        "The Security Council adopted a resolution seeking an end to the fighting between Israel and Hezbollah. "
        "Israel's cabinet will meet on Sunday to consider the resolution drawn up by the US and France."
    )
    got = roles("", text, "ceasefire")
    assert (got.get("USA"), got.get("FRA"), got.get("UN")) == ("broker", "broker", "broker")


def test_an_armed_group_s_home_named_in_passing_is_no_third_actor() -> None:
    # Palestine fights no war of its own: "a Palestinian official" in a Hamas truce story is no broker
    text = "Israel and Hamas agreed to extend the truce in Gaza by two days. A Palestinian official said the truce was holding."
    assert roles("", text, "ceasefire") == {"ISR": "party", "HAMAS": "party"}


def test_a_state_s_hacking_group_stands_for_it() -> None:
    text = "South Korea imposed sanctions on the North Korean hacking group Kimsuky on Friday."
    assert roles("", text, "sanctions") == {"KOR": "imposer", "PRK": "target"}


def test_all_parties_in_a_state_are_the_sides_of_its_war() -> None:
    text = (
        "The war between the Sudanese Armed Forces and the Rapid Support Forces has killed thousands. Guterres "
        "appealed to all parties in Sudan to observe a Ramadan ceasefire."
    )
    got = {d.actor: d.role for d in detect("", text, on=date(2024, 3, 7)) if d.topic == "ceasefire"}
    assert got == {"UN": "broker", "SDN": "party", "RSF": "party"}


def test_the_mediators_in_a_state_are_its_own() -> None:
    text = (
        "Israel and Hamas are discussing a ceasefire. Hamas made contact with the mediator brothers in Qatar and Egypt, "
        "the group said."
    )
    got = {d.actor: d.role for d in detect("", text, on=date(2024, 7, 5)) if d.topic == "ceasefire"}
    assert got == {"QAT": "broker", "EGY": "broker", "HAMAS": "party", "ISR": "party"}


def test_seeking_an_end_to_the_fighting_is_a_ceasefire_call() -> None:
    text = "The Security Council adopted a resolution seeking an end to month-long fighting between Israel and Hezbollah."
    assert roles("", text, "ceasefire") == {"UN": "broker", "ISR": "party", "HEZBOLLAH": "party"}


def test_title_evidence_has_zero_offsets() -> None:
    [d, *_] = [d for d in detect("EU slaps sanctions on Belarus", "Officials met.") if d.actor == "EU"]
    assert (d.evidence[0].sentence, d.evidence[0].start, d.evidence[0].end) == ("EU slaps sanctions on Belarus", 0, 0)


NOT_MENTIONS = [
    "The boxing commission sanctioned the bout between the two heavyweights in Las Vegas.",
    "Uefa imposed sanctions on the club after fans threw flares during the match in Turkey.",
    "Ofcom sanctioned the UK broadcaster over a misleading programme.",
    "The council sanctioned the plan to build a new bridge in China's sister city.",
    "The rappers called a truce after a month-long feud over diss tracks.",
    "The US and China agreed a 90-day truce on tariffs to cool their trade war.",
    "Firefighters battled to stop the fire spreading across the moorland near the Russian consulate.",
    "Two rival supermarket chains declared a truce in their price war in Britain.",
    "Canada slapped new tariffs on steel from the United States.",
    "British supermarkets called a truce in their price war over milk.",
    "Benefit sanctions on British jobseekers rose sharply last year, the DWP said.",
    "The smartphone rivals agree a partial truce, ending lawsuits in nine countries including the UK and Germany.",
    "US and EU end 17-year Airbus-Boeing dispute with five-year truce",
    "Blair and Brown call truce for election campaign",
    "India's cabinet on Friday sanctioned the third phase of the Bengaluru metro rail project.",
    "The Thane ring line in India was sanctioned at about 12,200 crore rupees.",
    "Singapore's central bank regulator said it would sanction financial institutions that fail to meet its standards.",
    "CAF sanctions Equatorial Guinea and Libya over misconduct during AFCON qualifiers.",
    "USA Track and Field has granted sanctioned status to the Bayshore Marathon.",
    "A U.S. District Judge reprimanded three lawyers who relied on fake citations, another typical sanction.",
    "The Central Bank of Nigeria and the Securities and Exchange Commission sanctioned Zenith Bank Plc for market "
    "infractions.",
]


@pytest.mark.parametrize("sentence", NOT_MENTIONS)
def test_other_senses_are_not_mentions(sentence: str) -> None:
    assert found("", sentence) == set()


def test_reactions_backers_and_civilians_are_not_roles() -> None:
    text = (
        "Israel and Hamas agreed to a ceasefire that frees Palestinian prisoners and Israeli hostages. "
        "Iran-backed Hezbollah said it would respect the truce. Jordan and Saudi Arabia welcomed the ceasefire."
    )
    assert {actor for _, actor, _ in found("", text)} == {"ISR", "HAMAS", "HEZBOLLAH"}


def test_violations_of_an_agreement_name_its_sides() -> None:
    text = (
        "A UN-brokered ceasefire took effect in Hodeidah. The Houthis monitored 68 violations of Sweden agreement, "
        "committed by Saudi-led coalition forces."
    )
    got = roles("", text, "ceasefire")
    assert (got.get("HOUTHIS"), got.get("SAU"), got.get("UN")) == ("party", "party", "broker")


def test_a_place_after_a_truce_verb_is_no_side() -> None:
    # "the truce announced by X" names a side; "a truce ... resumed ... around a UN base" names a place
    text = "Sudan's army and the RSF signed a truce, but shelling resumed on Tuesday around a UN base."
    assert roles("", text, "ceasefire") == {"SDN": "party", "RSF": "party"}


def test_a_truce_story_keeps_the_actors_beside_its_weak_cues() -> None:
    text = "Israel and Hamas agreed to a ceasefire. The mediation effort in Cairo included Turkey."
    assert roles("", text, "ceasefire").get("TUR") == "broker"


def test_a_truce_in_another_sense_makes_no_weak_cue_count() -> None:
    text = "Uber and Lyft declared a truce in their price war. The agreement was reached in talks in Britain."
    assert roles("", text, "ceasefire") == {}


def test_only_actors_tied_to_the_topic_are_emitted() -> None:
    text = (
        "The EU imposed sanctions on Iran on Monday. "
        "Separately, the leaders of Brazil and India met in New Delhi to discuss climate finance."
    )
    assert {actor for _, actor, _ in found("", text)} == {"EU", "IRN"}


def roles(title: str, text: str, topic: str) -> dict[str, str]:
    return {d.actor: d.role for d in detect(title, text) if d.topic == topic}


def roles_of(title: str, text: str, topic: str, actors: Iterable[str]) -> dict[str, str | None]:
    """The role of each of ``actors`` on ``topic`` (None: no detection)."""
    got = roles(title, text, topic)
    return {actor: got.get(actor) for actor in actors}


# Each case: the text, and the role (None: no detection) of each actor the case is about.
BROKER_PHRASES = [
    (  # copular: "will act as guarantors", after appositives that name another actor
        "A nationwide ceasefire in Syria came into force on Friday. Under the arrangement, Turkey, the rebels' main "
        "foreign backer, and Russia, Bashar al-Assad's most powerful ally, will act as guarantors.",
        {"TUR": "broker", "RUS": "broker"},
    ),
    (
        "Oman, which has long acted as a go-between for Washington and Tehran, said the truce was holding.",
        {"OMN": "broker"},
    ),
    (
        "The ceasefire held overnight. Egypt, which ferried messages between the two sides for weeks, said talks "
        "would resume.",
        {"EGY": "broker"},
    ),
    (  # a sentence without a truce word, after one with it
        "The Houthis accepted the truce on Saturday. Omani officials have for months ferried messages between the "
        "rebels and Riyadh.",
        {"OMN": "broker"},
    ),
    (  # the leader of a fighting coalition is a side, not a broker
        "The Saudi-led military coalition, which backs Yemen's government, and the Houthi rebels had both accepted "
        "the two-month truce, the UN envoy said.",
        {"SAU": "party", "HOUTHIS": "party", "UN": "broker"},
    ),
    (
        "The US-led talks in Geneva produced a ceasefire between Armenia and Azerbaijan.",
        {"USA": "broker", "ARM": "party", "AZE": "party"},
    ),
    (  # a list after "co-chaired by" / "brokered by"
        "The 1994 ceasefire held. The Minsk Group, co-chaired by France, Russia and the US, has tried for three "
        "decades to mediate a settlement.",
        {"FRA": "broker", "RUS": "broker", "USA": "broker"},
    ),
    (
        "The truce came into effect at 7am, according to Qatar's foreign ministry, which helped mediate the agreement "
        "alongside Egypt and the United States.",
        {"QAT": "broker", "EGY": "broker", "USA": "broker"},
    ),
    (
        "The ceasefire was signed in the presence of President Omar al-Bashir, who hosted the latest round of talks at "
        "the request of the Intergovernmental Authority on Development (IGAD).",
        {"IGAD": "broker"},
    ),
    (  # a singular relative clause ("whose government") tells of the last of a list only: the other is a side
        "The ceasefire held. The peace agreement was signed in the presence of Philippine President Benigno Aquino and "
        "Malaysian Prime Minister Najib Razak, whose government has facilitated the negotiations since 2001.",
        {"PHL": "party", "MYS": "broker"},
    ),
    (  # a mediator's record in other wars names none of this truce's actors
        "Congo and Rwanda urged a ceasefire at talks mediated by Qatar. Qatar has previously mediated peace talks for "
        "conflicts involving Afghanistan's Taliban and Chad.",
        {"COD": "party", "RWA": "party", "QAT": "broker", "TALIBAN": None, "TCD": None},
    ),
    (  # a plural one tells of the whole list
        "The ceasefire held. Qatar and Egypt, which have mediated between the sides for months, urged restraint.",
        {"QAT": "broker", "EGY": "broker"},
    ),
    (  # "X, whose mediator ...": X brokers
        "The African Union, whose designated mediator is overseeing the peace process, welcomed the ceasefire.",
        {"AU": "broker"},
    ),
    (  # "X's mediators" too, but not "X urged mediators"
        "Egypt's mediators met both delegations, and Hamas urged mediators to secure a truce with Israel.",
        {"EGY": "broker", "HAMAS": "party"},
    ),
    (  # "proposals from Qatar" names a proposer, not a place
        "Israel's cabinet rejected a ceasefire framework that leaned heavily on proposals from Qatar and Turkey.",
        {"ISR": "party", "QAT": "broker", "TUR": "broker"},
    ),
    (  # those "mediators from" name, not the side they urge
        "Mediators from Qatar and Egypt urged Israel to accept the ceasefire.",
        {"QAT": "broker", "EGY": "broker", "ISR": "party"},
    ),
    (  # envoys named by title and name, one described by an appositive, who "took part in the mediation"
        "Kenya and Somalia agreed a ceasefire. U.S. envoy Mike Hammer and the European Union's special representative, "
        "Annette Weber, also took part in the mediation.",
        {"KEN": "party", "SOM": "party", "USA": "broker", "EU": "broker"},
    ),
    (  # a person named in an appositive after the state, then the broker's verb
        "A ceasefire between Israel and Iran held. The emir of Qatar, Sheikh Tamim bin Hamad al-Thani, helped secure "
        "Iran's agreement to the U.S. proposal.",
        {"QAT": "broker", "ISR": "party", "IRN": "party"},
    ),
    (  # an appositive naming them guarantors
        "Colombia and the ELN extended their ceasefire. Both delegations thanked Cuba and Norway, two of the guarantor "
        "countries of the process, for their support.",
        {"COL": "party", "ELN": "party", "CUB": "broker", "NOR": "broker"},
    ),
    (  # the one talks were co-organised with brokers too
        "Thailand and Cambodia agreed to a ceasefire. The leaders met for talks that Malaysia said were co-organised "
        "with the United States.",
        {"THA": "party", "KHM": "party", "USA": "broker"},
    ),
    (  # a UN report or UN experts are a source of facts, no broker
        "South Sudan's Kiir signed a ceasefire in Khartoum. The truce was violated within hours, and a U.N. report said "
        "government forces had killed civilians.",
        {"SSD": "party", "UN": None},
    ),
    (
        "It was not clear whether the M23 rebels, who UN experts say are backed by Rwandan troops, would abide by the "
        "ceasefire.",
        {"UN": None},
    ),
    (  # the guests a host receives are the sides
        "Turkey's president says Istanbul is ready to host Russian and Ukrainian negotiators on a ceasefire.",
        {"TUR": "broker", "RUS": "party", "UKR": "party"},
    ),
    (  # the one thanked for hosting the talks hosted them
        "Armenia and Azerbaijan agreed to a ceasefire. A joint statement thanked Swiss President Viola Amherd for "
        "hosting the talks.",
        {"ARM": "party", "AZE": "party", "CHE": "broker"},
    ),
    (  # "this agreement" after a truce cue is the truce; those thanked for their efforts in it brokered it
        "Canada welcomes the ceasefire agreement between Israel and Lebanon. We thank the United States of America and "
        "France for their efforts in achieving this agreement.",
        {"USA": "broker", "FRA": "broker", "ISR": "party", "LBN": "party"},
    ),
    (  # after a truce cue, "to halt maritime attacks": the announcer of others' agreement to it brokers it
        "Russia warned that any breach of the 30-day truce would end the pact. The United States announced a tentative "
        "agreement between Ukraine and Russia to halt maritime attacks.",
        {"USA": "broker", "UKR": "party", "RUS": "party"},
    ),
    (  # those thanked for their efforts in a truce story brokered it
        "Israel declared a unilateral ceasefire in Gaza. Canada reiterates its gratitude to Egypt and other key regional "
        "states for their efforts.",
        {"EGY": "broker", "ISR": "party"},
    ),
    (  # those whose diplomatic efforts a truce story praises brokered it
        "Israel and Hamas agreed a ceasefire. I pay tribute to the tireless diplomatic efforts of Qatar and Egypt.",
        {"QAT": "broker", "EGY": "broker", "ISR": "party", "HAMAS": "party"},
    ),
    (  # where the sides sign a declaration of principles hosts them
        "Congo and the M23 rebels signed a declaration of principles in Qatar that commits them to a permanent "
        "ceasefire.",
        {"COD": "party", "M23": "party", "QAT": "broker"},
    ),
    (  # acting to prop up a truce urges it, whatever verb came first
        "Turkey and Qatar signed a protocol in Doha, part of an effort to consolidate the fragile truce in Libya.",
        {"TUR": "broker", "QAT": "broker", "LBY": "party"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BROKER_PHRASES)
def test_broker_phrases(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "ceasefire", expected) == expected


# A known war gives its sides the party role only where the text does not say plainly who does what.
KNOWN_WARS_AND_TEXT = [
    (  # Russia and Turkey fight on opposite sides in Syria, but this article's war is Libya's
        "Libya's rivals sign permanent ceasefire in Geneva",
        "The two sides signed the ceasefire after five days of talks. In January, Russia and Turkey jointly called for a "
        "truce, but Gen Haftar left Moscow without signing it.",
        {"LBY": "party", "RUS": "broker", "TUR": "broker"},
    ),
    (  # Russia fights in Syria, yet here it brokers and guarantees the truce
        "Syria ceasefire brokered by Russia and Turkey comes into force",
        "The Syrian army said it would observe the truce. Turkey, the rebels' main backer, and Russia, Bashar al-Assad's "
        "closest ally, will act as guarantors.",
        {"SYR": "party", "RUS": "broker", "TUR": "broker"},
    ),
    (  # a side that only urges a truce stays a side
        "Israel demands ceasefire",
        "Israel called for a ceasefire in Gaza, and Hamas urged mediators to press for one.",
        {"ISR": "party", "HAMAS": "party"},
    ),
    (  # "a delegation led by" names a side's envoy, not a mediator
        "No ceasefire at Istanbul talks",
        "Ukraine's delegation, led by Defence Minister Rustem Umerov, pressed for an immediate 30-day ceasefire with "
        "Russia.",
        {"UKR": "party", "RUS": "party"},
    ),
    (  # "the Khartoum Declaration" names where it was signed, not Sudan signing
        "South Sudan's leaders sign ceasefire",
        "The Khartoum Declaration was signed by South Sudan's rival leaders, and Uganda will act as guarantor of the "
        "ceasefire.",
        {"SSD": "party", "SDN": None, "UGA": "broker"},
    ),
    (  # the militias the RSF grew out of are no side of the 2023 war
        "Sudan's warring sides agree truce",
        "Sudan's army and the RSF agreed to a week-long truce on Saturday, the warring parties said. The RSF grew out "
        "of the Janjaweed militias that terrorised Darfur.",
        {"SDN": "party", "RSF": "party", "JANJAWEED": None},
    ),
    (  # an organisation that "orders" a truce is no side: the war's sides stay its parties
        "U.N. orders ceasefire; Armenia, Azerbaijan accept",
        "",
        {"UN": "broker", "ARM": "party", "AZE": "party"},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), KNOWN_WARS_AND_TEXT)
def test_known_wars_yield_to_plain_text_roles(title: str, text: str, expected: dict[str, str | None]) -> None:
    assert roles_of(title, text, "ceasefire", expected) == expected


# A negated sanctions cue claims no imposer or target; a negated relief verb still means the sanctions stay.
NEGATED_SANCTIONS = [
    (
        "Burkina Faso, which has been suspended from the bloc since its coups, was never placed under economic "
        "sanctions.",
        {"BFA": None},
    ),
    ("India has not imposed sanctions on Russia over the war in Ukraine.", {"IND": None, "RUS": None}),
    ("Germany ruled out new sanctions on Israel, the chancellor said on Tuesday.", {"DEU": None, "ISR": None}),
    ("Turkey didn't impose sanctions on Moscow, unlike its NATO allies.", {"TUR": None, "RUS": None}),
    ("Sanctions were never imposed on Qatar during the blockade.", {"QAT": None}),
    # relief negated: the imposer keeps them
    ("Washington will not lift sanctions on Venezuela until free elections are held.", {"USA": "imposer", "VEN": "target"}),
    ("The EU refused to ease sanctions on Russia.", {"EU": "imposer", "RUS": "target"}),
    ("Britain imposed sanctions on Iran, not on its trading partners.", {"GBR": "imposer", "IRN": "target"}),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED_SANCTIONS)
def test_negated_sanctions_claim_no_role(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


# Pressing for a sanctions instrument the article names ("the cap", "the mechanism") makes an imposer.
SANCTIONS_PRESSURE = [
    (
        "UN sanctions on Iran came back into force on Sunday. Israel, which had lobbied European capitals for months to "
        "trigger the mechanism, hailed the outcome.",
        {"ISR": "imposer", "IRN": "target"},
    ),
    (
        "The G7 agreed a $60 price cap on Russian oil, tightening sanctions on Moscow. Poland pushed for a lower cap, "
        "and Britain said it would join the cap.",
        {"POL": "imposer", "GBR": "imposer", "RUS": "target"},
    ),
    (  # asking for relief from it is the target's act
        "UN sanctions on Iran returned after the E3 triggered the snapback. Tehran urged European capitals to scrap the "
        "mechanism.",
        {"IRN": "target"},
    ),
    ("Lawmakers in Britain voted to lower the cap on credit card interest rates.", {"GBR": None}),  # no sanctions
    (  # a cap on something else
        "The EU extended its sanctions on Russia. Spain pushed for the cap on rents in Madrid to be lowered.",
        {"ESP": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS_PRESSURE)
def test_pressing_for_a_sanctions_instrument(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


# After a cue, a list of targets named by their people: "commanders and several M23 leaders".
NOUN_LISTS = [
    (
        "The EU followed in March with asset freezes on three Rwandan military commanders and several M23 leaders.",
        {"RWA": "target", "M23": "target"},
    ),
    ("Washington imposed sanctions on Russian banks and Chinese firms on Friday.", {"RUS": "target", "CHN": "target"}),
    (  # a new clause, not a list
        "The EU imposed sanctions on Russian banks, and Chinese officials condemned the move.",
        {"RUS": "target", "CHN": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_LISTS)
def test_lists_of_targets_named_by_their_people(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


DRAFTERS = [
    (
        "The UN Security Council approved sanctions against North Korea. The text was drafted by the United States and "
        "Japan, but was watered down to win the support of China and Russia.",
        {"USA": "imposer", "JPN": "imposer", "CHN": None, "RUS": None},
    ),
    ("South Sudan: UN imposes arms embargo. The US-drafted resolution narrowly passes.", {"USA": "imposer"}),
    (
        "The UN voted to impose sanctions on Iran. Britain, France and Germany drafted the resolution.",
        {"GBR": "imposer", "FRA": "imposer", "DEU": "imposer"},
    ),
    (  # a truce story's drafters draft a call for a truce, not sanctions
        "The council demanded a ceasefire in Gaza. The text was drafted by Algeria.",
        {"DZA": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DRAFTERS)
def test_the_drafters_of_a_sanctions_resolution_impose_it(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


def test_a_ban_on_goods_from_states_targets_them() -> None:
    # in a sanctions story, "a ban on all meat ... from X, the 28 EU countries and Y" names its targets
    text = (
        "Moscow answered Western sanctions on Thursday. Russian shares fell after Moscow's one-year ban on all meat, "
        "fish, dairy and fruit from the United States, the 28 European Union countries and Canada."
    )
    got = roles("", text, "sanctions")
    assert {a: got.get(a) for a in ("USA", "EU", "CAN")} == {"USA": "target", "EU": "target", "CAN": "target"}


def test_an_adjunct_after_a_named_object_is_no_actor() -> None:
    text = "Moscow imposed a ban on food imports in retaliation for sanctions imposed on it related to Ukraine."
    assert "UKR" not in roles("Russia bans Western food", text, "sanctions")


@pytest.mark.parametrize(
    ("topic", "text", "expected"),
    [
        (  # the subject after a fronted participle clause does what the participle says
            "sanctions",
            "Announcing the sanctions, Britain said Russia must pay for its aggression.",
            {"GBR": "imposer"},
        ),
        (
            "ceasefire",
            "Demanding an immediate ceasefire in Libya, including an end to attacks on civilians, the Security Council "
            "imposed a no-fly zone.",
            {"UN": "broker", "LBY": "party"},
        ),
    ],
)
def test_a_fronted_participle_clause_is_its_subjects_act(topic: str, text: str, expected: dict[str, str]) -> None:
    assert roles("", text, topic) == expected


def test_the_subject_of_a_subordinate_clause_does_not_act_in_the_main_one() -> None:
    text = (
        "Britain held talks with Iran since Israel and the United States struck its nuclear sites, aiming to agree to "
        "defer UN sanctions."
    )
    got = roles("", text, "sanctions")
    assert (got.get("ISR"), got.get("USA")) == (None, None)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # a counter-measures story: those who sanctioned the retaliator are the targets of its measures
            "Russia bans Western food in retaliation for sanctions",
            "Russia banned imports of food from the United States and Norway. The EU and the United States imposed "
            "their toughest sanctions yet on Russia last week.",
            {"RUS": "imposer", "EU": "target", "USA": "target"},
        ),
        (  # a story of sanctions that the target answers: their imposers stay imposers
            "EU, UK, US and Canada sanction Chinese officials; Beijing retaliates",
            "The EU, the UK, the US and Canada imposed coordinated sanctions on Chinese officials. China responded by "
            "announcing sanctions on 10 European individuals.",
            {"EU": "imposer", "USA": "imposer", "CHN": "target"},
        ),
    ],
)
def test_a_counter_measures_headline_frames_the_story(title: str, text: str, expected: dict[str, str]) -> None:
    assert roles_of(title, text, "sanctions", expected) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("US arms sales to Taiwan in 2010 and 2015 drew threats of sanctions from China.", "TWN"),
        ("Washington imposed Ukraine-related sanctions on Russia.", "UKR"),  # a regime named by its cause
        (  # the verb's object is another's noun, not the sanctions
            "China and Russia supported Iran's position, stating that the E3 lacks the legal standing to use the "
            "snapback mechanism to restore UN sanctions.",
            "CHN",
        ),
        (  # also after a relative clause
            "Britain, which is not bound by EU law, backed Iran's position, stating that Washington had no standing to "
            "restore UN sanctions.",
            "GBR",
        ),
        ("Vessels carrying stolen Ukrainian grain are now subject to the EU sanctions.", "UKR"),  # what was taken
        ("UK slaps sanctions on Sudan RSF paramilitary deputy, other commanders", "SDN"),  # a group placed by its state
        (  # a body that votes to condemn sanctions neither imposes nor suffers them
            "The United Nations General Assembly voted for the 28th consecutive year to adopt a resolution condemning "
            "the six-decade U.S. economic embargo on Cuba.",
            "UN",
        ),
        (
            "Biden issued an order that targets settlers accused of attacking Palestinians, imposing financial "
            "sanctions on four individuals.",
            "PSE",
        ),
    ],
)
def test_the_object_of_a_trade_noun_or_an_accusation_does_not_act(text: str, absent: str) -> None:
    # "arms sales to Taiwan ... drew threats", "accused of attacking Palestinians, imposing": not the verb's subject
    assert absent not in roles("", text, "sanctions")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (  # a place's conjunct is a place too
            "The US sanctioned a spokesman of the M23 rebels. Two companies linked to him and based in Britain and "
            "France were also sanctioned.",
            "FRA",
        ),
        ("The drones, built in Iran and Russia, are subject to the embargo.", "RUS"),
    ],
)
def test_a_place_s_conjunct_names_no_actor(text: str, absent: str) -> None:
    assert absent not in roles("", text, "sanctions")


def test_passive_with_an_adverb() -> None:
    text = "Two companies registered in Britain and France were also sanctioned by the United States."
    assert roles("", text, "sanctions") == {"GBR": "target", "FRA": "target", "USA": "imposer"}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # the object of a verb is no subject of the verb phrase coordinated after it
            "UN Security Council renews sanctions regime on Al-Shabaab, lifts arms embargo on Somali gov't",
            "",
            {"UN": "imposer", "ALQAEDA": "target", "SOM": "target"},
        ),
        (
            "",
            "The Security Council voted to renew the sanctions regime on Al-Shabaab and to lift the arms embargo on "
            "the Somali government.",
            {"UN": "imposer", "ALQAEDA": "target", "SOM": "target"},
        ),
        ("Zimbabwe: SADC, AU envoys stand with Zimbabwe on Anti-Sanctions Day", "", {"ZWE": "target"}),  # no verb
    ],
)
def test_objects_and_names_of_days_impose_nothing(title: str, text: str, expected: dict[str, str]) -> None:
    assert roles(title, text, "sanctions") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a demonym that places an armed group, capitalised or not, is not its state
            "The US issued a new round of sanctions aimed to strangle Iran's Yemeni Houthi militia.",
            {"USA": "imposer", "HOUTHIS": "target"},
        ),
        (  # those the sanctions will not affect are exempt, no target
            "The US sanctioned Turkey's defence agency. The sanctions would not affect the operations of NGOs or the "
            "United Nations in Turkey.",
            {"USA": "imposer", "TUR": "target"},
        ),
    ],
)
def test_placed_groups_and_the_exempt(text: str, expected: dict[str, str]) -> None:
    assert roles("", text, "sanctions") == expected


def test_the_object_of_support_is_no_target() -> None:
    text = "The US sanctioned the RSF leader. Blinken said the sanctions do not signal support for the SAF."
    assert "SDN" not in roles("", text, "sanctions")


def test_the_state_a_sanctioned_state_helps_is_no_target() -> None:
    # "sanctions on firms accused of shipping Iranian oil" target Iran; a sanctioned state's customer is not targeted
    assert roles("Britain sanctions Iran for supplying drones to Russia", "", "sanctions") == {
        "GBR": "imposer",
        "IRN": "target",
    }


def test_a_veto_kept_or_used_makes_no_imposer() -> None:
    got = roles("", "Hungary vetoed the new EU sanctions on Russia, and Slovakia kept its objections.", "sanctions")
    assert got.get("HUN") != "imposer" and got.get("SVK") != "imposer"


def test_respecting_another_s_embargo_makes_no_imposer() -> None:
    text = "At a summit in Berlin, Turkey and Egypt pledged to respect the UN arms embargo on Libya."
    got = roles("", text, "sanctions")
    assert (got.get("TUR"), got.get("EGY"), got.get("UN"), got.get("LBY")) == (None, None, "imposer", "target")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject of a policy is no actor
            "Lithuanian officials describe China's measures as de facto sanctions aimed at punishing the country for its "
            "Taiwan policy.",
            {"TWN": None},
        ),
        ("China imposed sanctions on Taiwan's ruling party.", {"CHN": "imposer", "TWN": "target"}),
    ],
)
def test_a_policy_named_after_a_state_is_no_actor(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # after "from", an actor that owns the measures named next is no place
            "The EU agreed an oil embargo on Iran. Japan and South Korea are seeking exemptions from the US financial "
            "measures on Iran's oil.",
            {"USA": "imposer", "IRN": "target"},
        ),
        ("Exports from Russia fell after the EU sanctions took effect.", {"RUS": None, "EU": "imposer"}),  # a place
    ],
)
def test_a_place_word_before_the_owner_of_measures(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


CEASEFIRE_SIDES_AND_WITNESSES = [
    (  # "end N years of fighting" names a truce; a demonym, a title and an unknown name are one conjunct
        "Peru and Ecuador sign border pact",
        "Peruvian President Alberto Fujimori and Ecuadorean President Jamil Mahuad signed an accord to end decades of "
        "hostilities along the border.",
        {"PER": "party", "ECU": "party"},
    ),
    (  # third parties that countersign a truce as witnesses vouch for it
        "Border truce signed",
        "Peru and Ecuador signed a ceasefire on Monday. Brazil, Argentina and Chile signed the accord as witnesses.",
        {"PER": "party", "BRA": "broker", "ARG": "broker", "CHL": "broker"},
    ),
    (  # a restrictive relative clause without a comma: "diplomats from X and Y who have mediated"
        "Truce holds",
        "Diplomats from Brazil and Chile who have mediated for months urged Peru and Ecuador to respect the ceasefire.",
        {"BRA": "broker", "CHL": "broker", "PER": "party", "ECU": "party"},
    ),
    ("Border truce", "Ecuador is expected to sign the ceasefire on Monday.", {"ECU": "party"}),  # "expected": no urging
    (  # a side named plainly stays a side where the grammar is unclear, third parties beside it are brokers
        "Border truce signed",
        "Peru and Ecuador signed a ceasefire on Tuesday. Earlier truces, negotiated by the foreign ministers of Peru, "
        "Ecuador, Brazil and Chile, collapsed within days. Peru's congress will debate the agreement next week.",
        {"PER": "party", "ECU": "party", "BRA": "broker", "CHL": "broker"},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), CEASEFIRE_SIDES_AND_WITNESSES)
def test_ceasefire_sides_and_witnesses(title: str, text: str, expected: dict[str, str | None]) -> None:
    assert roles_of(title, text, "ceasefire", expected) == expected


SANCTIONS_LISTINGS = [
    (  # "listed ... as a terrorist group and froze their assets": the lister imposes, the one listed is the target
        "Canada listed Hamas as a terrorist entity in 2002 and froze its assets.",
        {"CAN": "imposer", "HAMAS": "target"},
    ),
    (  # "the listing" refers back to a blacklisting; who pushed for it, and who backed that, impose it
        "The EU put the Revolutionary Guards on its terrorism blacklist. France had pushed for the listing since March, "
        "backed by Germany.",
        {"FRA": "imposer", "DEU": "imposer", "EU": "imposer"},
    ),
    (  # ... but a state the listing may harm is not its target
        "The EU blacklisted the Houthis. Several members feared that the listing could destabilise Yemen.",
        {"YEM": None},
    ),
    (  # lobbying others to blacklist: the cue is the verb pressed for
        "Ukraine, which had lobbied European governments for months to blacklist the Wagner Group, hailed the move.",
        {"UKR": "imposer"},
    ),
    ("Japan said it would review its sanctions on Myanmar next month.", {"JPN": "imposer", "MMR": "target"}),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS_LISTINGS)
def test_listings_and_lobbying(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


DEFINITE_DESCRIPTIONS = [
    (  # "the island" stands for the island state just named
        "Obama met Cuban leader Raul Castro in Panama. He asked Congress to end the trade embargo on the island.",
        {"CUB": "target"},
    ),
    (  # "the bloc" for the EU named before, as the one urged to impose
        "EU foreign ministers met in Luxembourg on Monday. Kyiv urged the bloc to impose new sanctions on Russian gas.",
        {"EU": "imposer", "UKR": "imposer", "RUS": "target"},
    ),
    (  # "the junta" for the state whose military rules it
        "Mali's army seized power in August. ECOWAS imposed sanctions on the junta and closed its borders.",
        {"ECOWAS": "imposer", "MLI": "target"},
    ),
    (  # a short form for the group named before
        "The Liberation Tigers of Tamil Eelam fought for a homeland. Canada banned the Tigers in 2006 and froze their "
        "assets.",
        {"CAN": "imposer", "LTTE": "target"},
    ),
    (  # "the West African nation": the state named before
        "The African Union suspended Guinea-Bissau on Tuesday and said it would request sanctions against the West "
        "African nation.",
        {"AU": "imposer", "GNB": "target"},
    ),
    (  # a member of an organisation, named by it: not the organisation
        "Venezuela's oil exports fell after Washington reimposed sanctions on the OPEC member.",
        {"USA": "imposer", "VEN": "target", "OPEC": None},
    ),
    (
        "The U.S. was prepared to ease oil-related sanctions on OPEC member-nation Venezuela.",
        {"USA": "imposer", "VEN": "target", "OPEC": None},
    ),
    (  # "his administration": the government of the leader named before
        "Nigerian President Bola Tinubu spoke on Friday. His administration imposed sanctions on Niger's junta.",
        {"NGA": "imposer", "NER": "target"},
    ),
    ("Cyprus is an island. Sanctions on the island of Hainan were lifted.", {"CYP": None}),  # "the island of X"
    ("The alliance held a summit. The EU imposed sanctions on Iran.", {"NATO": None}),  # no antecedent: no one
    (  # an actor after a verb and a preposition is its object: the subject before it imposes
        "In August, Lithuania, Latvia and Estonia lost patience with the bloc's slow pace and acted alone, imposing "
        "sanctions on Belarusian officials.",
        {"LTU": "imposer", "EST": "imposer", "BLR": "target"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEFINITE_DESCRIPTIONS)
def test_definite_descriptions_stand_for_the_actor_named_before(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


APPOSITIVES = [
    (  # an appositive naming another actor stands between a subject and its verb, and its actor only describes
        "sanctions",
        "Norway, Russia's northern neighbour, said it would adopt the EU sanctions in full.",
        {"NOR": "imposer", "EU": "imposer", "RUS": None},
    ),
    (
        "ceasefire",
        "Qatar, a close U.S. ally, brokered the truce between Israel and Hamas.",
        {"QAT": "broker", "USA": None, "ISR": "party", "HAMAS": "party"},
    ),
    (  # a cue inside the appositive keeps its own grammar: "the sponsors of the truce with Israel"
        "ceasefire",
        "Beirut urged France, one of the sponsors of the ceasefire with Israel, to press for its full implementation.",
        {"ISR": "party"},
    ),
]


@pytest.mark.parametrize(("topic", "text", "expected"), APPOSITIVES)
def test_an_appositive_describes_its_head(topic: str, text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, topic, expected) == expected


def test_the_agents_of_a_decision_to_sanction_impose() -> None:
    text = "It followed a decision by Britain, Canada and Japan to freeze the assets of Russia's central bank."
    got = roles("", text, "sanctions")
    assert got == {"GBR": "imposer", "CAN": "imposer", "JPN": "imposer", "RUS": "target"}


WAR_ZONES = [
    (  # a truce in a known war zone names both sides of its war
        "The foreign ministers of Spain and Ireland called for an immediate ceasefire in Gaza on Monday.",
        {"ESP": "broker", "IRL": "broker", "ISR": "party", "HAMAS": "party"},
    ),
    ("The Kashmir ceasefire held overnight, army officials said.", {"IND": "party", "PAK": "party"}),
    ("Aid convoys reached Gaza after the truce in Lebanon took hold.", {"ISR": None, "HAMAS": None}),  # not the zone
    ("A ceasefire in Gazala was agreed by the tribes.", {"ISR": None}),  # a whole word only
    # a region at war with its state names the state: the rebels there have no code
    ("Finland's Martti Ahtisaari urged a ceasefire in Aceh.", {"FIN": "broker", "IDN": "party"}),
    ("Lebed said the truce in Chechnya was holding.", {"RUS": "party"}),
    # where a truce holds: "around" a capital, "took effect across" a state at war
    ("The summit called for a fragile truce around Tripoli to be made lasting.", {"LBY": "party"}),
    ("A U.S.-brokered ceasefire took effect across Bosnia at midnight.", {"USA": "broker", "BIH": "party"}),
]


@pytest.mark.parametrize(("text", "expected"), WAR_ZONES)
def test_a_truce_in_a_war_zone_names_its_sides(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "ceasefire", expected) == expected


TRUCE_BACK_REFERENCES = [
    (  # after a truce cue, what "all sides" are urged to keep is the truce
        "A truce took hold in Yemen on Monday. In Paris, President Emmanuel Macron welcomed the deal and urged all "
        "sides to respect it.",
        {"FRA": "broker"},
    ),
    (  # ... and "the four-day pause" is the truce
        "The truce took hold on Friday. The German foreign minister said Berlin wanted the four-day pause to be "
        "extended.",
        {"DEU": "broker"},
    ),
    (  # urging all sides to do something else is no brokering
        "A truce took hold in Yemen on Monday. In Paris, President Emmanuel Macron urged all sides to protect the "
        "economy.",
        {"FRA": None},
    ),
    ("Brazil said the pause in the trade talks would last a week.", {"BRA": None}),  # no truce named before
]


@pytest.mark.parametrize(("text", "expected"), TRUCE_BACK_REFERENCES)
def test_words_that_refer_back_to_a_truce(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "ceasefire", expected) == expected


# Words around a mention that make it no actor or no target: an issue ("over Ukraine"), a destination ("a flight to
# Mongolia"), an event or a border ("the Rwandan genocide", "Ugandan borders"), a firm's nationality ("a small Chinese
# bank"), a venue before a verb ("ministers meeting in Luxembourg agreed asset freezes").
NOT_ACTORS = [
    ("sanctions", "Russia retaliated on Thursday for Western sanctions over Ukraine.", {"RUS": "target", "UKR": None}),
    (
        "ceasefire",
        "Putin sketched out the truce plan during a flight to Mongolia, calling on both sides to halt operations.",
        {"RUS": "party", "MNG": None},
    ),
    (
        "ceasefire",
        "Speaking at a commemoration of the 1994 Rwandan genocide, the UN chief called for an immediate ceasefire.",
        {"UN": "broker", "RWA": None},
    ),
    ("ceasefire", "Rebels who fled across Ugandan borders rejected the ceasefire.", {"UGA": None}),
    (
        "sanctions",
        "The United States moved to cut off a small Chinese bank and imposed sanctions on a shipping firm.",
        {"USA": "imposer", "CHN": None},
    ),
    (
        "sanctions",
        "EU foreign ministers meeting in Luxembourg agreed asset freezes on 11 Iranian officials.",
        {"EU": "imposer", "LUX": None},
    ),
    (  # "a" and a demonym as a noun: a person, not the state
        "ceasefire",
        "Ten Thai nationals and a Filipino were freed under an arrangement outside the framework of the truce.",
        {"PHL": None, "THA": None},
    ),
    (  # "a charge" is a noun, no act of punishing
        "sanctions",
        "The UAE is accused of arming the RSF through Chad -- a charge Abu Dhabi denies, though U.N. sanctions "
        "monitors have described the allegations as credible.",
        {"TCD": None, "UN": "imposer"},
    ),
    (  # firms linked to both sides of a war: both are targets
        "sanctions",
        "Washington imposed sanctions on companies linked to both the army and the RSF in June.",
        {"USA": "imposer", "RSF": "target"},
    ),
    (  # citizens are no actor, unless sanctioned
        "sanctions",
        "The United States imposed sanctions on two Chinese citizens and a shipping company; Filipino citizens were "
        "not affected.",
        {"USA": "imposer", "CHN": "target", "PHL": None},
    ),
    (  # the one ties are cut with and what it is accused of act in nothing; the embargo's object is the target
        "sanctions",
        "Saudi Arabia and Egypt cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism and Iran, "
        "and imposed a land, sea and air embargo on Qatar.",
        {"SAU": "imposer", "EGY": "imposer", "QAT": "target", "IRN": None},
    ),
    (  # one of "all sides" called on to halt fire is a side
        "ceasefire",
        "Russia's ambassador said Moscow had wanted the text to call on all sides, including the Saudi-led coalition "
        "conducting air strikes, to halt fire.",
        {"RUS": "broker", "SAU": "party"},
    ),
    (  # a deal brokered to restore diplomatic ties is no truce
        "ceasefire",
        "The truce has held since April. The visit followed a China-brokered agreement between Saudi Arabia and Iran to "
        "restore diplomatic ties.",
        {"CHN": None, "IRN": None},
    ),
    (  # a panel ceasing operations stops no fighting; the vetoer of its mandate and an actor after "after" are no targets
        "sanctions",
        "UN panel monitoring North Korea sanctions to disband after Russian veto",
        {"PRK": "target", "RUS": None},
    ),
    (
        "ceasefire",
        "A UN panel of experts that has tracked violations of sanctions on North Korea will cease operations in April.",
        {"UN": None, "PRK": None},
    ),
    (  # a UN travel ban is a sanction of its own
        "sanctions",
        "Security Council members failed to extend a waiver that let 13 Taliban officials travel abroad despite a UN "
        "travel ban.",
        {"UN": "imposer", "TALIBAN": "target"},
    ),
    (  # "X and allies": the subject and its unnamed partners
        "sanctions",
        "Ben-Gvir and Smotrich: UK and allies sanction Israeli ministers",
        {"GBR": "imposer", "ISR": "target"},
    ),
    (  # abstainers named inside the resolution's relative clause neither urge nor impose what it does
        "sanctions",
        "Resolution 1973, which passed with ten votes in favour and five abstentions, including China and Russia, "
        "demands an immediate ceasefire and tightens sanctions on Libya.",
        {"CHN": None, "RUS": None, "LBY": "target"},
    ),
    (  # after an aside on the subject's plight, the main clause's objects are no targets
        "sanctions",
        "Myanmar's junta, under Western sanctions since the coup, relies heavily on China and Russia for weapons.",
        {"MMR": "target", "CHN": None, "RUS": None},
    ),
    (  # the agent of another noun after the cue imposes nothing
        "sanctions",
        "The UN imposed an arms embargo on South Sudan. Ethiopia's envoy said the embargo could undermine the regional "
        "peace process led by IGAD.",
        {"UN": "imposer", "SSD": "target", "IGAD": None},
    ),
]


@pytest.mark.parametrize(("topic", "text", "expected"), NOT_ACTORS)
def test_mentions_that_name_no_actor_or_no_target(topic: str, text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, topic, expected) == expected


def test_sanctions_under_a_charter_are_imposed_by_its_body() -> None:
    text = "The council imposed sanctions under Chapter VII of the U.N. Charter on Sudan's leaders."
    assert roles_of("", text, "sanctions", {"UN": "imposer"}) == {"UN": "imposer"}


def test_refusing_to_apply_sanctions_makes_no_imposer() -> None:
    text = "The juntas of Mali and Burkina Faso said they would not apply the \"illegitimate\" sanctions on Niger."
    assert roles_of("", text, "sanctions", {"MLI": None, "BFA": None}) == {"MLI": None, "BFA": None}


def test_a_semicolon_ends_the_clause_of_an_actor() -> None:
    title = "Ukraine, rebels sign ceasefire in Minsk; West presses ahead with new Russia sanctions"
    assert roles_of(title, "", "sanctions", {"UKR": None, "RUS": "target"}) == {"UKR": None, "RUS": "target"}


BROKERS_AND_SIGNATORIES = [
    (  # a deputy's title joins the demonym to the name: the facilitator
        "The ceasefire was signed on Sunday. South African Deputy President Jacob Zuma, who facilitated the "
        "negotiations, said both sides had shown courage.",
        {"ZAF": "broker"},
    ),
    (  # an appositive with a number before the verb of mediating
        "Sudan signed a truce with the rebels. Chadian President Idriss Deby, whose country has taken in more than "
        "100,000 refugees, mediated the talks.",
        {"TCD": "broker", "SDN": "party"},
    ),
    (  # the host of a summit and the chair of a peace initiative, in a truce story, broker it
        "Burundi's government and the rebels signed a ceasefire. Ugandan President Yoweri Museveni, who chairs the "
        "regional peace initiative on Burundi, said the deal must be implemented. Tanzanian President Benjamin Mkapa "
        "hosted the summit.",
        {"UGA": "broker", "TZA": "broker", "BDI": "party"},
    ),
    (  # an organisation's monitors watch over a truce: a third party
        '"Our mission is to monitor compliance with the ceasefire agreement," said the head of the EU Monitoring '
        "Mission, German diplomat Hansjoerg Haber.",
        {"EU": "broker"},
    ),
    (  # a signatory named after the truce is a side
        "Macron and Merkel visited the clearing where the armistice was signed in a railway carriage by Germany.",
        {"DEU": "party"},
    ),
    (  # the country where the sides sign a truce hosts it (a broker), it is not its war
        "Sudan and Darfur rebels sign a humanitarian ceasefire in Chad.",
        {"SDN": "party", "TCD": "broker"},
    ),
    (
        "The Democratic Republic of Congo and M23 rebels have signed ceasefire deal in Qatar to end fighting.",
        {"COD": "party", "M23": "party", "QAT": "broker"},
    ),
    (  # the guarantors listed after a dash
        "Colombia and the ELN agreed a ceasefire. The talks are supported by the guarantor countries of the process -- "
        "Cuba, Brazil, Chile and Norway -- which helped draft the ceasefire protocol.",
        {"CUB": "broker", "BRA": "broker", "CHL": "broker", "NOR": "broker"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BROKERS_AND_SIGNATORIES)
def test_brokers_and_signatories(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "ceasefire", expected) == expected


SANCTION_SUPPORTERS_AND_OPPONENTS = [
    (  # who blocks the sanctions neither imposes nor suffers them
        "The EU sanctions on Russia's oil, blocked by Hungary for months, took effect.",
        {"HUN": None, "EU": "imposer", "RUS": "target"},
    ),
    ("Washington, the architect of the embargo on Cuba, refused to budge.", {"USA": "imposer", "CUB": "target"}),
    ("Western leaders said Britain would go ahead with new sanctions against Russia.", {"GBR": "imposer", "RUS": "target"}),
    (  # facing criticism is not facing sanctions: Britain is no target
        "Britain has faced criticism for being slower than the European Union in sanctioning wealthy Russians.",
        {"GBR": None, "EU": "imposer"},
    ),
    (  # judging sanctions wrong is not considering them
        "Brazil considers it unnatural to rush to sanctions on Iran. The EU is considering new sanctions.",
        {"BRA": None, "EU": "imposer", "IRN": "target"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SANCTION_SUPPORTERS_AND_OPPONENTS)
def test_sanction_supporters_and_opponents(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


def test_agreements_named_after_a_capital_are_no_actor() -> None:
    text = "Russia and Ukraine agreed a ceasefire under the Minsk agreements, which Kyiv said Moscow had violated."
    assert roles_of("", text, "ceasefire", {"BLR": None}) == {"BLR": None}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (  # a subsidy war's truce is a trade truce
            "U.S., EU call five-year truce in Airbus-Boeing subsidy war",
            "The truce was announced at a summit in Brussels between U.S. President Joe Biden and EU leaders.",
        ),
        (  # a truce between boxers' camps
            "Fury and Usyk make weight",
            "The two camps appeared to have called a truce after a tense week. Usyk joined a battalion in Ukraine after "
            "Russia's invasion. Both sides shook hands at Friday's weigh-in.",
        ),
        (  # a truce between politicians
            "Uhuru and Raila reaffirm their political truce",
            "President Uhuru Kenyatta and Opposition leader Raila Odinga reaffirmed their commitment to their truce.",
        ),
        (  # a headline's truce whose story tells it as a personal feud
            "Musk-Trump fallout: signs of truce emerge as White House schedules call",
            "Hours after Donald Trump and billionaire Elon Musk engaged in a war of words, signs of truce are emerging.",
        ),
        (  # a title's patent truce makes the story's truces the firms', where no fighting is named
            "Microsoft, Google call patent truce",
            "The firms agreed to drop lawsuits in Germany, France and Britain. \"It's a ceasefire, not peace,\" an "
            "analyst said. The agreement covers cases in Japan and South Korea.",
        ),
    ],
)
def test_truces_in_trade_and_sport_are_no_ceasefire(title: str, text: str) -> None:
    assert not {actor for topic, actor, _ in found(title, text) if topic == "ceasefire"}


def test_both_sides_of_a_named_war_are_those_two_not_their_other_enemies() -> None:
    text = (
        "Israel and Hezbollah agreed a ceasefire on Tuesday. Both sides said the truce would hold. Iran's foreign "
        "minister visited Beirut on Friday."
    )
    assert roles("", text, "ceasefire") == {"ISR": "party", "HEZBOLLAH": "party"}


def test_a_state_in_the_background_of_a_truce_is_no_role() -> None:
    text = (
        "A ceasefire between Israel and Hezbollah took effect on Wednesday. Both parties expressed scepticism about the "
        "ceasefire amid regional tensions involving Iran."
    )
    assert roles("", text, "ceasefire") == {"ISR": "party", "HEZBOLLAH": "party"}


def test_the_two_sides_of_a_named_war_need_no_other_enemies() -> None:
    text = (
        "A ceasefire between Colombia's government and the ELN took effect, the first in five decades of conflict "
        "between the two sides. A UN mission verifies the peace accord with the former FARC guerrillas."
    )
    title = "Colombia's first bilateral ceasefire with ELN rebels takes effect"
    got = {d.actor: d.role for d in detect(title, text, on=date(2017, 10, 1)) if d.topic == "ceasefire"}
    assert (got.get("COL"), got.get("ELN"), got.get("FARC")) == ("party", "party", None)


SANCTION_NOUNS_AND_VERBS = [
    (  # a ban on all arms trade, by the resolutions that impose it
        "Any such deal would violate U.N. Security Council resolutions, which ban all arms trade with North Korea.",
        {"UN": "imposer", "PRK": "target"},
    ),
    (  # the noun "freeze" after a sanctions cue
        "The order puts Venezuela among countries, including Cuba and Syria, whose governments are subject to a "
        "comprehensive U.S. freeze. It also allows sanctions on foreign companies.",
        {"USA": "imposer", "CUB": "target", "SYR": "target"},
    ),
    (  # the one urged to punish imposes, the one punished is the target
        "The EU sanctioned Iranian officials over the crackdown. Kyiv has urged the bloc to punish Tehran for the "
        "drone deliveries.",
        {"UKR": "imposer", "IRN": "target"},
    ),
    (  # a strong cue where a weak one starts wins: "freeze" alone is no reason to drop the article's only cue
        "After two rounds of designations this year, Britain agreed a freeze on the assets of three Russian banks.",
        {"GBR": "imposer", "RUS": "target"},
    ),
    (  # "the U.S. blockade" is Havana's name for the embargo; a speaker it has cost is its target
        "Cuban Foreign Minister Bruno Rodriguez said the U.S. blockade had cost the island billions of dollars.",
        {"USA": "imposer", "CUB": "target"},
    ),
    ("Israel tightened its blockade of Gaza after the truce collapsed.", {"ISR": None}),  # a naval blockade is none
    (  # a package of one's own, after a sanctions cue
        "EU governments approved new sanctions on Russia. The United States is preparing its own, closely coordinated "
        "package.",
        {"USA": "imposer", "EU": "imposer"},
    ),
    (  # one who usually imposes sanctions says they will go ahead; the quoted "we" of a speaker with an appositive
        "British Prime Minister David Cameron, the summit's host, said the sanctions on Russia should go ahead. "
        '"We should be clear that the sanctions will be applied," he said.',
        {"GBR": "imposer", "RUS": "target"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SANCTION_NOUNS_AND_VERBS)
def test_sanction_nouns_and_verbs(text: str, expected: dict[str, str | None]) -> None:
    assert roles_of("", text, "sanctions", expected) == expected


def test_a_freeze_of_hiring_or_settlements_is_no_sanction() -> None:
    text = "The EU imposed sanctions on Iran. Israel announced a settlement freeze and a hiring freeze."
    assert roles_of("", text, "sanctions", {"ISR": None}) == {"ISR": None}


def test_an_actor_after_a_preposition_is_no_subject_of_the_next_verb_phrase() -> None:
    title = "Trump pulls U.S. out of Iran nuclear deal, reimposes 'highest level' of sanctions"
    assert roles_of(title, "", "sanctions", {"USA": "imposer", "IRN": None}) == {"USA": "imposer", "IRN": None}


def test_a_state_that_acts_in_return_for_the_lifting_of_a_list_of_sanctions_is_their_target() -> None:
    text = "Under the agreement, Iran curbed uranium enrichment in return for the lifting of U.S., EU and U.N. sanctions."
    expected = {"IRN": "target", "USA": "imposer", "EU": "imposer", "UN": "imposer"}
    assert roles_of("", text, "sanctions", expected) == expected


# Each case: a headline, its standfirst, and the role (None: no detection) of each actor the case is about.
SANCTION_REACTIONS = [
    (  # who welcomes or hails relief from sanctions is their target
        "Libya welcomes end of US sanctions", "Libya has welcomed the US decision to lift sanctions.",
        {"LBY": "target", "USA": "imposer"},
    ),
    (
        "Sudan hails lifting of US sanctions", "Sudan has welcomed the decision by Washington to ease economic sanctions.",
        {"SDN": "target", "USA": "imposer"},
    ),
    (  # who defies sanctions, or will not bow to them, is their target
        "Iran vows to defy UN sanctions",
        "Iran's president says his country will not bow to pressure after the UN imposed sanctions.",
        {"IRN": "target", "UN": "imposer"},
    ),
    (  # retaliating or hitting back with sanctions imposes them; being slapped with them, or hitting back at them, not
        "Moscow retaliates with sanctions", "Russia has imposed sanctions on US officials in response to Washington's measures.",
        {"RUS": "imposer", "USA": "target"},
    ),
    (
        "Uzbekistan hits back at EU sanctions", "Uzbekistan has condemned EU sanctions as interference in its affairs.",
        {"UZB": "target", "EU": "imposer"},
    ),
    (
        "Venezuela slapped with US sanctions", "The US has imposed sanctions on Venezuela's state oil company PDVSA.",
        {"VEN": "target", "USA": "imposer"},
    ),
    (  # the subject of a clause set beside the sanctions' effect suffers them ("as Washington sanctions 2,600" does not)
        "Russia defaults on foreign debt as sanctions bite", "Russia has defaulted on its foreign debt.", {"RUS": "target"},
    ),
    (
        "Ukraine war: First ladies meet as US announces new sanctions",
        "The US first lady met her Ukrainian counterpart as Washington sanctions 2,600 individuals.",
        {"USA": "imposer", "UKR": None},
    ),
    (  # an actor naming the event that heads the subject is not its subject
        "Libya compensation deal ends sanctions", "The UN has formally lifted sanctions against Libya.",
        {"LBY": "target", "UN": "imposer"},
    ),
    (  # who will not support sanctions is not their imposer
        "Key Iran ally rejects sanctions", "Russia has said it will not support sanctions against Iran.",
        {"RUS": None, "IRN": "target"},
    ),
    (  # a verb whose cause (not object) the sanctions are: "over sanctions" is a reaction of their target
        "Iran threatens oil cut over sanctions", "", {"IRN": "target"},
    ),
    ("North Korea warns over sanctions", "", {"PRK": "target"}),
    ("The US warned Iran over its nuclear programme and threatened sanctions.", "", {"USA": "imposer", "IRN": "target"}),
    (  # who keeps buying a target's oil despite sanctions is a third party, neither their imposer nor their target
        "India to keep buying Iranian oil despite sanctions",
        "India says it will continue to import oil from Iran despite US sanctions.",
        {"IND": None, "IRN": "target", "USA": "imposer"},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), SANCTION_REACTIONS)
def test_reactions_to_sanctions(title: str, text: str, expected: dict[str, str | None]) -> None:
    assert roles_of(title, text, "sanctions", expected) == expected


SWIFT_AND_FINANCIAL_SYSTEM = [
    (  # cutting banks off from Swift or a financial system is a sanction: its subject imposes it, the banks' state is hit
        "Western allies cut Russian banks from Swift",
        "The US, EU, UK and Canada agreed to remove selected Russian banks from the Swift payments system.",
        {"RUS": "target", "USA": "imposer", "EU": "imposer", "GBR": "imposer", "CAN": "imposer"},
    ),
    ("Iran banks cut off from Swift", "Iranian banks have been disconnected from the Swift network.", {"IRN": "target"}),
    (
        "", "The US has cut Iran's Bank Saderat off from the US financial system.",
        {"USA": "imposer", "IRN": "target"},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), SWIFT_AND_FINANCIAL_SYSTEM)
def test_cutting_banks_off_from_swift(title: str, text: str, expected: dict[str, str | None]) -> None:
    assert roles_of(title, text, "sanctions", expected) == expected


BANS_AND_LISTS = [
    (  # banning a state's airline from one's airspace, or closing it to its planes
        "Belarus: EU bans Belavia from airspace", "The EU has banned the Belarusian national airline from its airspace.",
        {"EU": "imposer", "BLR": "target"},
    ),
    (
        "EU closes airspace to Russian planes", "The EU is closing its airspace to Russian-owned aircraft.",
        {"EU": "imposer", "RUS": "target"},
    ),
    (  # a ban on imports of timber or diamonds from a state (not of wine: a health ban)
        "UN bans Liberian timber", "The UN Security Council has banned imports of timber from Liberia.",
        {"UN": "imposer", "LBR": "target"},
    ),
    ("", "The UN Security Council has lifted a ban on diamond exports from Liberia.", {"UN": "imposer", "LBR": "target"}),
    ("Russia bans Georgian wine", "Russia has banned imports of wine from Georgia, citing health concerns.", {"RUS": None}),
    (  # the list of state sponsors of terrorism is a blacklist; the one taken off it is its target
        "Libya removed from US terror list", "The US has removed Libya from its list of state sponsors of terrorism.",
        {"USA": "imposer", "LBY": "target"},
    ),
    (
        "North Korea removed from US terror blacklist",
        "The US has taken North Korea off its list of state sponsors of terrorism.",
        {"USA": "imposer", "PRK": "target"},
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), BANS_AND_LISTS)
def test_bans_and_lists(title: str, text: str, expected: dict[str, str | None]) -> None:
    assert roles_of(title, text, "sanctions", expected) == expected


def test_an_armed_group_calling_for_a_truce_is_a_side_of_it() -> None:
    text = "An M23 spokesman was targeted as regional leaders' calls for an immediate ceasefire went unheeded."
    assert roles_of("", text, "ceasefire", ["M23"]) == {"M23": "party"}


def test_an_organisation_not_at_war_is_a_truce_s_broker() -> None:
    # named beside a side as if it were one: the UN is at war with no one, so it stands beside the sides
    assert roles_of("", "The UN and Mali agreed a ceasefire.", "ceasefire", ["MLI", "UN"]) == {"MLI": "party", "UN": "broker"}


def test_the_rebels_stand_for_the_armed_group_named_before() -> None:
    text = (
        "The EU added the Liberation Tigers of Tamil Eelam to its terrorist list. The decision strains the 2002 ceasefire "
        "between the government and the rebels, brokered by Norway."
    )
    assert roles_of("", text, "ceasefire", ["LTTE", "NOR"]) == {"LTTE": "party", "NOR": "broker"}
