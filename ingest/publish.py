"""Publish Articles to Kafka with kafka-python, holding and resending them through broker outages."""

import heapq
import itertools
import logging
import threading
import time
from concurrent.futures import Future

from kafka import KafkaProducer
from kafka.codec import has_lz4
from kafka.errors import (
    InvalidTopicError,
    KafkaError,
    MessageSizeTooLargeError,
    TopicAuthorizationFailedError,
)
from kafka.producer.future import RecordMetadata

from newsmon.errors import BrokerUnavailable, ConfigError
from newsmon.settings import Settings
from schemas import Article, topics

log = logging.getLogger(__name__)

# Errors no resend can fix: the article is reported as failed instead of retried forever.
_PERMANENT = (MessageSizeTooLargeError, InvalidTopicError, TopicAuthorizationFailedError)

_DELIVERY_TIMEOUT = 30.0
_PRODUCER_OPTIONS: dict[str, object] = {
    "acks": "all",
    "enable_idempotence": True,
    "compression_type": "lz4" if has_lz4() else "gzip",
    "linger_ms": 5,
    "max_block_ms": 10_000,
    "request_timeout_ms": 10_000,
    "delivery_timeout_ms": int(_DELIVERY_TIMEOUT * 1000),
    "reconnect_backoff_max_ms": 2_000,
    "bootstrap_timeout_ms": 2_000,
}


