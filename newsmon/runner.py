"""``newsmon run``: broker (embedded unless configured), processors, ingester and alert printing in one command."""

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kafka import TopicPartition
from prometheus_client import Counter

from ingest import Publisher, ingest_once, poll_forever
from newsmon import metrics
from newsmon.broker import EmbeddedBroker, create_topics, die_with_parent
from newsmon.settings import Settings
from newsmon.watch import TopicReader, wait_processed
from schemas import Alert, topics

log = logging.getLogger(__name__)


@contextmanager
def kafka(settings: Settings) -> Iterator[Settings]:
    """Yield settings pointing at a broker with newsmon's topics: the configured one, else an embedded one."""
    broker = None
    if not settings.bootstrap_servers:
        broker = EmbeddedBroker().start()
        settings = settings.model_copy(update={"bootstrap_servers": broker.bootstrap_servers})
        log.info(
            "no KAFKA_BOOTSTRAP_SERVERS: embedded, memory-only broker at %s; subscribe from another terminal with: "
            "KAFKA_BOOTSTRAP_SERVERS=%s newsmon alerts --follow",
            broker.bootstrap_servers,
            broker.bootstrap_servers,
        )
    try:
        create_topics(settings.kafka_python_config(), settings.partitions, settings.replication_factor)
        yield settings
    finally:
        if broker:
            broker.stop()


@contextmanager
def processors(settings: Settings, count: int = 1) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Run ``count`` processors workers (``newsmon process``) as child processes; SIGTERM them on exit."""
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers or "",
        "NEWSMON_APP_ID": settings.app_id,
        "NEWSMON_LOG_LEVEL": settings.log_level,
        "NEWSMON_LOG_JSON": str(settings.log_json).lower(),
    }
    procs = []
    for i in range(count):
        if settings.metrics_port is not None:  # this process serves metrics on the port, worker i on port + 1 + i
            env["NEWSMON_METRICS_PORT"] = str(settings.metrics_port + 1 + i)
        procs.append(subprocess.Popen([sys.executable, "-m", "newsmon", "process"], env=env, preexec_fn=die_with_parent))
    try:
        yield procs
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def run_once(
    settings: Settings, feeds: list[str], emit: Callable[[Alert], None], timeout: float = 120.0, workers: int = 1
) -> int:
    """Ingest every feed once, wait until the processors have handled all of it, emit this run's alerts.

    Done is judged by the processors' committed offsets, which follow their flushed output, never by
    end offsets (the embedded broker under-reports them). Returns the number of alerts.
    """
    with processors(settings, workers) as procs:
        alive = lambda: all(p.poll() is None for p in procs)  # noqa: E731
        mentions = TopicReader(settings, topics.MENTIONS, from_beginning=False)
        alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
        with Publisher(settings) as publisher:
            report = ingest_once(feeds, publisher, settings, flush_timeout=timeout)
        log.info("ingested %s; waiting for the processors", report)
        targets = {TopicPartition(topics.ARTICLES, p): o + 1 for p, o in report.offsets.items()}
        wait_processed(settings, targets, mentions, timeout, alive)
        count = 0
        for record in alerts.drain():
            emit(Alert.model_validate_json(record.value))
            count += 1
        mentions.close()
        alerts.close()
    log.info("done: %d articles in, %d alerts out", report.published, count)
    return count


def _total(counter: Counter) -> int:
    return int(sum(s.value for m in counter.collect() for s in m.samples if s.name.endswith("_total")))


def run_forever(
    settings: Settings, feeds: list[str], emit: Callable[[Alert], None], every: float = 30.0, workers: int = 1
) -> None:
    """Poll feeds and print alerts as they arrive until SIGINT/SIGTERM; log a progress line every ``every`` s."""
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    metrics.serve(settings.metrics_port)
    log.info("polling %d feed(s) every %.0fs; alerts follow (Ctrl-C stops)", len(feeds), settings.poll_interval)
    count, next_report = 0, time.monotonic() + every
    with processors(settings, workers) as procs:
        alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
        with Publisher(settings) as publisher:
            poller = threading.Thread(target=poll_forever, args=(feeds, publisher, settings, stop), daemon=True)
            poller.start()
            while not stop.is_set() and all(p.poll() is None for p in procs):
                for record in alerts.poll(0.5):
                    emit(Alert.model_validate_json(record.value))
                    count += 1
                if time.monotonic() > next_report:
                    log.info("progress: %d articles published, %d feed errors, %d alerts",
                             _total(metrics.ARTICLES_INGESTED), _total(metrics.FEED_ERRORS), count)
                    next_report = time.monotonic() + every
            stop.set()
            poller.join(timeout=30)
        alerts.close()
