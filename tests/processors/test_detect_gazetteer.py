"""Actor knowledge: names, metonyms, people in office, and the case rules that avoid false hits."""

from datetime import date

import pytest

from processors.detect import actor_name
from processors.detect.gazetteer import find_actors, held_capitals, load


def actors(text: str, on: date | None = None) -> list[str]:
    return [h.actor for h in find_actors(text, on)]


def test_every_un_member_and_observer_has_a_display_name() -> None:
    countries = load("countries")
    assert len(countries) >= 195
    assert {"VAT", "PSE", "SSD", "PRK", "USA"} <= countries.keys()
    assert actor_name("RUS") == "Russia"
    assert actor_name("EU") == "European Union"
    assert actor_name("XYZ") == "XYZ"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv said", ["UKR"]),
        ("Kiev said", ["UKR"]),
        ("the Kremlin said", ["RUS"]),
        ("the White House said", ["USA"]),
        ("Downing Street said", ["GBR"]),
        ("Tehran and Pyongyang", ["IRN", "PRK"]),
        ("the State Department and OFAC", ["USA", "USA"]),
        ("the European Commission", ["EU"]),
        ("Ukrainian and Israeli officials", ["UKR", "ISR"]),
        ("the Israeli army", ["ISR"]),
        ("European leaders", ["EU"]),
        ("Putin and Zelenskiy", ["RUS", "UKR"]),
        ("the Houthis and Hezbollah", ["HOUTHIS", "HEZBOLLAH"]),
        ("the Rapid Support Forces", ["RSF"]),
    ],
)
def test_names_metonyms_and_people_map_to_actors(text: str, expected: list[str]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US officials told us that", ["USA"]),
        ("Chad Smith scored twice, while Chad closed its border", ["TCD"]),
        ("Jordan Henderson played; Jordan hosted the talks", ["JOR"]),
        ("voters in Atlanta, Georgia", []),
        ("the governor of Georgia in Atlanta", []),
        ("Georgia and Russia", ["GEO", "RUS"]),
        ("a roast turkey at Thanksgiving", []),
        ("fine china and porcelain", []),
        ("the Niger Delta", []),
        ("Niger's junta", ["NER"]),
        ("the Washington Post reported", []),
        ("Latin American leaders", []),
        ("Former Swedish Prime Minister Carl Bildt", []),
        ("talks in Doha", []),
        ("an opera by Richard Wagner", []),
        ("Wagner fighters and Gazprom Neft", ["RUS", "RUS"]),
    ],
)
def test_case_and_context_rules(text: str, expected: list[str]) -> None:
    assert actors(text) == expected


def test_office_dates_pick_the_state_a_person_acts_for() -> None:
    assert actors("Kaja Kallas said", date(2022, 3, 1)) == ["EST"]
    assert actors("Kaja Kallas said", date(2025, 3, 1)) == ["EU"]
    assert actors("Mark Rutte said", date(2025, 3, 1)) == ["NATO"]
    assert actors("Assad said", date(2025, 6, 1)) == []
    assert actors("Assad said") == ["SYR"]
    assert actors("Kaja Kallas said") == ["EU"]  # without a date, the latest office


def test_a_capital_held_by_an_armed_group_names_it_where_the_group_is_named() -> None:
    article = "The Houthis seized the capital in 2014. Sanaa said it would keep the truce, Aden said it would too."
    held = held_capitals(article)
    assert [h.actor for h in find_actors(article, held=held)] == ["HOUTHIS", "HOUTHIS", "YEM"]
    assert held_capitals("Sanaa said it would keep the truce.") == frozenset()
    assert actors("Sanaa said it would keep the truce.") == ["YEM"]


def test_every_actor_in_the_data_is_a_known_code() -> None:
    codes = load("countries").keys() | load("orgs").keys()
    assert {p["actor"] for p in load("people")["person"]} <= codes
    assert load("institutions").keys() <= codes
    assert load("entities").keys() <= codes
    assert {code for grouping in load("groupings").values() for code in grouping["members"]} <= codes
    conflicts = load("conflicts")
    assert {a for c in conflicts["conflict"] for side in c["sides"] for a in side} <= codes
    assert set(conflicts["usual_imposers"]) | set(conflicts["usual_brokers"]) <= codes
