"""The faust app run by real workers on a real broker: dead letters, crashes, graceful shutdown."""

import json
import signal
import time
from collections import Counter

import pytest
from kafka import KafkaProducer

from newsmon.settings import Settings
from newsmon.watch import TopicReader
from schemas import Article, topics


def truce(i: int) -> bytes:
    article = Article(article_id=f"a{i}", title=f"Truce report {i}", text=f"Russia and Ukraine agreed a ceasefire in sector {i}.")
    return article.model_dump_json().encode()


def collect(reader: TopicReader, want: int, timeout: float) -> list:
    records, deadline = [], time.monotonic() + timeout
    while len(records) < want and time.monotonic() < deadline:
        records += reader.poll(0.5)
    return records


@pytest.mark.slow
def test_poison_records_are_dead_lettered_and_the_stream_goes_on(fresh_broker: str, start_worker) -> None:
    settings = Settings(bootstrap_servers=fresh_broker)
    alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
    dead = TopicReader(settings, topics.DEADLETTER, from_beginning=False)
    producer = KafkaProducer(bootstrap_servers=fresh_broker)
    poison = {
        b"not-json": b"this is not json",
        b"invalid": json.dumps({"title": "no id or text"}).encode(),
        b"oversized": Article(article_id="big", title="big", text="x" * (settings.max_article_bytes + 10)).model_dump_json().encode(),
    }
    for key, value in poison.items():
        producer.send(topics.ARTICLES, key=key, value=value, partition=0)
    producer.send(topics.ARTICLES, key=b"a1", value=truce(1), partition=0)
    producer.flush()
    start_worker()

    got = {r.key: dict(r.headers) for r in collect(dead, 3, 60)}
    assert set(got) == set(poison)
    assert got[b"not-json"]["error"] == b"not_json" and got[b"invalid"]["error"] == b"invalid"
    assert got[b"oversized"]["error"] == b"oversized"
    assert {h["source_topic"] for h in got.values()} == {topics.ARTICLES.encode()}
    assert sorted(int(h["source_offset"]) for h in got.values()) == [0, 1, 2]
    after = [json.loads(r.value) for r in collect(alerts, 2, 30)]
    assert {(a["topic"], a["actor"]["code"]) for a in after} == {("ceasefire", "RUS"), ("ceasefire", "UKR")}


@pytest.mark.slow
def test_kill_9_mid_stream_loses_no_alert(fresh_broker: str, start_worker) -> None:
    """At-least-once with idempotent alert ids: every expected alert arrives after a crash and restart."""
    n = 2000
    settings = Settings(bootstrap_servers=fresh_broker)
    alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
    producer = KafkaProducer(bootstrap_servers=fresh_broker, acks="all", linger_ms=5)
    worker = start_worker()
    for i in range(n):
        producer.send(topics.ARTICLES, key=f"a{i}".encode(), value=truce(i))
    producer.flush()
    seen = collect(alerts, n // 2, 90)
    assert len(seen) >= n // 2, "the worker never got going"
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    start_worker()
    seen += collect(alerts, 2 * n - len(seen), 120)
    seen += alerts.poll(3)  # duplicates replayed after the restart, if any
    ids = Counter(json.loads(r.value)["alert_id"] for r in seen)
    print(f"crash test: articles={n} expected={2 * n} seen={len(seen)} distinct={len(ids)} "
          f"duplicates={sum(c - 1 for c in ids.values())}")
    assert len(ids) == 2 * n
    assert sum(c - 1 for c in ids.values()) == 0


@pytest.mark.slow
def test_sigterm_commits_so_a_restart_neither_skips_nor_repeats(fresh_broker: str, start_worker) -> None:
    settings = Settings(bootstrap_servers=fresh_broker)
    alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
    producer = KafkaProducer(bootstrap_servers=fresh_broker, acks="all")
    worker = start_worker()
    for i in range(50):
        producer.send(topics.ARTICLES, key=f"a{i}".encode(), value=truce(i))
    producer.flush()
    first = collect(alerts, 100, 60)
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=30) == 0
    for i in range(50, 60):
        producer.send(topics.ARTICLES, key=f"a{i}".encode(), value=truce(i))
    producer.flush()
    start_worker()
    second = collect(alerts, 20, 60)
    second += alerts.poll(3)
    ids = Counter(json.loads(r.value)["alert_id"] for r in first + second)
    assert len(first) == 100 and len(second) == 20
    assert max(ids.values()) == 1
