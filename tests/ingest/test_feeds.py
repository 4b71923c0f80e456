"""RSS 2.0, Atom and RDF files, the bundled sample feed, and HTTP helpers."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from ingest import SAMPLE_FEED, read_feed
from ingest.feeds import parse_feed, read_file, retry_after_seconds
from newsmon.errors import FeedError, FeedParseError, FeedTooLarge

FORMATS = Path(__file__).parent / "feeds" / "formats"


def _read(name: str) -> list:
    return read_feed(str(FORMATS / name), timeout=1.0, max_bytes=1_000_000)


def test_rss2() -> None:
    first, second = _read("rss2.xml")
    assert first.title == "Envoys meet in Geneva for truce talks"
    assert first.url == "https://news.example.com/world/geneva-talks?id=7"
    assert first.text == "Envoys met in Geneva on Monday.\nThey agreed to meet again & keep talking.\nA second line."
    assert first.published == datetime(2025, 5, 19, 12, 30, tzinfo=UTC)
    assert first.source == str(FORMATS / "rss2.xml")
    assert second.text == "Stocks rose on Tuesday.\nBonds were flat."


def test_atom() -> None:
    first, second = _read("atom.xml")
    assert first.title == "Ministers agree new measures"
    assert first.url == "https://atom.example.org/2025/05/measures"
    assert first.text == "First paragraph.\nSecond paragraph."
    assert first.published == datetime(2025, 5, 21, 13, 15, tzinfo=UTC)
    assert second.text == "Line one.\nLine two <not a tag>."
    assert second.published == datetime(2025, 5, 22, 8, 0, tzinfo=UTC)


def test_rdf() -> None:
    first, second = _read("rdf.xml")
    assert (first.title, first.text, first.url) == ("RDF item A", "Text of item A.", "https://rdf.example.net/a")
    assert first.published == datetime(2025, 5, 18, 5, 0, tzinfo=UTC)
    assert second.published is None


def test_same_entry_same_id_across_reads() -> None:
    assert [a.article_id for a in _read("rss2.xml")] == [a.article_id for a in _read("rss2.xml")]


def test_sample_feed(shared: Path) -> None:
    articles = read_feed(SAMPLE_FEED, timeout=1.0, max_bytes=1_000_000)
    assert len(articles) >= 13
    seed = articles[0]
    assert seed.title == "Trump says Russia and Ukraine to start ceasefire talks after Putin call"
    assert seed.url.startswith("https://www.reuters.com/")
    assert seed.published.date().isoformat() == "2025-05-19"
    seed_text = (shared / "seed" / "reuters_2025-05-19_trump_putin_call.txt").read_text(encoding="utf-8")
    assert seed.text.split() == seed_text.split()
    assert len({a.article_id for a in articles}) == len(articles)


def test_not_a_feed() -> None:
    with pytest.raises(FeedParseError, match="feed=x.json"):
        parse_feed(b'{"items": []}', "x.json")


def test_missing_file() -> None:
    with pytest.raises(FeedError, match="feed=/nonexistent/feed.xml: cannot read"):
        read_feed("/nonexistent/feed.xml", timeout=1.0, max_bytes=1024)


def test_file_size_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(b" " * 2048)
    with pytest.raises(FeedTooLarge, match="big.xml"):
        read_file(big, max_bytes=1024)


def test_content_that_looks_like_a_path_is_not_opened() -> None:
    with pytest.raises(FeedParseError):
        parse_feed(str(FORMATS / "rss2.xml").encode(), "https://evil.example.com/feed")


def test_retry_after_seconds() -> None:
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=100), usegmt=True)
    assert 90 < retry_after_seconds(later) <= 100
    assert retry_after_seconds("Mon, 01 Jan 2001 00:00:00 GMT") == 0.0
