"""The faust-streaming app: news.articles -> detect -> news.mentions -> alerting -> news.alerts.

Any record that cannot be processed goes to news.deadletter with its original bytes and
headers naming the error, source topic, partition and offset; the stream goes on.
"""

import asyncio
import json
import logging
import ssl
import time
from collections.abc import AsyncIterator
from typing import Any, cast
from datetime import UTC, datetime
from functools import partial

import aiokafka
import faust
from faust.serializers import codecs
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, EventT, Message, StreamT, TableT
from faust.types.auth import CredentialsT

from newsmon import logs, metrics
from newsmon.broker import partition_count
from newsmon.errors import InvalidRecord
from newsmon.settings import Settings
from processors.alerting import (
    count_for_surge,
    dedupe_key,
    detect_article,
    latest_state,
    mention_alert,
    mentions_for,
    surge_alert,
    surge_key,
    window_start,
)
from processors.detect import actor_name
from processors.recall import delivered_alerts
from processors.records import M, deadletter_record, parse_record
from schemas import Alert, Article, Mention, cloudevent_headers, schema_id, topics

log = logging.getLogger(__name__)


def _credentials(settings: Settings) -> CredentialsT | None:
    context = None
    if settings.security_protocol.endswith("SSL"):
        context = ssl.create_default_context(cafile=settings.ssl_cafile)
        if settings.ssl_certfile:
            context.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile)
    if settings.sasl_mechanism:
        password = settings.sasl_password.get_secret_value() if settings.sasl_password else ""
        return faust.SASLCredentials(
            username=settings.sasl_username, password=password, ssl_context=context, mechanism=settings.sasl_mechanism
        )
    return faust.SSLCredentials(context) if context else None


def _transport_class(fetch_max_wait: float) -> type[faust_aiokafka.Transport]:
    """faust's aiokafka transport with ``fetch_max_wait`` in place of its hard-coded 1.5 s fetch long-poll,
    and a consumer that hands out no record fetched across a seek (see ``FetchConsumer``).

    faust has no setting for aiokafka's ``fetch_max_wait_ms`` (faust/transport/drivers/aiokafka.py passes
    1500). The worker has one fetch in flight per broker covering every partition it reads (articles,
    mentions, changelogs); a broker that does not answer a waiting fetch as soon as data arrives (the
    embedded Tansu broker: measured ~380 ms median at 1.5 s, ~5 ms at 50 ms) holds every new record for
    up to that long, once per hop. The value is set on the consumer before it starts, the only place
    aiokafka reads it (it builds its Fetcher in ``start()``).
    """

    class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport: faust_aiokafka.Transport) -> aiokafka.AIOKafkaConsumer:
            consumer = super()._create_worker_consumer(transport)
            consumer._fetch_max_wait_ms = int(fetch_max_wait * 1000)
            return consumer

    class FetchConsumer(faust_aiokafka.Consumer):
        """faust's consumer, made to hand out no record fetched across a seek (faust-streaming #216).

        A (re)started worker fetches while it recovers; recovery then seeks back to the committed offsets,
        but faust went on handing out the rest of the earlier fetch. Such a record, handed out while the
        app's flow was still suspended, was skipped by its stream, never acknowledged, and its copy
        fetched after the seek dropped as already read: never processed, and a later commit went past it.
        Here nothing is fetched while a seek is under way, a fetch that a seek overlapped is dropped, and
        the partitions are sought to their committed offsets again, so the dropped records come back.
        """

        _seeks = 0  # odd while a seek is under way
        _reseek = False

        def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
            return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

        async def perform_seek(self) -> None:
            self._seeks += 1
            try:
                await super().perform_seek()
            finally:
                self._seeks += 1

        async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
            if self._seeks % 2:
                await asyncio.sleep(0.01)
                return
            if self._reseek:
                self._reseek = False
                await self.perform_seek()
            seeks = self._seeks
            async for tp, message in super().getmany(timeout):
                if self._seeks != seeks:
                    self._reseek = True
                    return
                yield tp, message

    class Transport(faust_aiokafka.Transport):
        Consumer = FetchConsumer

    for service in (ConsumerThread, FetchConsumer):  # log as faust's own classes do (mode names loggers by module)
        service.logger = faust_aiokafka.logger
    return Transport


def failed(delivery: asyncio.Future) -> bool:
    """Whether a record's delivery was cancelled or failed."""
    return delivery.cancelled() or delivery.exception() is not None


