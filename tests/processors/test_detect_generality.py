"""Conflicts, regimes and phrasings the dev set does not hold: general knowledge, not tuned sentences.

Each case is a short article of our own and every (topic, actor, role) it should give, no more.
"""

import pytest

from processors.detect import detect

Expected = set[tuple[str, str, str]]

ARTICLES: list[tuple[str, str, Expected]] = [
    (
        "Armenia and Azerbaijan trade blame over border truce",
        "Yerevan accused Baku of violating the ceasefire along the border overnight. "
        "Azerbaijan's defence ministry denied the claim and said Armenian units had opened fire first.",
        {("ceasefire", "ARM", "party"), ("ceasefire", "AZE", "party")},
    ),
    (
        "",
        "Ethiopia's federal government and Tigrayan forces signed a cessation of hostilities in Pretoria, "
        "in talks convened by the African Union.",
        {("ceasefire", "ETH", "party"), ("ceasefire", "AU", "broker")},
    ),
    (
        "Thai-Cambodian clashes",
        "Thailand and Cambodia agreed to an immediate and unconditional ceasefire after talks hosted by Malaysia's "
        "prime minister, Anwar Ibrahim, in Putrajaya.",
        {("ceasefire", "THA", "party"), ("ceasefire", "KHM", "party"), ("ceasefire", "MYS", "broker")},
    ),
    (
        "",
        "The truce between Israel and Hezbollah, brokered by the United States and France last November, "
        "has largely held despite near-daily Israeli strikes in southern Lebanon.",
        {("ceasefire", "ISR", "party"), ("ceasefire", "HEZBOLLAH", "party"), ("ceasefire", "USA", "broker"),
         ("ceasefire", "FRA", "broker")},
    ),
    (
        "",
        "Oman has mediated a truce between Washington and the Houthis, under which the group will stop "
        "attacking American ships in the Red Sea.",
        {("ceasefire", "OMN", "broker"), ("ceasefire", "USA", "party"), ("ceasefire", "HOUTHIS", "party")},
    ),
    (
        "",
        "The Treasury's Office of Foreign Assets Control designated four Venezuelan officials and froze their "
        "assets in the United States.",
        {("sanctions", "USA", "imposer"), ("sanctions", "VEN", "target")},
    ),
    (
        "Beijing hits back at US arms makers",
        "China imposed sanctions on three American defence companies over arms sales to Taiwan, the foreign "
        "ministry in Beijing said.",
        {("sanctions", "CHN", "imposer"), ("sanctions", "USA", "target")},
    ),
    (
        "",
        "Britain, France and Germany triggered the snapback of UN sanctions on Iran over its nuclear programme.",
        {("sanctions", "GBR", "imposer"), ("sanctions", "FRA", "imposer"), ("sanctions", "DEU", "imposer"),
         ("sanctions", "UN", "imposer"), ("sanctions", "IRN", "target")},
    ),
    (
        "",
        "Washington lifted most sanctions on Syria after the fall of Bashar al-Assad.",
        {("sanctions", "USA", "imposer"), ("sanctions", "SYR", "target")},
    ),
    (
        "",
        "Sanctions-hit Iran has sold most of its crude to independent refiners in China.",
        {("sanctions", "IRN", "target")},
    ),
    (
        "",
        "The UN Security Council tightened sanctions on North Korea after its latest nuclear test.",
        {("sanctions", "UN", "imposer"), ("sanctions", "PRK", "target")},
    ),
    (
        "",
        "Cuba blames the decades-old US embargo for shortages of food and fuel on the island.",
        {("sanctions", "USA", "imposer"), ("sanctions", "CUB", "target")},
    ),
    (
        "",
        "The European Union renewed its sanctions on Belarus over Minsk's support for the invasion of Ukraine.",
        {("sanctions", "EU", "imposer"), ("sanctions", "BLR", "target")},
    ),
    (
        "",
        "Russia responded with counter-sanctions on Western officials, barring them from entering the country.",
        {("sanctions", "RUS", "imposer")},
    ),
    (
        "",
        "Britain has frozen the assets of a Russian oligarch who owns a football club.",
        {("sanctions", "GBR", "imposer"), ("sanctions", "RUS", "target")},
    ),
    (
        "",
        "Turkey's Erdogan offered to host talks between Russia and Ukraine on a ceasefire.",
        {("ceasefire", "TUR", "broker"), ("ceasefire", "RUS", "party"), ("ceasefire", "UKR", "party")},
    ),
    (
        "",
        "The junta in Niger rejected ECOWAS sanctions as illegal.",
        {("sanctions", "ECOWAS", "imposer"), ("sanctions", "NER", "target")},
    ),
    (
        "Gaza truce talks",
        "Israeli and Hamas negotiators resumed talks in Cairo on Monday. Egypt and Qatar have proposed a 60-day "
        "truce. Both sides have signalled flexibility, a diplomat said.",
        {("ceasefire", "ISR", "party"), ("ceasefire", "HAMAS", "party"), ("ceasefire", "EGY", "broker"),
         ("ceasefire", "QAT", "broker")},
    ),
    (
        "",
        "Fighting between Sudan's army and the Rapid Support Forces has killed thousands. The warring parties "
        "agreed to a week-long ceasefire in Jeddah, mediated by Saudi Arabia and the United States.",
        {("ceasefire", "SDN", "party"), ("ceasefire", "RSF", "party"), ("ceasefire", "SAU", "broker"),
         ("ceasefire", "USA", "broker")},
    ),
    (
        "",
        "Azerbaijan launched an offensive in Nagorno-Karabakh. A day later, it agreed to a ceasefire proposed by "
        "Russian peacekeepers.",
        {("ceasefire", "AZE", "party"), ("ceasefire", "RUS", "broker")},
    ),
    (
        "North Korea fires missiles",
        "SEOUL - North Korea fired two ballistic missiles into the sea on Thursday, South Korea's military said. "
        "The launches violate UN Security Council resolutions that have imposed sanctions on Pyongyang since 2006. "
        "Russia and China have blocked new sanctions at the council, and a UN panel monitoring the sanctions was "
        "disbanded last year after a Russian veto.",
        {("sanctions", "UN", "imposer"), ("sanctions", "PRK", "target")},
    ),
    (
        "Venezuela sanctions",
        "The United States reimposed oil sanctions on Venezuela on Tuesday after President Nicolas Maduro's "
        "government failed to meet electoral commitments. China, the largest buyer of Venezuelan crude, criticised "
        "the move. Brazil's President Lula called for dialogue.",
        {("sanctions", "USA", "imposer"), ("sanctions", "VEN", "target")},
    ),
    (
        "",
        "The E3 said they would trigger the snapback of sanctions against Iran.",
        {("sanctions", "GBR", "imposer"), ("sanctions", "FRA", "imposer"), ("sanctions", "DEU", "imposer"),
         ("sanctions", "IRN", "target")},
    ),
    (
        "",
        "European sanctions on Iranian airlines came into force on Monday.",
        {("sanctions", "EU", "imposer"), ("sanctions", "IRN", "target")},
    ),
    (
        "",
        "Myanmar's junta declared a temporary truce with ethnic armed groups to allow earthquake relief.",
        {("ceasefire", "MMR", "party")},
    ),
    (
        "",
        "Colombian President Gustavo Petro suspended the ceasefire with a FARC dissident faction after an attack "
        "on an Indigenous community.",
        {("ceasefire", "COL", "party"), ("ceasefire", "FARC", "party")},
    ),
    (
        "",
        "In 2002, the Sri Lankan government and the Tamil Tigers signed a Norwegian-brokered ceasefire.",
        {("ceasefire", "LKA", "party"), ("ceasefire", "LTTE", "party"), ("ceasefire", "NOR", "broker")},
    ),
    (
        "",
        "Saudi Arabia and the Houthis accused each other of violating the truce around Marib.",
        {("ceasefire", "SAU", "party"), ("ceasefire", "HOUTHIS", "party")},
    ),
    (
        "",
        "The Libyan truce collapsed on Monday as forces loyal to the Tripoli government clashed with fighters "
        "of the eastern commander Khalifa Haftar.",
        {("ceasefire", "LBY", "party")},
    ),
    (
        "",
        "Israel and Iran traded strikes for a third day. Tehran rejected calls for a ceasefire while "
        "Israeli jets kept bombing, and Qatar offered to mediate.",
        {("ceasefire", "ISR", "party"), ("ceasefire", "IRN", "party"), ("ceasefire", "QAT", "broker")},
    ),
]

