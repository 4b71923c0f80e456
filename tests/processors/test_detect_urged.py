"""Grammar gaps found on the sample feed, tested on new sentences: the urged are sides, Congo's names,
"sanctioned" as approval, a company's nationality."""

import pytest

from processors.detect import detect
from processors.detect.gazetteer import find_actors


def roles(text: str, topic: str = "ceasefire", title: str = "") -> dict[str, str]:
    return {d.actor: d.role for d in detect(title, text) if d.topic == topic}


URGED = [
    ("Turkish and Russian envoys urged Armenia and Azerbaijan on Friday to respect the truce along their border.",
     {"ARM": "party", "AZE": "party", "TUR": "broker", "RUS": "broker"}),
    ("Norway called on Colombia and the ELN rebels to keep the ceasefire in place through the elections.",
     {"COL": "party", "ELN": "party", "NOR": "broker"}),
    ("The African Union pressed Sudan's army and the RSF to agree to a humanitarian truce before the rains.",
     {"SDN": "party", "RSF": "party", "AU": "broker"}),
    ("France asked Russia to accept an unconditional 30-day ceasefire, an aide said.", {"RUS": "party", "FRA": "broker"}),
    ("Envoys from Oman and Switzerland urged Thailand and Cambodia to extend their ceasefire by a month.",
     {"THA": "party", "KHM": "party", "OMN": "broker", "CHE": "broker"}),
    # forced into a truce: a side
    ("Britain and France said they would coerce Moscow into a truce.", {"RUS": "party", "GBR": "broker", "FRA": "broker"}),
]


@pytest.mark.parametrize(("sentence", "expected"), URGED)
def test_the_urged_keep_a_truce_as_sides_and_the_urger_brokers(sentence: str, expected: dict[str, str]) -> None:
    got = roles(sentence)
    assert {a: got.get(a) for a in expected} == expected


def test_mediators_list_stops_at_the_verb_but_keeps_adjectives() -> None:
    got = roles("The truce, reached with the help of regional mediators including Egypt, Qatar and Turkey, held.")
    assert {got.get("EGY"), got.get("QAT"), got.get("TUR")} == {"broker"}


def test_urging_an_outsider_to_push_for_a_truce_does_not_make_it_a_side() -> None:
    assert roles("Kenya urged the European Union to back a ceasefire in Sudan.").get("EU") == "broker"


@pytest.mark.parametrize(
    ("name", "code"),
    [("Democratic Republic of Congo", "COD"), ("Democratic Republic of the Congo", "COD"), ("DR Congo", "COD"),
     ("DRC", "COD"), ("Congo-Kinshasa", "COD"), ("Congo", "COD"), ("Republic of Congo", "COG"),
     ("Republic of the Congo", "COG"), ("Congo-Brazzaville", "COG"), ("Congo Republic", "COG")],
)
def test_congo_names(name: str, code: str) -> None:
    assert [h.actor for h in find_actors(f"Officials from {name}'s capital spoke.")] == [code]


def test_a_government_and_a_rebel_group_signing_a_truce_are_both_parties() -> None:
    text = ("The Democratic Republic of Congo's government and the M23 rebel group on Saturday signed a framework "
            "in Doha binding them to a truce in North Kivu, Qatar's mediator said.")
    got = roles(text)
    assert got.get("COD") == "party" and got.get("M23") == "party" and got.get("QAT") == "broker"


def test_a_named_group_followed_by_its_description_is_the_group() -> None:
    assert roles("The Hamas militant group accepted the truce late on Monday.").get("HAMAS") == "party"


APPROVALS = [
    "The German carmaker said its supervisory board had sanctioned a 2 billion euro share buyback.",
    "Directors sanctioned the $400 million takeover of the Canadian miner on Friday.",
    "The boxing commission refused to sanction a rematch fight between the two champions in Riyadh.",
    "An Indian conglomerate's board sanctioned a special dividend of 12 rupees a share.",
]


@pytest.mark.parametrize("sentence", APPROVALS)
def test_sanctioned_meaning_approved_is_not_a_sanctions_mention(sentence: str) -> None:
    assert roles(sentence, "sanctions") == {}


def test_real_sanctions_next_to_approval_words_still_count() -> None:
    assert roles("Britain sanctioned three Russian banks over the invasion.", "sanctions") == {"GBR": "imposer", "RUS": "target"}
    assert roles("The Security Council sanctioned Iran over its nuclear programme.", "sanctions").get("IRN") == "target"


def test_a_companys_nationality_is_not_an_actor() -> None:
    got = roles("Shares of a Japanese chipmaker fell after its board sanctioned a share buyback and sanctions on Iran.", "sanctions")
    assert "JPN" not in got
    assert roles("The Treasury sanctioned a Chinese refiner that bought oil from Iran.", "sanctions").get("CHN") == "target"