def create_app(settings: Settings) -> faust.App:
    """Build the processors' faust app from settings (bootstrap servers must be set)."""
    if not settings.bootstrap_servers:
        raise ValueError("create_app needs settings.bootstrap_servers")
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{s}" for s in settings.bootstrap_servers.split(",")],
        broker_credentials=_credentials(settings),
        store="memory://",
        datadir=settings.data_dir,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        broker_rebalance_timeout=settings.rebalance_timeout,
        broker_max_poll_interval=settings.max_poll_interval,
        broker_commit_interval=settings.commit_interval,
        consumer_auto_offset_reset="earliest",
        # exactly_once needs transactions, which the embedded Tansu broker rejects (InitProducerId).
        processing_guarantee="at_least_once",
        producer_acks=-1,
        web_enabled=False,
        # Throughput/latency knobs (see Settings): records per poll bound the time between polls, which
        # must stay under max_poll_interval or the worker is dropped from the group.
        broker_max_poll_records=settings.max_poll_records,
        stream_buffer_maxsize=settings.stream_buffer_maxsize,
        producer_linger=settings.producer_linger,
        producer_max_batch_size=settings.producer_max_batch_size,
    )
    app.transport = _transport_class(settings.fetch_max_wait)(app.conf.broker_consumer, app)
    raw: dict[str, Any] = {"key_type": bytes, "value_type": bytes, "key_serializer": "raw", "value_serializer": "raw"}
    articles = app.topic(topics.ARTICLES, **raw)
    mentions = app.topic(topics.MENTIONS, **raw)
    alerted = app.Table("alerted", key_type=str, value_type=str, default=str)  # dedupe key -> its partition
    surges = app.Table("surge-counts", key_type=str, value_type=str, default=str)  # JSON text of the state

    async def produce(
        topic: str, key: bytes | None, value: bytes | None, *, partition: int | None = None,
        timestamp: float | None = None, headers: list[tuple[str, bytes]] | None = None,
    ) -> asyncio.Future:
        """Hand a record to the app's producer, which faust flushes before every commit; returns its delivery.

        faust's Topic.send and Table.send_changelog wrap every record in futures, callbacks, sensor calls and
        a buffer task; at ~35 output records per article, going straight to the producer took a worker from
        ~94 to ~122 articles/s (embedded broker, dense benchmark articles).
        """
        # typed as an Awaitable, it is aiokafka's delivery future
        return cast(asyncio.Future, await app.producer.send(topic, key, value, partition, timestamp, headers))

    changes: list[tuple[str, int, str, str | None]] = []  # changelog entries to write: topic, partition, key, value

    def change(table: TableT, partition: int, key: str, value: str | None) -> None:
        """Queue a changelog entry of ``table`` (``None``: a tombstone); ``write_changes`` writes it."""
        changes.append((table.changelog_topic.get_topic_name(), partition, key, value))

    async def write_changes() -> None:
        """Write the queued changelog entries, keys and values serialised as the tables read them back."""
        batch = changes.copy()
        changes.clear()
        for topic, partition, key, value in batch:
            encoded = None if value is None else codecs.dumps("json", value)
            await produce(topic, codecs.dumps("json", key), encoded, partition=partition)

    async def dead_letter(event: EventT, exc: InvalidRecord) -> None:
        msg = event.message
        log.warning("dead-lettered topic=%s partition=%s offset=%s error=%s", msg.topic, msg.partition, msg.offset, exc)
        metrics.DEADLETTERED.labels(msg.topic, exc.reason).inc()
        value, headers = deadletter_record(event.value, exc, msg.topic, msg.partition, msg.offset)
        await produce(topics.DEADLETTER, event.key, value, headers=headers)

    async def publish(alert: Alert, since: float) -> asyncio.Future:
        """Send an alert; returns its delivery future."""
        headers = cloudevent_headers(alert, dataschema=schema_id("alert"))
        sent = await produce(topics.ALERTS, alert.actor.code.encode(), alert.model_dump_json().encode(), headers=headers)
        metrics.ALERTS.labels(alert.topic, alert.kind).inc()
        metrics.PIPELINE_LATENCY.observe(max(0.0, time.time() - since))
        return sent

    def remember_once_delivered(partition: int, key: str, sent: asyncio.Future) -> None:
        """Mark a first-mention alert as raised now, but queue its changelog entry only once the alert is in Kafka.

        A crash before the alert is delivered then leaves no trace of it in the restored table, so the
        replayed mention raises it again (same alert_id): repeated at worst, never lost.
        """
        alerted.data[key] = str(partition)
        sent.add_done_callback(lambda fut: None if failed(fut) else change(alerted, partition, key, str(partition)))
        forget_oldest_alerts()

    def forget_oldest_alerts() -> None:
        """Keep at most ``dedupe_keys`` first-mention alerts in memory; the oldest go, with a changelog tombstone."""
        while len(alerted.data) > settings.dedupe_keys:
            key = next(iter(alerted.data))
            partition = alerted.data.pop(key)
            change(alerted, int(partition), key, None)

    def track_lag(event: EventT) -> None:
        msg = event.message
        highwater = app.consumer.highwater(msg.tp)
        if highwater is not None:
            metrics.CONSUMER_LAG.labels(msg.topic, msg.partition).set(max(0, highwater - msg.offset - 1))

    async def valid(stream: StreamT, model: type[M]) -> AsyncIterator[tuple[EventT, M]]:
        """The stream's events with their values validated as ``model``; the others are dead-lettered."""
        async for event in stream.events():
            try:
                record = parse_record(model, event.value, settings.max_article_bytes)
            except InvalidRecord as exc:
                await dead_letter(event, exc)
                continue
            track_lag(event)
            yield event, record

    @app.agent(articles)
    async def detect_mentions(stream: StreamT) -> None:
        async for event, article in valid(stream, Article):
            started = time.perf_counter()
            found = detect_article(article)
            metrics.DETECT_SECONDS.observe(time.perf_counter() - started)
            metrics.ARTICLES_PROCESSED.inc()
            # The mention keeps the article record's timestamp, so alerting can measure article -> alert latency.
            for mention in mentions_for(article, found, actor_name, datetime.now(UTC)):
                value = mention.model_dump_json().encode()
                await produce(topics.MENTIONS, mention.actor.encode(), value, timestamp=event.message.timestamp)
                metrics.MENTIONS.labels(mention.topic).inc()

    recalled: set[int] = set()

    async def recall_delivered(partition: int) -> None:
        """Once per partition: mark alerts already in news.alerts as sent.

        A crash between an alert's delivery and its changelog entry leaves it out of the restored tables;
        without this the replayed mention would raise it a second time.
        """
        recalled.add(partition)
        found = await asyncio.to_thread(delivered_alerts, settings, partition, settings.recall_alerts)
        alerted.data.update(dict.fromkeys(found.mentions, str(partition)))
        forget_oldest_alerts()
        for key, state in found.surges.items():
            surges.data[key] = json.dumps(latest_state(surge_state(key), state))
        log.info("partition=%d recalled %d delivered alerts", partition, len(found.mentions) + len(found.surges))

    def surge_state(key: str) -> dict | None:
        """A surge counter's state as this worker holds it (None if it has counted nothing yet)."""
        return json.loads(surges.data.get(key) or "null")

    unsaved: dict[str, int] = {}  # surge keys counted since their last changelog entry -> their partition
    surging: set[str] = set()  # surge keys whose surge alert is not delivered yet

    async def save_tables() -> None:
        """Write the queued changelog entries (the alerting agent writes most of them as it goes), and one per
        surge counter changed since the last call (not one per mention).

        A counter whose surge alert is not delivered yet waits: a restored counter must never hold a surge
        that news.alerts does not. A crash loses at most the counting since the last call, and the dedupe
        entries of alerts delivered since then (the restarted worker recalls those from news.alerts).
        """
        for key in [k for k in unsaved if k not in surging]:
            change(surges, unsaved.pop(key), key, surges.data[key])
        await write_changes()

    @app.timer(settings.surge_save_interval)
    async def save_tables_now_and_then() -> None:
        await save_tables()

    # mode types a signal's receivers so that no coroutine function passes, though its async signals await them
    @app.on_partitions_revoked.connect  # type: ignore[arg-type]
    async def save_tables_on_revoke(app: faust.App, revoked: set[TP], **kwargs: object) -> None:
        await save_tables()

    @app.on_before_shutdown.connect  # type: ignore[arg-type]
    async def save_tables_on_shutdown(app: faust.App, **kwargs: object) -> None:
        await save_tables()

    def surge_delivered(counter: str, delivery: asyncio.Future) -> None:
        """Let a surge counter's changelog entry be written once its surge alert is in Kafka."""
        if not failed(delivery):
            surging.discard(counter)

    @app.agent(mentions)
    async def raise_alerts(stream: StreamT) -> None:
        async for event, mention in valid(stream, Mention):
            if changes:  # the entries of alerts delivered since the last mention: a few at a time, not in bursts
                await write_changes()
            partition, since = event.message.partition, event.message.timestamp
            if partition not in recalled:
                await recall_delivered(partition)
            key = dedupe_key(mention.story_id, mention.topic, mention.actor)
            if not alerted[key]:
                alert = mention_alert(mention, actor_name)
                remember_once_delivered(partition, key, await publish(alert, since))
            counter = surge_key(mention.topic, mention.actor)
            start = window_start(mention, settings.surge_window)
            state, is_surge = count_for_surge(surge_state(counter), start, settings.surge_window, settings.surge_min_count)
            surges.data[counter], unsaved[counter] = json.dumps(state), partition
            if is_surge:
                surging.add(counter)
                sent = await publish(surge_alert(mention, actor_name, state, settings.surge_window), since)
                sent.add_done_callback(partial(surge_delivered, counter))

    return app


def run_worker(settings: Settings) -> None:
    """Run one processors worker until SIGTERM/SIGINT (then commit and stop)."""
    from faust.worker import Worker

    # Tables must have as many partitions as the topics they follow, whatever NEWSMON_PARTITIONS says now.
    existing = partition_count(settings.kafka_python_config(), topics.ARTICLES)
    app = create_app(settings.model_copy(update={"partitions": existing or settings.partitions}))
    metrics.serve(settings.metrics_port)
    config = logs.dict_config(settings.log_level, settings.log_json)
    Worker(app, loglevel=settings.log_level, logging_config=config, quiet=True, redirect_stdouts=False).execute_from_commandline()
