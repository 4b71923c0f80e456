"""The faust app run by real workers on a real broker: dead letters, crashes, graceful shutdown."""

import json
import signal
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from jsonschema import Draft202012Validator
from kafka import KafkaProducer

from newsmon.broker import create_topics
from newsmon.settings import Settings
from newsmon.watch import TopicReader
from schemas import Article, json_schemas, topics


def truce(i: int, published: datetime | None = None) -> bytes:
    article = Article(
        article_id=f"a{i}", title=f"Truce report {i}", text=f"Russia and Ukraine agreed a ceasefire in sector {i}.", published=published
    )
    return article.model_dump_json().encode()


def collect(reader: TopicReader, want: int, timeout: float, count: Callable[[list], int] = len) -> list:
    """Records polled until ``count`` of them reaches ``want`` or ``timeout`` seconds pass."""
    records, deadline = [], time.monotonic() + timeout
    while count(records) < want and time.monotonic() < deadline:
        records += reader.poll(0.5)
    return records


def mention_alerts(records: list) -> list[dict]:
    """The first-mention alerts among alert records (surge alerts left out)."""
    return [a for a in map(json.loads, (r.value for r in records)) if a["kind"] == "mention"]


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
    assert got[b"oversized"]["error"] == b"oversized" and "value_truncated_from" in got[b"oversized"]
    assert {h["source_topic"] for h in got.values()} == {topics.ARTICLES.encode()}
    assert sorted(int(h["source_offset"]) for h in got.values()) == [0, 1, 2]
    records = collect(alerts, 2, 30)
    after = [json.loads(r.value) for r in records]
    assert {(a["topic"], a["actor"]["code"]) for a in after} == {("ceasefire", "RUS"), ("ceasefire", "UKR")}
    # Real alerts are valid against the exported JSON Schema and carry CloudEvents binary-mode headers.
    validator = Draft202012Validator(json_schemas()["alert"])
    for record, alert in zip(records, after, strict=True):
        validator.validate(alert)
        headers = {k: v.decode() for k, v in record.headers}
        assert headers["ce_specversion"] == "1.0" and headers["ce_id"] == alert["alert_id"]
        assert headers["ce_type"] == "org.newsmon.alert.mention" and headers["ce_subject"] == alert["actor"]["code"]
        assert headers["ce_source"] and headers["ce_time"].endswith("Z")


@pytest.mark.slow
def test_kill_9_mid_stream_loses_no_alert(fresh_broker: str, start_worker) -> None:
    """After kill -9 and a restart every expected alert is on news.alerts, and no alert_id twice: the table's
    changelog follows each alert's delivery, and a restarted worker recalls the alerts already delivered."""
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
    deadline = time.monotonic() + 120
    while len({a["alert_id"] for a in mention_alerts(seen)}) < 2 * n and time.monotonic() < deadline:
        seen += alerts.poll(0.5)
    seen += alerts.poll(3)  # repeats replayed after the restart, if any
    mentions = mention_alerts(seen)
    ids = Counter(a["alert_id"] for a in mentions)
    duplicates = sum(c - 1 for c in ids.values())
    print(f"crash test: articles={n} expected={2 * n} seen={len(mentions)} distinct={len(ids)} duplicates={duplicates}")
    assert len(ids) == 2 * n, "alerts were lost"
    assert duplicates == 0, "an alert was raised twice"


@pytest.mark.slow
def test_a_worker_killed_beside_another_loses_no_alert(fresh_broker: str, start_worker) -> None:
    """Two workers share the partitions; kill -9 one mid-stream: the other takes its partitions over after
    the rebalance and every expected alert arrives once."""
    n = 2000
    settings = Settings(bootstrap_servers=fresh_broker)
    alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
    producer = KafkaProducer(bootstrap_servers=fresh_broker, acks="all", linger_ms=5)
    doomed, _ = start_worker(), start_worker()
    for i in range(n):
        producer.send(topics.ARTICLES, key=f"a{i}".encode(), value=truce(i))
    producer.flush()
    seen = collect(alerts, n // 2, 90)
    assert len(seen) >= n // 2, "the workers never got going"
    at_kill = len(seen)
    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    deadline = time.monotonic() + 120
    while len({a["alert_id"] for a in mention_alerts(seen)}) < 2 * n and time.monotonic() < deadline:
        seen += alerts.poll(0.5)
    seen += alerts.poll(3)
    ids = Counter(a["alert_id"] for a in mention_alerts(seen))
    print(f"rebalance test: articles={n} expected={2 * n} at_kill={at_kill} distinct={len(ids)} duplicates={sum(ids.values()) - len(ids)}")
    assert len(ids) == 2 * n, "alerts were lost"
    assert max(ids.values()) == 1, "an alert was raised twice"


@pytest.mark.slow
def test_sigterm_commits_so_a_restart_neither_skips_nor_reprocesses(fresh_broker: str, start_worker) -> None:
    settings = Settings(bootstrap_servers=fresh_broker)
    alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
    producer = KafkaProducer(bootstrap_servers=fresh_broker, acks="all")
    worker = start_worker()
    for i in range(50):
        producer.send(topics.ARTICLES, key=f"a{i}".encode(), value=truce(i))
    producer.flush()
    first = collect(alerts, 100, 60, count=lambda records: len(mention_alerts(records)))  # surge alerts come too
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=30) == 0
    for i in range(50, 60):
        producer.send(topics.ARTICLES, key=f"a{i}".encode(), value=truce(i))
    producer.flush()
    start_worker()
    second = collect(alerts, 20, 60, count=lambda records: len(mention_alerts(records)))
    second += alerts.poll(3)
    first, second = mention_alerts(first), mention_alerts(second)
    assert len(first) == 100 and len(second) == 20
    assert max(Counter(a["alert_id"] for a in first + second).values()) == 1
    # Nothing reprocessed: every article's two mentions are on news.mentions once.
    reader = TopicReader(settings, topics.MENTIONS, from_beginning=True)
    mentions = collect(reader, 120, 30) + reader.poll(2)
    per_article = Counter(json.loads(r.value)["article_id"] for r in mentions)
    assert per_article == {f"a{i}": 2 for i in range(60)}


