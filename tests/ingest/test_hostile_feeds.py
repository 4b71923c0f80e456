"""Every file in feeds/ served over real HTTP next to a good feed, checked against its ``Expect:`` line."""

import logging
import tracemalloc
from pathlib import Path

import pytest

from ingest import FeedState, Publisher, SeenSet, ingest_once, read_source
from newsmon.settings import Settings

GOOD = "formats/rss2.xml"
GOOD_ARTICLES = 2
CASES = sorted((Path(__file__).parent / "feeds").glob("*.xml"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_hostile_feed(
    path: Path,
    feed_server,  # conftest.FeedServer
    publisher: Publisher,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    expect = feed_server.expect(path)
    url, good = feed_server.url(path.name), feed_server.url(GOOD)
    states: dict[str, FeedState] = {}
    caplog.set_level(logging.INFO, logger="ingest")

    tracemalloc.start()
    report = ingest_once([good, url], publisher, settings, states=states)
    peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()

    assert GOOD not in report.errors, "the good feed must not suffer from its neighbour"
    if "error" in expect:
        error = report.errors[url]
        assert type(error).__name__ == expect["error"]
        assert url in str(error) and expect.get("message", "") in str(error)
        assert any(r.levelno >= logging.ERROR and url in r.getMessage() for r in caplog.records)
        assert report.published == GOOD_ARTICLES
    else:
        assert url not in report.errors
        assert report.published == GOOD_ARTICLES + int(expect["articles"])
    if "max_mb" in expect:
        assert peak_mb < float(expect["max_mb"])
    if "retry_after" in expect:
        assert report.errors[url].retry_after == float(expect["retry_after"])
    if "warning" in expect:
        assert any(
            r.levelno == logging.WARNING and url in r.getMessage() and expect["warning"] in r.getMessage()
            for r in caplog.records
        )
    if "absent" in expect:
        assert all(expect["absent"] not in r.getMessage() for r in caplog.records)
    if "contains" in expect:
        texts = [a.text for a in read_source(url, settings).articles]
        assert any(expect["contains"] in t for t in texts)
    if "then" in expect:
        again = ingest_once([good, url], publisher, settings, seen=SeenSet(), states=states)
        assert again.errors == {}
        assert again.published == GOOD_ARTICLES + int(expect["then"])
