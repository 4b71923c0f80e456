"""Reading topics from the side: alert subscribers and the ``run --once`` completion check."""

import logging
import time
from collections.abc import Callable, Iterator

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from newsmon.settings import Settings

log = logging.getLogger(__name__)


class TopicReader:
    """Reads every partition of one topic by assignment (no group join), from a fixed start."""

    def __init__(self, settings: Settings, topic: str, from_beginning: bool = True) -> None:
        self.consumer = KafkaConsumer(**settings.kafka_python_config(), enable_auto_commit=False)
        partitions = self.consumer.partitions_for_topic(topic) or set()
        self.partitions = [TopicPartition(topic, p) for p in sorted(partitions)]
        self.consumer.assign(self.partitions)
        if from_beginning:
            self.consumer.seek_to_beginning()
        else:
            self.consumer.seek_to_end()
        for tp in self.partitions:  # fix the start now, not at the first poll
            self.consumer.position(tp)

    def poll(self, timeout: float) -> list[ConsumerRecord]:
        """Records that arrived within ``timeout`` seconds, in partition order."""
        batches = self.consumer.poll(timeout_ms=int(timeout * 1000))
        return [r for records in batches.values() for r in records]

    def drain(self, idle: float = 1.0) -> Iterator[ConsumerRecord]:
        """Yield records until a poll of ``idle`` seconds brings nothing.

        Only safe once the producers are known to be done: end offsets of the embedded broker
        can lag the records in a partition, so "caught up" is judged by an empty poll instead.
        """
        while records := self.poll(idle):
            yield from records

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