class Publisher:
    """Sends Articles to ``topic`` (key = article_id); every accepted article is resent until delivered.

    One worker thread owns the KafkaProducer. A failed delivery (broker down, or a broker that no
    longer knows our idempotent producer id) replaces the producer and resends with backoff.
    """

    def __init__(
        self,
        settings: Settings,
        topic: str = topics.ARTICLES,
        retry_backoff: float = 0.5,
        max_retry_backoff: float = 10.0,
        stall_timeout: float = 10.0,
    ) -> None:
        """``stall_timeout``: seconds without an acknowledgement after which the broker is reported down."""
        if not settings.bootstrap_servers:
            raise ConfigError("bootstrap_servers is not set (KAFKA_BOOTSTRAP_SERVERS or an embedded broker)")
        self.topic = topic
        self._config = {**settings.kafka_python_config(), **_PRODUCER_OPTIONS}
        self._retry_backoff = retry_backoff
        self._max_retry_backoff = max_retry_backoff
        self._stall_timeout = stall_timeout
        self._inflight: dict[int, float] = {}  # send id -> monotonic time sent
        self._cond = threading.Condition()
        self._queue: list[tuple[float, int, Article, Future[RecordMetadata], int]] = []
        self._seq = itertools.count()
        self._pending = 0
        self._closed = False
        self._producer: KafkaProducer | None = None
        self._generation = 0
        self._down_since: float | None = None
        self._worker = threading.Thread(target=self._run, name="newsmon-publisher", daemon=True)
        self._worker.start()

    def publish(self, article: Article) -> "Future[RecordMetadata]":
        """Queue ``article`` for delivery; the future resolves to its RecordMetadata (partition, offset)."""
        future: Future[RecordMetadata] = Future()
        with self._cond:
            if self._closed:
                raise RuntimeError("publisher is closed")
            self._pending += 1
            self._schedule(article, future, attempt=0, delay=0.0)
        return future

    @property
    def pending(self) -> int:
        """Articles accepted but not yet delivered (or failed permanently)."""
        with self._cond:
            return self._pending

    def flush(self, timeout: float | None = None) -> None:
        """Wait until every accepted article is delivered; BrokerUnavailable if ``timeout`` runs out first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._pending:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise BrokerUnavailable(
                        f"{self._pending} articles still waiting for the broker at "
                        f"{self._config['bootstrap_servers']} after {timeout}s"
                    )
                self._cond.wait(remaining)

    def close(self, timeout: float | None = 30.0) -> None:
        """Flush (up to ``timeout``), then stop; articles still undelivered are failed and logged."""
        try:
            self.flush(timeout)
        except BrokerUnavailable as exc:
            log.error("publisher closing with undelivered articles: %s", exc)
        with self._cond:
            self._closed = True
            abandoned = [item[3] for item in self._queue]
            self._queue.clear()
            self._pending -= len(abandoned)
            self._cond.notify_all()
        self._worker.join(timeout=15)
        for future in abandoned:
            future.set_exception(BrokerUnavailable("publisher closed before the article was delivered"))
        if self._producer is not None:
            _close_quietly(self._producer, timeout=5)

    def __enter__(self) -> "Publisher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _schedule(self, article: Article, future: "Future[RecordMetadata]", attempt: int, delay: float) -> None:
        heapq.heappush(self._queue, (time.monotonic() + delay, next(self._seq), article, future, attempt))
        self._cond.notify_all()

    def _next(self) -> tuple[Article, "Future[RecordMetadata]", int] | None:
        with self._cond:
            while not self._closed:
                now = time.monotonic()
                if self._queue and self._queue[0][0] <= now:
                    _, _, article, future, attempt = heapq.heappop(self._queue)
                    return article, future, attempt
                self._check_stalled(now)
                wake = [self._queue[0][0] - now] if self._queue else []
                if self._inflight:
                    wake.append(1.0)
                self._cond.wait(min(wake, default=None))
            return None

    def _check_stalled(self, now: float) -> None:
        # kafka-python only fails a record after delivery_timeout_ms: report a silent broker sooner.
        if self._down_since is None and self._inflight and now - min(self._inflight.values()) > self._stall_timeout:
            self._mark_down(f"no acknowledgement for {self._stall_timeout:.0f}s")

    def _mark_down(self, reason: str) -> None:
        self._down_since = time.monotonic()
        log.warning(
            "broker unavailable bootstrap=%s error=%s; holding %d articles and retrying",
            self._config["bootstrap_servers"],
            reason,
            self._pending,
        )

    def _run(self) -> None:
        while (item := self._next()) is not None:
            self._send(*item)

    def _send(self, article: Article, future: "Future[RecordMetadata]", attempt: int) -> None:
        send_id = next(self._seq)
        with self._cond:
            producer, generation = self._producer, self._generation
            self._inflight[send_id] = time.monotonic()
        try:
            if producer is None:
                producer = KafkaProducer(**self._config)
                with self._cond:
                    self._producer = producer
            sent = producer.send(self.topic, key=article.article_id.encode(), value=article.model_dump_json().encode())
        except KafkaError as exc:
            self._failed(article, future, attempt, generation, send_id, exc)
            return
        sent.add_callback(self._delivered, future, send_id)
        sent.add_errback(self._failed, article, future, attempt, generation, send_id)

    def _delivered(self, future: "Future[RecordMetadata]", send_id: int, metadata: RecordMetadata) -> None:
        with self._cond:
            self._inflight.pop(send_id, None)
            if self._down_since is not None:
                log.warning(
                    "broker available again bootstrap=%s down_for=%.1fs",
                    self._config["bootstrap_servers"],
                    time.monotonic() - self._down_since,
                )
                self._down_since = None
            self._pending -= 1
            self._cond.notify_all()
        future.set_result(metadata)

    def _failed(
        self,
        article: Article,
        future: "Future[RecordMetadata]",
        attempt: int,
        generation: int,
        send_id: int,
        exc: Exception,
    ) -> None:
        with self._cond:
            self._inflight.pop(send_id, None)
        if isinstance(exc, _PERMANENT):
            log.error("article=%s cannot be published to topic=%s: %r", article.article_id, self.topic, exc)
            with self._cond:
                self._pending -= 1
                self._cond.notify_all()
            future.set_exception(exc)
            return
        with self._cond:
            if self._down_since is None:
                self._mark_down(repr(exc))
            if generation == self._generation:
                # The producer may be stuck (fatal idempotence state); the worker builds a new one.
                self._generation += 1
                self._retire_producer()
            delay = min(self._max_retry_backoff, self._retry_backoff * 2**attempt)
            if self._closed:
                self._pending -= 1
                self._cond.notify_all()
                future.set_exception(BrokerUnavailable(f"publisher closed before delivery: {exc!r}"))
            else:
                self._schedule(article, future, attempt + 1, delay)

    def _retire_producer(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            # Closing from kafka-python's own callback thread would deadlock: close elsewhere.
            threading.Thread(target=_close_quietly, args=(producer,), daemon=True).start()


def _close_quietly(producer: KafkaProducer, timeout: float = _DELIVERY_TIMEOUT + 5) -> None:
    # kafka-python's close() gives up (raises) while records are queued; they all fail within the
    # delivery timeout (and are resent by the errback), after which close() can finish.
    try:
        producer.close(timeout=timeout)
    except KafkaError as exc:
        log.debug("producer closed with %r", exc)
