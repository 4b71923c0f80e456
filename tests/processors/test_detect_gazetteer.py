"""Actor knowledge: names, metonyms, people in office, and the case rules that avoid false hits."""

from datetime import date

import pytest

from processors.detect import actor_name, detect
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
        # former names map to today's successor state
        ("the Soviet Union, Transjordan and Zaire", ["RUS", "JOR", "COD"]),
        ("Rhodesia, Ceylon, Yugoslavia and Czechoslovakia", ["ZWE", "LKA", "SRB", "CZE"]),
        # spellings met in real pages, and an acronym after its name as one mention
        ("Abdel Fattah El Sisi, Pashinian and Kabarebe", ["EGY", "ARM", "RWA"]),
        ("the Swiss Federal Council and the GNA in Tripoli", ["CHE", "LBY"]),
        ("the European Union (EU) and the Rapid Support Forces (RSF)", ["EU", "RSF"]),
        ("the UN Al-Qaeda Sanctions Committee", ["UN", "UN"]),
        # typeset apostrophes match as typed ones: not the Republic of Korea inside the North's name
        ("the Democratic People’s Republic of Korea", ["PRK"]),
        ("Côte d’Ivoire and Cote d'Ivoire", ["CIV", "CIV"]),
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
        ("On Tuesday Israel said; Michael Jordan said", ["ISR"]),  # a day before the name is no given name
        ("the Islamic Emirate and Kishinev", ["TALIBAN", "MDA"]),
        ("voters in Atlanta, Georgia", []),
        ("the governor of Georgia in Atlanta", []),
        ("Georgia and Russia", ["GEO", "RUS"]),
        ("ACCRA, March 3 (GNA) - the Ghana News Agency", ["GHA"]),
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
        ("a longtime Georgia GOP consultant said", []),
        ("Georgia Republicans closed ranks behind the governor", []),
        ("Sen. Jon Ossoff of Georgia", []),
        ("the late Hezbollah chief Hassan Nasrallah", ["HEZBOLLAH"]),  # the group's name, not the dead leader
        ("a portrait of the late Nasrallah", []),
        ("Iran's late president Ebrahim Raisi", ["IRN"]),
        ("slain Hamas leader Yahya Sinwar", ["HAMAS"]),
        ("Sinwar rejected the offer", ["HAMAS"]),
        ("late on Tuesday, Israeli officials said", ["ISR"]),  # a time, not "the late"
    ],
)
def test_case_and_context_rules(text: str, expected: list[str]) -> None:
    assert actors(text) == expected