@pytest.mark.slow
def test_a_surge_is_raised_once_per_window_also_across_a_crash(
    fresh_broker: str, start_worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five mentions of an actor in one window raise one surge alert; after kill -9 (before the surge counters
    were saved) the restarted worker recalls the delivered surge from news.alerts and raises none again."""
    monkeypatch.setenv("NEWSMON_SURGE_SAVE_INTERVAL", "600")
    settings = Settings(bootstrap_servers=fresh_broker)
    alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
    producer = KafkaProducer(bootstrap_servers=fresh_broker, acks="all")
    window = datetime(2026, 1, 5, 10, 15, tzinfo=UTC)
    worker = start_worker()
    for i in range(6):
        producer.send(topics.ARTICLES, key=f"a{i}".encode(), value=truce(i, window))
    producer.flush()
    seen = collect(alerts, 12 + 2, 60)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    start_worker()
    for i in range(6, 12):
        producer.send(topics.ARTICLES, key=f"a{i}".encode(), value=truce(i, window))
    producer.flush()
    deadline = time.monotonic() + 60
    while len(mention_alerts(seen)) < 24 and time.monotonic() < deadline:
        seen += alerts.poll(0.5)
    seen += alerts.poll(3)
    surges = [a for a in map(json.loads, (r.value for r in seen)) if a["kind"] == "surge"]
    assert sorted(a["actor"]["code"] for a in surges) == ["RUS", "UKR"]
    assert {a["window"]["count"] for a in surges} == {5}
    assert len({a["alert_id"] for a in mention_alerts(seen)}) == 24


@pytest.mark.slow
def test_the_dedupe_table_forgets_its_oldest_alerts_beyond_its_bound(
    fresh_broker: str, start_worker, unique: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With room for 2 keys, a second story pushes the first out (tombstones in the changelog): a copy of
    the second story is still a repeat, a copy of the first alerts again, with the same ids."""
    monkeypatch.setenv("NEWSMON_DEDUPE_KEYS", "2")
    settings = Settings(bootstrap_servers=fresh_broker)
    alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
    producer = KafkaProducer(bootstrap_servers=fresh_broker, acks="all")
    start_worker()

    def alert_ids_after(article_id: str, story: int, expected: int = 2) -> set[str]:
        article = Article(article_id=article_id, title=f"Truce report {story}", text="Russia and Ukraine agreed a ceasefire.")
        producer.send(topics.ARTICLES, key=article_id.encode(), value=article.model_dump_json().encode()).get(timeout=10)
        return {a["alert_id"] for a in mention_alerts(collect(alerts, expected, 30) + alerts.poll(3))}

    first, second = alert_ids_after("a0", 0), alert_ids_after("a1", 1)
    assert len(first) == 2 and len(second) == 2
    assert alert_ids_after("a1-copy", 1, expected=0) == set()
    assert alert_ids_after("a0-copy", 0) == first
    changelog = collect(TopicReader(settings, f"test-{unique}-alerted-changelog", from_beginning=True), 6, 30)
    assert sum(r.value is None for r in changelog) >= 2


@pytest.mark.slow
def test_worker_reconnects_after_a_broker_outage(broker_behind_proxy, start_worker_on) -> None:
    """Cut the network between a running worker and the broker for 10 s: the worker carries on after."""
    bootstrap, proxy = broker_behind_proxy
    settings = Settings(bootstrap_servers=bootstrap)
    create_topics(settings.kafka_python_config(), settings.partitions)
    worker = start_worker_on(bootstrap)
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    alerts = TopicReader(settings, topics.ALERTS, from_beginning=False)
    producer.send(topics.ARTICLES, key=b"a1", value=truce(1)).get(timeout=10)
    assert len(mention_alerts(collect(alerts, 2, 60))) == 2

    proxy.cut()
    producer.send(topics.ARTICLES, key=b"a2", value=truce(2))  # delivered when the network is back
    time.sleep(10)
    proxy.restore()
    producer.flush(timeout=60)
    after = mention_alerts(collect(alerts, 2, 90))
    assert worker.poll() is None, "the worker died in the outage"
    assert {a["evidence"][0]["article_id"] for a in after} == {"a2"} and len(after) == 2
