"""JSON-lines replay: good lines become Articles, bad lines are reported with their number."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest import read_replay
from newsmon.errors import FeedError


def test_replay_keeps_going_after_bad_lines(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "d1", "title": "One", "text": "First.", "url": "https://e.com/1?utm_medium=x",
                    "published": "2025-05-19T10:00:00+02:00", "extra": 1}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "d2", "title": "no text"}),
        json.dumps({"title": "no id", "text": "x"}),
        json.dumps({"id": "d3", "text": "x", "published": "yesterday-ish"}),
        json.dumps({"article_id": "d4", "text": "Fourth.", "published": "2025-05-19T10:00:00"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    batch = read_replay(path)

    assert [a.article_id for a in batch.articles] == ["d1", "d4"]
    first = batch.articles[0]
    assert (first.title, first.text, first.url) == ("One", "First.", "https://e.com/1")
    assert first.published == datetime(2025, 5, 19, 8, 0, tzinfo=UTC)
    assert batch.articles[1].published == datetime(2025, 5, 19, 10, 0, tzinfo=UTC)
    assert first.source == str(path)
    assert [e.reason for e in batch.errors] == [
        "bad_json", "not_an_object", "missing_field", "missing_field", "invalid_field"
    ]
    assert [f"line {n}:" in str(e) for n, e in zip([2, 4, 5, 6, 7], batch.errors)] == [True] * 5
    assert "line=2" in caplog.text and str(path) in caplog.text


def test_replay_missing_file() -> None:
    with pytest.raises(FeedError, match="missing.jsonl"):
        read_replay("/nonexistent/missing.jsonl")