def test_without_a_date_a_name_takes_its_latest_office() -> None:
    assert actors("Jens Stoltenberg said") == ["NATO"]
    assert actors("Obasanjo said") == ["AU"]
    assert actors("Ahmed Aboul Gheit said") == ["ARAB_LEAGUE"]


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


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # in office: the state or organisation the person acts for then; out of office: no one
        ("Andriy Yermak said", date(2025, 5, 1), ["UKR"]),
        ("Andriy Yermak said", date(2025, 12, 5), []),
        ("Gotabaya Rajapaksa said", date(2021, 6, 1), ["LKA"]),
        ("Gotabaya Rajapaksa said", date(2023, 6, 1), []),
        ("Nkosazana Dlamini-Zuma said", date(2008, 6, 1), ["ZAF"]),
        ("Nkosazana Dlamini-Zuma said", date(2014, 6, 1), ["AU"]),
        ("Michel Barnier said", date(2018, 6, 1), ["EU"]),
        ("Michel Barnier said", date(2024, 10, 1), ["FRA"]),
        ("Michel Barnier said", date(2025, 6, 1), []),
        ("Jens Stoltenberg said", date(2020, 6, 1), ["NATO"]),
        ("Jens Stoltenberg said", date(2010, 6, 1), ["NOR"]),
        ("Jens Stoltenberg said", date(2025, 6, 1), []),
        ("Ramtane Lamamra said", date(2022, 6, 1), ["DZA"]),
        ("Ramtane Lamamra said", date(2024, 6, 1), ["UN"]),
        ("Ahmed Aboul Gheit said", date(2010, 6, 1), ["EGY"]),
        ("Ahmed Aboul Gheit said", date(2020, 6, 1), ["ARAB_LEAGUE"]),
        ("Tedros said", date(2021, 6, 1), ["UN"]),
        ("King Abdullah said", date(2020, 6, 1), ["JOR"]),
        ("King Abdullah said", date(2010, 6, 1), []),  # the Saudi and the Jordanian king: no guess
        ("Hun Sen said", date(2024, 1, 1), []),  # between stepping down and the Senate
        ("Hun Sen said", date(2025, 7, 1), ["KHM"]),
        ("Madeleine Albright said", date(1996, 12, 10), ["USA"]),  # UN ambassador, then secretary of state
        ("Madeleine Albright said", date(2005, 6, 1), []),
        ("Boris Yeltsin said", date(1992, 7, 22), ["RUS"]),
        ("George Bush said", date(1991, 6, 1), ["USA"]),  # the father, then the son
        ("George Bush said", date(1997, 6, 1), []),
        ("Nancy Pelosi said", date(2022, 8, 5), ["USA"]),
        ("Nancy Pelosi said", date(2024, 8, 5), []),
        ("The Taiwan Affairs Office said", date(2022, 8, 5), ["CHN"]),  # Beijing's office for the island
        ("Mahinda Rajapaksa said", date(2005, 3, 1), ["LKA"]),  # prime minister, then president
        ("Crown Prince Abdullah said", date(2004, 6, 1), ["SAU"]),
        ("Crown Prince Abdullah said", date(2010, 6, 1), []),
        ("General Tchiani said", date(2024, 6, 1), ["NER"]),  # Niger's junta leader, either spelling
        ("Ismail Haniya said", date(2012, 6, 1), ["HAMAS"]),
    ],
)
def test_office_holders_act_for_their_state_only_while_in_office(text: str, on: date, expected: list[str]) -> None:
    assert actors(text, on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ansarullah fired missiles", ["HOUTHIS"]),
        ("Yahya Saree said", ["HOUTHIS"]),
        ("Abu Obeida, the Qassam spokesman", ["HAMAS"]),
        ("Hashem Safieddine", ["HEZBOLLAH"]),
        ("Sirajuddin Haqqani and Mullah Baradar", ["TALIBAN", "TALIBAN"]),
        ("ISKP claimed the attack", ["ISIS"]),
        ("Iyad Ag Ghaly's fighters", ["ALQAEDA"]),
        ("Cemil Bayik said", ["PKK"]),
        ("Iván Márquez and Pablo Beltrán", ["FARC", "ELN"]),
        ("Bertrand Bisimwa and Corneille Nangaa", ["M23", "M23"]),
        ("Abdelrahim Dagalo, Hemedti's brother", ["RSF", "RSF"]),
        ("Musa Hilal's militia", ["JANJAWEED"]),
        ("UNIFIL and MONUSCO", ["UN", "UN"]),
        ("the European Community and UNPROFOR", ["EU", "UN"]),  # a predecessor and a mission of the 1990s
        ("ECOMOG peacekeepers", ["ECOWAS"]),
        ("the UN atomic watchdog", ["IAEA"]),
        ("The AU's Peace and Security Council said", ["AU", "AU"]),  # not the UN Security Council
    ],
)
def test_armed_group_and_organisation_aliases(text: str, expected: list[str]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico City and Washington", ["MEX", "USA"]),
        ("Kuwait City said", ["KWT"]),
        ("Prishtina rejected it", ["XKX"]),
        ("Rawalpindi and Kabul", ["PAK", "AFG"]),
        ("Baabda said", ["LBN"]),
        ("the Casa Rosada and the Planalto", ["ARG", "BRA"]),
        ("Villa Somalia", ["SOM"]),
        ("the Bundeswehr and the Shin Bet", ["DEU", "ISR"]),
        ("talks in Mexico City", []),
    ],
)
def test_capitals_and_seats_of_government_as_metonyms(text: str, expected: list[str]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("US sanctions on Francesca Albanese", None, ["USA"]),  # the UN rapporteur, not Australia's prime minister
        ("the London-based Syrian Observatory for Human Rights", None, []),
        ("the Syrian Democratic Forces", None, []),
        ("a truce with the Ta'ang National Liberation Army", None, []),  # not Colombia's ELN
        ("the Palestinian Islamic Jihad", None, []),
        ("ships in the Gulf of Aden and the South China Sea", None, []),
        ("at Jomo Kenyatta International Airport", None, []),
        ("RSF, the press freedom group, said", None, []),
        ("the White House National Security Council", None, ["USA"]),  # not the UN Security Council
        ("Colombia's Defence Minister Pedro Sánchez", date(2025, 6, 1), ["COL"]),
        ("Spain's Pedro Sánchez", date(2025, 6, 1), ["ESP", "ESP"]),
        ("India's Foreign Secretary Vikram Misri", date(2025, 5, 10), ["IND", "IND"]),
        ("Thérèse Kayikwamba Wagner", date(2025, 6, 1), ["COD"]),  # not the Wagner group
        ("Luís Montenegro", date(2025, 6, 1), ["PRT"]),  # not Montenegro
        ("Saddam Haftar", date(2025, 6, 1), ["LBY"]),  # not Saddam Hussein
        ("Riyad al-Maliki", date(2015, 6, 1), ["PSE"]),  # not Iraq's al-Maliki
        ("Bosnian Serb leader Milorad Dodik", date(2025, 6, 1), ["BIH", "BIH"]),  # not Serbia
        ("the Pakistani Taliban", None, []),  # not the Afghan Taliban
        ("as reported by Agence France-Presse and France 24", None, []),  # news media, a source
        ("a AU$1.2 billion contract", None, []),  # Australian dollars, not the African Union
        ("US$40 million in frozen funds", None, []),
        ("a factory in Xi'an", None, []),  # the city, not Xi Jinping
        ("Nasrallah said", date(2025, 3, 1), []),  # killed in September 2024
        ("Nasrallah said", date(2020, 3, 1), ["HEZBOLLAH"]),
        ("the Sudan People's Liberation Army said", date(2002, 1, 19), []),  # a rebel army before independence
        ("the Sudan People's Liberation Army said", date(2014, 1, 23), ["SSD"]),
        ("South Sudan", date(2011, 7, 9), ["SSD"]),
        ("NATO ally Turkey", None, ["TUR"]),  # the alliance only describes its member
        ("Barcelona and Real Madrid called a truce", None, []),  # a club, not Spain's capital
        ("the former Yugoslav republic of Macedonia", None, ["MKD"]),  # a region, not Serbia
        ("Russia's U.N. Ambassador Vitaly Churkin", date(2015, 4, 14), ["RUS", "RUS"]),  # a state's envoy to the UN
        ("Russia's ambassador to the UN Security Council said", None, ["RUS"]),
        ("the UN envoy said", None, ["UN"]),  # the UN's own envoy
        ("The deal, signed in the Ghanaian capital, Accra, commits the sides", None, []),  # a venue
    ],
)
def test_namesakes_and_places_that_name_no_actor(text: str, on: date | None, expected: list[str]) -> None:
    assert actors(text, on) == expected


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        (
            "Burkina Faso's junta leader Ibrahim Traore ruled out any truce with JNIM militants.",
            date(2024, 6, 1),
            {("ALQAEDA", "party"), ("BFA", "party")},
        ),
        (
            "Mozambique's army said the truce with Islamic State fighters in Cabo Delgado was holding.",
            date(2024, 6, 1),
            {("ISIS", "party"), ("MOZ", "party")},
        ),
    ],
)
def test_known_conflicts_make_a_state_fighting_an_insurgency_a_party(
    text: str, on: date, expected: set[tuple[str, str]]
) -> None:
    assert {(d.actor, d.role) for d in detect("", text, on=on) if d.topic == "ceasefire"} == expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2022, 4, 2), "broker"),  # before the US struck the Houthis: a third party urging the truce
        (date(2025, 5, 7), "party"),  # at war with them since 2024: a side
        (None, "party"),  # no date: every known conflict counts
    ],
)
def test_a_known_conflict_counts_only_from_the_year_it_began(on: date | None, expected: str) -> None:
    text = "The Houthis accepted the truce on Friday. The United States demanded that the ceasefire hold."
    got = {d.actor: d.role for d in detect("", text, on=on) if d.topic == "ceasefire"}
    assert got["USA"] == expected


