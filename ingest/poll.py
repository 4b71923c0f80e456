"""Read every source (feed URL, feed file or JSON-lines replay), drop duplicates, publish."""

import functools
import logging
import math
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from kafka.producer.future import RecordMetadata

from ingest.dedupe import SeenSet
from ingest.feeds import FeedRetryLater, FeedState, is_url, read_feed
from ingest.publish import Publisher
from ingest.replay import Batch, read_replay
from newsmon.errors import FeedError
from newsmon.metrics import ARTICLES_INGESTED, FEED_ERRORS
from newsmon.settings import Settings

log = logging.getLogger(__name__)

_MAX_PARALLEL_READS = 8


@dataclass
class IngestReport:
    """What one ``ingest_once`` call did; ``offsets`` is the last offset written per partition."""

    feeds_ok: int = 0
    feeds_failed: int = 0
    published: int = 0
    duplicates: int = 0
    rejected: int = 0
    publish_failed: int = 0
    offsets: dict[int, int] = field(default_factory=dict)
    errors: dict[str, Exception] = field(default_factory=dict)


def is_replay(source: str) -> bool:
    """True for a local JSON-lines replay file (``*.jsonl``)."""
    return source.endswith(".jsonl") and not is_url(source)


def read_source(source: str, settings: Settings, state: FeedState | None = None) -> Batch:
    """The articles of one source: ``*.jsonl`` is a replay file, anything else an RSS/Atom/RDF URL or file."""
    if is_replay(source):
        return read_replay(source, settings.max_article_bytes)
    return Batch(read_feed(source, settings.feed_timeout, settings.max_feed_bytes, state))


def _read_safely(source: str, settings: Settings, state: FeedState) -> Batch | Exception:
    try:
        return read_source(source, settings, state)
    except FeedError as exc:
        log.error("%s", exc)  # "feed=<source>: <what went wrong>"
        FEED_ERRORS.labels(feed=source).inc()
        return exc
    except Exception as exc:  # one broken feed must never stop the others
        log.exception("feed=%s failed unexpectedly: %r", source, exc)
        FEED_ERRORS.labels(feed=source).inc()
        return exc


def _read_all(sources: Sequence[str], settings: Settings, states: dict[str, FeedState]) -> list[Batch | Exception]:
    with ThreadPoolExecutor(max_workers=max(1, min(_MAX_PARALLEL_READS, len(sources)))) as pool:
        return list(pool.map(lambda s: _read_safely(s, settings, states.setdefault(s, FeedState())), sources))


def _count_delivered(future: "Future[RecordMetadata]", feed: str) -> None:
    if future.exception() is None:
        ARTICLES_INGESTED.labels(feed=feed).inc()


def _publish_new(batch: Batch, publisher: Publisher, seen: SeenSet) -> tuple[list["Future[RecordMetadata]"], int]:
    futures, duplicates = [], 0
    for article in batch.articles:
        if seen.add(article.article_id):
            future = publisher.publish(article)
            future.add_done_callback(functools.partial(_count_delivered, feed=article.source))
            futures.append(future)
        else:
            duplicates += 1
    return futures, duplicates


def ingest_once(
    sources: Sequence[str],
    publisher: Publisher,
    settings: Settings,
    seen: SeenSet | None = None,
    states: dict[str, FeedState] | None = None,
    flush_timeout: float | None = None,
) -> IngestReport:
    """Read every source once, publish the new articles and wait until the broker has them all."""
    seen = seen if seen is not None else SeenSet()
    states = states if states is not None else {}
    report = IngestReport()
    futures: list[Future[RecordMetadata]] = []
    for source, result in zip(sources, _read_all(sources, settings, states), strict=True):
        if isinstance(result, Exception):
            report.feeds_failed += 1
            report.errors[source] = result
            continue
        report.feeds_ok += 1
        report.rejected += len(result.errors)
        new, duplicates = _publish_new(result, publisher, seen)
        futures += new
        report.duplicates += duplicates
    publisher.flush(flush_timeout)
    for future in futures:
        if future.exception() is not None:
            report.publish_failed += 1
            continue
        metadata = future.result()
        report.published += 1
        report.offsets[metadata.partition] = max(metadata.offset, report.offsets.get(metadata.partition, -1))
    log.info(
        "ingested feeds_ok=%d feeds_failed=%d published=%d duplicates=%d rejected=%d",
        report.feeds_ok, report.feeds_failed, report.published, report.duplicates, report.rejected,
    )
    return report


def backoff_delay(failures: int, settings: Settings, retry_after: float | None = None) -> float:
    """Seconds to wait after ``failures`` failures in a row: doubling from poll_interval, capped, >= Retry-After."""
    delay = min(settings.max_backoff, settings.poll_interval * 2 ** min(failures, 32))
    if retry_after is not None:
        delay = max(delay, min(retry_after, settings.max_backoff))
    return delay


def poll_forever(
    sources: Sequence[str],
    publisher: Publisher,
    settings: Settings,
    stop_event: threading.Event,
    seen: SeenSet | None = None,
) -> None:
    """Poll each source every ``poll_interval`` (backing off per failing feed) until ``stop_event`` is set.

    Replay files are read once. The caller closes ``publisher`` afterwards, which delivers what is still queued.
    """
    seen = seen if seen is not None else SeenSet()
    states: dict[str, FeedState] = {}
    failures = dict.fromkeys(sources, 0)
    due = dict.fromkeys(sources, time.monotonic())
    while not stop_event.is_set():
        ready = [s for s, when in due.items() if when <= time.monotonic()]
        for source, result in zip(ready, _read_all(ready, settings, states), strict=True):
            if isinstance(result, Exception):
                failures[source] += 1
                retry_after = result.retry_after if isinstance(result, FeedRetryLater) else None
                delay = backoff_delay(failures[source], settings, retry_after)
                log.warning("feed=%s failures=%d next_try_in=%.0fs", source, failures[source], delay)
            else:
                failures[source] = 0
                delay = math.inf if is_replay(source) else settings.poll_interval
                new, duplicates = _publish_new(result, publisher, seen)
                log.info("feed=%s published=%d duplicates=%d", source, len(new), duplicates)
            due[source] = time.monotonic() + delay
        next_due = min(due.values(), default=math.inf)
        stop_event.wait(None if next_due == math.inf else max(0.0, next_due - time.monotonic()))
