"""Pure alerting logic: mentions from detections, dedupe keys, surge counting, record parsing."""

from datetime import UTC, datetime

import pytest

from newsmon.errors import InvalidRecord
from processors.alerting import (
    count_for_surge,
    dedupe_key,
    latest_state,
    mention_alert,
    mentions_for,
    story_id,
    surge_alert,
)
from processors.records import DEADLETTER_MAX_BYTES, deadletter_record, parse_record
from schemas import Article, Detection, Evidence

NOW = datetime(2025, 5, 19, 12, tzinfo=UTC)


def article(title: str = "Truce agreed", url: str = "https://example.org/a") -> Article:
    return Article(article_id=url, title=title, text="Both sides agreed a truce.", url=url, published=NOW)


def detection(actor: str = "RUS") -> Detection:
    return Detection(topic="ceasefire", actor=actor, role="party", confidence=0.9,
                     evidence=[Evidence(sentence="Both sides agreed a truce.", start=0, end=26)], counterparts=["UKR"])


def test_same_headline_under_two_urls_is_one_story() -> None:
    assert story_id(article(url="https://a.example/1")) == story_id(article(url="https://b.example/2"))
    assert story_id(article("Truce agreed!")) == story_id(article("truce  agreed"))
    assert story_id(article("Truce collapses")) != story_id(article())


def test_mention_alert_carries_evidence_and_a_stable_id() -> None:
    [mention] = mentions_for(article(), [detection()], {"RUS": "Russia", "UKR": "Ukraine"}.get, NOW)
    alert = mention_alert(mention, {"RUS": "Russia", "UKR": "Ukraine"}.get)
    assert (alert.kind, alert.topic, alert.actor.code, alert.actor.name, alert.role) == (
        "mention", "ceasefire", "RUS", "Russia", "party")
    assert alert.counterparts[0].name == "Ukraine"
    assert alert.evidence[0].url == "https://example.org/a" and alert.evidence[0].end == 26
    again = mention_alert(mentions_for(article(url="https://b.example/x"), [detection()], str, NOW)[0], str)
    assert again.alert_id == alert.alert_id and dedupe_key(mention.story_id, mention.topic, mention.actor).endswith("|ceasefire|RUS")


def test_surge_fires_once_when_count_reaches_threshold() -> None:
    state, fired = None, []
    for _ in range(7):
        state, surge = count_for_surge(state, 3600, 3600, min_count=5)
        fired.append(surge)
    assert fired == [False, False, False, False, True, False, False]
    # next window needs twice the previous window's 7
    hits = []
    for _ in range(14):
        state, surge = count_for_surge(state, 7200, 3600, min_count=5)
        hits.append(surge)
    assert hits.index(True) == 13 and hits.count(True) == 1
    # an older window is not counted
    assert count_for_surge(state, 0, 3600, 5) == (state, False)


def test_the_latest_surge_state_is_the_later_window_or_the_higher_count() -> None:
    old, now, more = {"start": 0, "count": 9, "previous": 0}, {"start": 3600, "count": 5, "previous": 9}, {"start": 3600, "count": 6, "previous": 9}
    assert latest_state(None, old) == old
    assert latest_state(old, now) == now and latest_state(now, old) == now
    assert latest_state(more, now) == more and latest_state(now, more) == more


def test_surge_alert_describes_its_window() -> None:
    [mention] = mentions_for(article(), [detection()], str, NOW)
    alert = surge_alert(mention, str, {"start": 3600, "count": 5, "previous": 1}, 3600)
    assert alert.kind == "surge" and alert.window.count == 5 and alert.window.end.timestamp() == 7200


@pytest.mark.parametrize(
    ("value", "reason"),
    [(b"", "empty"), (b"x" * 2000, "oversized"), (b"{not json", "not_json"), (b'{"title": "no id"}', "invalid")],
)
def test_bad_records_are_rejected_with_a_reason(value: bytes, reason: str) -> None:
    with pytest.raises(InvalidRecord) as caught:
        parse_record(Article, value, max_bytes=1024)
    assert caught.value.reason == reason
    kept, headers = deadletter_record(value, caught.value, "news.articles", 1, 42)
    headers = dict(headers)
    assert kept == value and headers["error"] == reason.encode() and headers["source_offset"] == b"42"


def test_huge_dead_letters_are_cut_to_fit_a_request() -> None:
    value = b"x" * (DEADLETTER_MAX_BYTES + 5)
    kept, headers = deadletter_record(value, InvalidRecord("oversized", "too big"), "news.articles", 0, 1)
    assert len(kept) == DEADLETTER_MAX_BYTES
    assert dict(headers)["value_truncated_from"] == str(len(value)).encode()
