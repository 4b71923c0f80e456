"""ingest_once over mixed sources and the stoppable polling loop, against a real broker and HTTP server."""

import json
import logging
import threading
import time
from pathlib import Path

from prometheus_client import REGISTRY

from ingest import SAMPLE_FEED, Publisher, backoff_delay, ingest_once, poll_forever
from newsmon.errors import FeedError
from newsmon.settings import Settings

RSS2 = Path(__file__).parent / "feeds" / "formats" / "rss2.xml"


def _metric(name: str, feed: str) -> float:
    return REGISTRY.get_sample_value(name, {"feed": feed}) or 0.0


def test_ingest_once_mixed_sources(tmp_path: Path, feed_server, publisher: Publisher, settings: Settings, read_topic) -> None:
    replay = tmp_path / "replay.jsonl"
    replay.write_text(
        json.dumps({"id": "r1", "title": "R1", "text": "one"}) + "\n{oops\n"
        + json.dumps({"id": "r2", "title": "R2", "text": "two"}) + "\n",
        encoding="utf-8",
    )
    missing = str(tmp_path / "missing.xml")
    sources = [SAMPLE_FEED, feed_server.url("formats/rss2.xml"), str(RSS2), str(replay), missing]

    report = ingest_once(sources, publisher, settings)

    assert _metric("newsmon_articles_ingested_total", SAMPLE_FEED) >= 14
    assert _metric("newsmon_feed_errors_total", missing) == 1
    assert (report.feeds_ok, report.feeds_failed) == (4, 1)
    assert isinstance(report.errors[missing], FeedError) and missing in str(report.errors[missing])
    assert report.duplicates == 2  # the same two items over HTTP and from the file
    assert report.rejected == 1
    assert report.published == 14 + 2 + 2
    assert sum(offset + 1 for offset in report.offsets.values()) == report.published
    assert len({r.key for r in read_topic(report.published)}) == report.published


def test_poll_forever_backs_off_dedupes_and_stops(
    tmp_path: Path, feed_server, publisher: Publisher, bootstrap_servers: str, read_topic, caplog
) -> None:
    settings = Settings(bootstrap_servers=bootstrap_servers, poll_interval=0.2, max_backoff=30, feed_timeout=1)
    good, broken, limited = "formats/atom.xml", "status_500.xml", "status_429.xml"
    replay = tmp_path / "once.jsonl"
    replay.write_text(json.dumps({"id": "once", "title": "Once", "text": "Replayed once."}) + "\n")
    before = {name: feed_server.requests[name] for name in (good, broken, limited)}
    sources = [feed_server.url(n) for n in (good, broken, limited)] + [str(replay)]
    stop = threading.Event()
    caplog.set_level(logging.INFO, logger="ingest")
    loop = threading.Thread(target=poll_forever, args=(sources, publisher, settings, stop))
    loop.start()
    time.sleep(1.5)
    stop.set()
    loop.join(timeout=5)
    assert not loop.is_alive()
    publisher.flush(timeout=10)

    polls = {name: feed_server.requests[name] - before[name] for name in before}
    assert polls[good] >= 5  # every 0.2 s
    assert 2 <= polls[broken] <= 3  # after 0.4 s, then 0.8 s
    assert polls[limited] == 1  # Retry-After: 7
    assert sum(f"feed={replay} published=" in r.getMessage() for r in caplog.records) == 1
    assert len(read_topic(4, timeout=2)) == 3  # re-reads of the good feed were dropped as duplicates


def test_backoff_delay() -> None:
    settings = Settings(poll_interval=10, max_backoff=100)
    assert [backoff_delay(n, settings) for n in (1, 2, 3, 4)] == [20, 40, 80, 100]
    assert backoff_delay(1, settings, retry_after=60) == 60
    assert backoff_delay(1, settings, retry_after=10_000) == 100
    assert backoff_delay(1000, settings) == 100