@pytest.mark.parametrize(("on", "expected"), [(date(1988, 7, 18), "party"), (date(2020, 7, 18), "broker")])
def test_the_wars_before_1990_are_known(on: date, expected: str) -> None:
    text = "Iran accepted the ceasefire on Monday. Baghdad demanded that the truce hold."  # the Iran-Iraq war, 1980-1988
    got = {d.actor: d.role for d in detect("", text, on=on) if d.topic == "ceasefire"}
    assert got["IRQ"] == expected


@pytest.mark.parametrize(
    ("on", "text", "expected"),
    [
        (date(2012, 9, 27), "", "party"),  # the border war of 2012: a side
        (date(2018, 6, 27), "", "broker"),  # that war long over: the host of another's truce
        (date(2018, 6, 27), "It recalled the 2012 Heglig fighting.", "party"),  # an article that recalls it
    ],
)
def test_an_ended_conflict_counts_only_while_an_article_recalls_it(on: date, text: str, expected: str) -> None:
    story = (
        "South Sudan's President Salva Kiir signed a ceasefire with the rebels in Khartoum. The declaration was signed "
        f"in the presence of Sudan's President Omar al-Bashir, who hosted the talks. {text}"
    )
    got = {d.actor: d.role for d in detect("", story, on=on) if d.topic == "ceasefire"}
    assert got["SDN"] == expected


