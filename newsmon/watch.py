"""Reading topics from the side: alert subscribers and the ``run --once`` completion check."""

import logging
import time
from collections.abc import Callable, Iterator

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from newsmon.settings import Settings

log = logging.getLogger(__name__)


class TopicReader:
    """Reads one topic: every partition by assignment from a fixed start, or as a consumer group member.

    With ``group``, partitions are shared with the group's other members and reading resumes after
    the group's committed offsets (the earliest record for a new group). ``options`` go to the
    kafka-python consumer as they are (e.g. ``fetch_max_wait_ms``).
    """

    def __init__(
        self, settings: Settings, topic: str, from_beginning: bool = True, group: str | None = None, **options: object
    ) -> None:
        if group:
            self.consumer = KafkaConsumer(
                topic,
                **settings.kafka_python_config(),
                group_id=group,
                auto_offset_reset="earliest",
                session_timeout_ms=int(settings.session_timeout * 1000),
                heartbeat_interval_ms=int(settings.heartbeat_interval * 1000),
                **options,
            )
            return
        self.consumer = KafkaConsumer(**settings.kafka_python_config(), enable_auto_commit=False, **options)
        partitions = [TopicPartition(topic, p) for p in sorted(self.consumer.partitions_for_topic(topic) or ())]
        self.consumer.assign(partitions)
        if from_beginning:
            self.consumer.seek_to_beginning()
        else:
            self.consumer.seek_to_end()
        for tp in partitions:  # fix the start now, not at the first poll
            self.consumer.position(tp)

    def poll(self, timeout: float) -> list[ConsumerRecord]:
        """Records that arrived within ``timeout`` seconds, in partition order."""
        batches = self.consumer.poll(timeout_ms=int(timeout * 1000))
        return [r for records in batches.values() for r in records]

    def drain(self, idle: float = 1.0, join_timeout: float = 30.0) -> Iterator[ConsumerRecord]:
        """Yield records until a poll of ``idle`` seconds brings nothing (once a group has been joined).

        Only safe once the producers are known to be done: end offsets of the embedded broker
        can lag the records in a partition, so "caught up" is judged by an empty poll instead.
        """
        deadline = time.monotonic() + join_timeout
        records = self.poll(0.2)
        while not records and not self.consumer.assignment() and time.monotonic() < deadline:
            records = self.poll(0.2)
        records = records or self.poll(idle)
        while records:
            yield from records
            records = self.poll(idle)

    def follow(self) -> Iterator[ConsumerRecord]:
        """Yield records as they arrive, for ever."""
        while True:
            yield from self.poll(0.5)

    def close(self) -> None:
        """Close the consumer."""
        self.consumer.close()


def wait_committed(
    settings: Settings, group: str, targets: dict[TopicPartition, int], timeout: float, alive: Callable[[], bool]
) -> None:
    """Block until ``group`` has committed at least ``targets`` (next offsets to read) on every partition."""
    admin = KafkaAdminClient(**settings.kafka_python_config())
    deadline = time.monotonic() + timeout
    try:
        while True:
            committed = admin.list_group_offsets({group: list(targets)})[group]
            behind = {tp: n for tp, n in targets.items() if (committed.get(tp).offset if committed.get(tp) else -1) < n}
            if not behind:
                return
            if not alive():
                raise RuntimeError("the processors stopped before the stream was processed")
            if time.monotonic() > deadline:
                raise TimeoutError(f"group {group} has not processed {behind} after {timeout:.0f}s")
            time.sleep(0.2)
    finally:
        admin.close()


def wait_processed(
    settings: Settings,
    published: dict[TopicPartition, int],
    mentions: TopicReader,
    timeout: float,
    alive: Callable[[], bool],
    idle: float = 1.0,
) -> list[ConsumerRecord]:
    """Block until the processors have handled the articles up to ``published`` and every mention they made.

    faust flushes its producer before it commits, so once both stages have committed, every alert is in
    the broker. ``mentions`` must have started reading before the articles were published. Returns the
    mention records read on the way.
    """
    wait_committed(settings, settings.app_id, published, timeout, alive)
    records = list(mentions.drain(idle))
    ends = {TopicPartition(r.topic, r.partition): r.offset + 1 for r in records}  # records come in offset order
    wait_committed(settings, settings.app_id, ends, timeout, alive)
    return records
