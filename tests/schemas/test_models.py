"""Event models: ids are stable, tracking parameters do not change identity, versions are carried."""

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from schemas import SCHEMA_VERSION, Alert, Article, canonical_url, make_alert_id, make_article_id


def test_canonical_url_drops_tracking_and_fragment() -> None:
    url = "HTTPS://www.Reuters.com:443/world/story?utm_source=rss&id=7&fbclid=x#top"
    assert canonical_url(url) == "https://www.reuters.com/world/story?id=7"


def test_article_id_is_stable_across_tracking_variants() -> None:
    a = make_article_id("https://example.org/a?utm_medium=email&b=2&a=1")
    b = make_article_id("https://example.org/a?a=1&b=2#comments")
    assert a == b
    assert a != make_article_id("https://example.org/other")


def test_article_id_falls_back_to_guid_then_title() -> None:
    assert make_article_id(None, "urn:guid:1") == make_article_id(None, "urn:guid:1")
    assert make_article_id(None, "urn:guid:1") != make_article_id(None, "urn:guid:2")
    assert make_article_id(None, None, "A title") != make_article_id(None, None, "Another title")


def test_alert_id_is_deterministic() -> None:
    assert make_alert_id("mention", "s|ceasefire|RUS") == make_alert_id("mention", "s|ceasefire|RUS")
    assert make_alert_id("mention", "s|ceasefire|RUS") != make_alert_id("surge", "s|ceasefire|RUS")


def test_article_round_trips_with_schema_version() -> None:
    article = Article(article_id="x", title="t", text="body", published=datetime(2025, 5, 19, tzinfo=UTC))
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article and again.schema_version == SCHEMA_VERSION


def test_alert_rejects_unknown_role() -> None:
    with pytest.raises(ValidationError):
        Alert(alert_id="a", kind="mention", topic="ceasefire", actor={"code": "RUS", "name": "Russia"},
              role="spectator", confidence=0.5, story_id="s", detected_at=datetime.now(UTC))