# States in an armed conflict or under a sanctions regime since 2000, and the G20: the first year from which their office
# holders are listed when it is not 2000 (South Sudan is independent from 2011; Somalia had no government in mid-2000;
# Iraq none on 1 July 2003, between the fall of Saddam Hussein and the Governing Council; Afghanistan's rulers since
# August 2021 are the Taliban, an actor of their own).
COVERED_FROM = {
    code: 2000
    for code in (
        "USA RUS CHN GBR FRA DEU ITA JPN CAN AUS IND BRA ARG MEX KOR IDN SAU TUR ZAF UKR ISR PSE IRN SYR YEM LBN LBY SDN "
        "ETH ERI MLI NER BFA TCD CAF COD RWA UGA NGA MOZ AGO ZWE KEN CIV SLE LBR GNB GMB CMR DZA MAR TUN EGY JOR MMR PRK "
        "BLR VEN CUB NIC ARM AZE GEO MDA SRB BIH MKD KGZ KAZ UZB TJK PAK LKA NPL BGD COL THA KHM PHL HTI TWN QAT ARE BHR "
        "KWT OMN"
    ).split()
} | {"SSD": 2012, "SOM": 2001, "BDI": 2002, "GIN": 2007}
COVERED_SPANS = {"IRQ": [range(2000, 2003), range(2004, 2026)], "AFG": [range(2002, 2022)]}


def test_states_in_conflict_or_under_sanctions_have_office_holders_in_every_year() -> None:
    people = load("people")["person"]
    spans = {code: [range(first, 2026)] for code, first in COVERED_FROM.items()} | COVERED_SPANS
    thin = []
    for code, ranges in spans.items():
        for year in (y for r in ranges for y in r):
            day = date(year, 7, 1)
            holders = [
                p for p in people
                if p["actor"] == code and p.get("from", date.min) <= day < p.get("to", date.max)
            ]
            if len(holders) < 2:
                thin.append(f"{code} {year}: {len(holders)}")
    assert thin == []


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Deng Alor said", date(2009, 1, 1), ["SDN"]),  # Sudan's foreign minister, then South Sudan's
        ("Deng Alor said", date(2012, 1, 1), ["SSD"]),
        ("Moussa Faki said", date(2004, 1, 1), ["TCD"]),  # Chad's prime minister, then the AU's chairperson
        ("Moussa Faki said", date(2020, 1, 1), ["AU"]),
        ("Touadéra said", date(2010, 1, 1), ["CAF"]),  # prime minister, out of office, then president
        ("Touadéra said", date(2015, 1, 1), []),
        ("Mnangagwa said", date(2016, 1, 1), ["ZWE"]),  # vice president, fired, then president
        ("Mnangagwa said", date(2017, 11, 15), []),
        ("Tokayev said", date(2005, 1, 1), ["KAZ"]),
        ("Sher Bahadur Deuba said", date(2022, 6, 1), ["NPL"]),
        ("Sher Bahadur Deuba said", date(2024, 6, 1), []),
        ("the Qadhafi regime", date(2011, 3, 17), ["LBY"]),  # the spellings of wire copy and UN records
        ("Colonel Qaddafi said", date(2011, 3, 17), ["LBY"]),
    ],
)
def test_office_holders_added_for_conflict_and_sanctions_states(text: str, on: date, expected: list[str]) -> None:
    assert actors(text, on) == expected


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        (
            "Simbarashe Mumbengegwi condemned the sanctions imposed by the European Union.",
            date(2010, 3, 1),
            {("sanctions", "EU", "imposer"), ("sanctions", "ZWE", "target")},
        ),
        (
            "Amina Mohamed urged the warring parties in South Sudan to respect the ceasefire.",
            date(2014, 2, 1),
            {("ceasefire", "KEN", "broker"), ("ceasefire", "SSD", "party")},
        ),
        (
            "Nasser Judeh urged Israel and Hamas to agree a ceasefire.",
            date(2014, 7, 20),
            {("ceasefire", "HAMAS", "party"), ("ceasefire", "ISR", "party"), ("ceasefire", "JOR", "broker")},
        ),
        (
            "Lukashenko and Sidorsky rejected the sanctions.",
            date(2008, 6, 1),
            {("sanctions", "BLR", "target")},
        ),
    ],
)
def test_a_minister_names_the_state_in_a_mention(text: str, on: date, expected: set[tuple[str, str, str]]) -> None:
    assert {(d.topic, d.actor, d.role) for d in detect("", text, on=on)} == expected
