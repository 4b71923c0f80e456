"""The Publisher against a real broker, including a broker outage and restart."""

import logging
import socket
import time
import uuid

import pytest
from kafka.errors import MessageSizeTooLargeError

from ingest import Publisher
from newsmon.broker import EmbeddedBroker, create_topics
from newsmon.errors import BrokerUnavailable
from newsmon.settings import Settings
from schemas import Article


def _article(n: int, text: str = "Some text.") -> Article:
    return Article(article_id=f"art-{n}", title=f"Title {n}", text=text)


def test_publish_returns_metadata_and_writes_json(publisher: Publisher, topic: str, read_topic) -> None:
    futures = [publisher.publish(_article(n)) for n in range(5)]
    publisher.flush(timeout=30)
    metadata = [f.result() for f in futures]
    assert {m.topic for m in metadata} == {topic}
    assert all(m.partition in (0, 1) and m.offset >= 0 for m in metadata)

    records = read_topic(5)
    assert sorted(r.key for r in records) == [f"art-{n}".encode() for n in range(5)]
    articles = sorted((Article.model_validate_json(r.value) for r in records), key=lambda a: a.article_id)
    assert articles == [_article(n) for n in range(5)]
    assert publisher.pending == 0


def test_article_too_large_fails_instead_of_retrying(publisher: Publisher) -> None:
    future = publisher.publish(_article(1, text="x" * 2_000_000))
    publisher.flush(timeout=10)
    assert isinstance(future.exception(), MessageSizeTooLargeError)


@pytest.fixture
def port_without_broker() -> int:
    """A free loopback port where no broker listens (yet)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_outage_and_restart_lose_nothing(
    port_without_broker: int, consume_records, caplog: pytest.LogCaptureFixture
) -> None:
    topic = f"test-outage-{uuid.uuid4().hex[:12]}"
    caplog.set_level(logging.INFO, logger="ingest")
    first = EmbeddedBroker(port=port_without_broker).start()
    kafka_config = {"bootstrap_servers": first.bootstrap_servers}
    create_topics(kafka_config, partitions=2, names=[topic])
    settings = Settings(bootstrap_servers=first.bootstrap_servers)
    pub = Publisher(settings, topic=topic, retry_backoff=0.2, stall_timeout=0.5)
    pub.publish(_article(0)).result(timeout=30)
    first.stop()
    futures = [pub.publish(_article(n)) for n in range(1, 21)]
    time.sleep(2.0)
    assert pub.pending == 20
    assert "broker unavailable" in caplog.text, "the outage is reported while it lasts"
    with EmbeddedBroker(port=port_without_broker) as second:
        create_topics(kafka_config, partitions=2, names=[topic])
        pub.flush(timeout=60)
        pub.close()  # before the broker stops: Tansu waits for connected clients on SIGTERM
        assert all(f.result().topic == topic for f in futures)
        keys = {r.key for r in consume_records(second.bootstrap_servers, topic, expected=20)}
    assert keys >= {f"art-{n}".encode() for n in range(1, 21)}
    messages = [r.getMessage() for r in caplog.records if r.name == "ingest.publish"]
    assert sum("broker unavailable" in m for m in messages) == 1
    assert sum("broker available again" in m for m in messages) == 1


def test_publisher_started_before_the_broker(port_without_broker: int) -> None:
    topic = f"test-late-{uuid.uuid4().hex[:12]}"
    bootstrap = f"127.0.0.1:{port_without_broker}"
    pub = Publisher(Settings(bootstrap_servers=bootstrap), topic=topic, retry_backoff=0.2)
    futures = [pub.publish(_article(n)) for n in range(3)]
    time.sleep(0.5)
    with EmbeddedBroker(port=port_without_broker):
        create_topics({"bootstrap_servers": bootstrap}, partitions=2, names=[topic])
        pub.close(timeout=60)
    assert [f.result().topic for f in futures] == [topic] * 3


def test_flush_timeout_and_close_without_broker(port_without_broker: int) -> None:
    pub = Publisher(Settings(bootstrap_servers=f"127.0.0.1:{port_without_broker}"), topic="nowhere")
    future = pub.publish(_article(1))
    with pytest.raises(BrokerUnavailable, match="1 articles still waiting"):
        pub.flush(timeout=0.5)
    pub.close(timeout=0)
    assert isinstance(future.exception(timeout=15), BrokerUnavailable)
    assert pub.pending == 0
    with pytest.raises(RuntimeError):
        pub.publish(_article(2))