NOT_MENTIONS: list[tuple[str, str]] = [
    ("Retail truce", "Two German discount chains called a truce in their price battle over coffee."),
    ("", "The league sanctioned the Brazilian club for fielding an ineligible player against a rival from Argentina."),
    ("", "Russia's Gazprom and Ukraine's Naftogaz called a truce in their gas price dispute."),
    ("", "The French coach said the team had agreed a truce with the federation over bonuses."),
    ("", "The band's new single, 'Ceasefire', topped the charts in Ireland and Canada."),
    ("", "India raised tariffs on almonds imported from the United States in retaliation for steel duties."),
]


@pytest.mark.parametrize(("title", "text", "expected"), ARTICLES)
def test_article(title: str, text: str, expected: Expected) -> None:
    assert {(d.topic, d.actor, d.role) for d in detect(title, text)} == expected


@pytest.mark.parametrize(("title", "text"), NOT_MENTIONS)
def test_other_senses(title: str, text: str) -> None:
    assert detect(title, text) == []


def test_a_dateline_after_a_byline_is_skipped() -> None:
    text = "By Jane Doe and John Roe\nDoha (AFP) - Israel and Hamas agreed a ceasefire on Sunday."
    detections = detect("", text)
    assert {d.actor for d in detections} == {"ISR", "HAMAS"}
    assert detections[0].evidence[0].sentence == "Israel and Hamas agreed a ceasefire on Sunday."
