"""CloudEvents Kafka binding headers (binary mode) on alerts."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from schemas import Alert, alert_id_from_headers, cloudevent_headers, make_alert_id, schema_id


def alert(kind: str = "mention", detected_at: datetime = datetime(2025, 5, 19, 18, 5, 7, 250000, tzinfo=UTC)) -> Alert:
    return Alert(alert_id=make_alert_id(kind, "story", "sanctions", "USA"), kind=kind, topic="sanctions",
                 actor={"code": "USA", "name": "United States"}, role="imposer", confidence=0.8,
                 story_id="story", detected_at=detected_at)


def as_dict(headers: list[tuple[str, bytes]]) -> dict[str, str]:
    assert all(isinstance(name, str) and isinstance(value, bytes) for name, value in headers)
    return {name: value.decode() for name, value in headers}


def test_required_headers_are_present() -> None:
    a = alert()
    headers = as_dict(cloudevent_headers(a))
    assert headers["ce_specversion"] == "1.0"
    assert headers["ce_id"] == a.alert_id
    assert headers["ce_source"] == "newsmon/processors"
    assert headers["ce_subject"] == "USA"
    assert headers["content-type"] == "application/json"
    assert "ce_dataschema" not in headers


@pytest.mark.parametrize("kind", ["mention", "surge"])
def test_type_follows_kind(kind: str) -> None:
    assert as_dict(cloudevent_headers(alert(kind)))["ce_type"] == f"org.newsmon.alert.{kind}"


@pytest.mark.parametrize("moment", [
    datetime(2025, 5, 19, 18, 5, 7, 250000, tzinfo=UTC),
    datetime(2025, 5, 19, 20, 5, 7, tzinfo=timezone(timedelta(hours=2))),
    datetime(2025, 5, 19, 18, 5, 7),  # naive: taken as UTC
])
def test_time_is_rfc3339_utc(moment: datetime) -> None:
    text = as_dict(cloudevent_headers(alert(detected_at=moment)))["ce_time"]
    assert text[10] == "T" and text.endswith("Z")
    parsed = datetime.fromisoformat(text)  # 3.11 reads the Z suffix
    assert parsed.tzinfo is not None
    assert parsed == (moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def test_source_and_dataschema_can_be_set() -> None:
    headers = as_dict(cloudevent_headers(alert(), source="https://example.org/newsmon",
                                         dataschema=schema_id("alert")))
    assert headers["ce_source"] == "https://example.org/newsmon"
    assert headers["ce_dataschema"] == schema_id("alert")


def test_alert_id_from_headers() -> None:
    a = alert()
    assert alert_id_from_headers(cloudevent_headers(a)) == a.alert_id
    assert alert_id_from_headers([("content-type", b"application/json")]) is None
    assert alert_id_from_headers(None) is None
    assert alert_id_from_headers([("ce_id", None)]) is None
