"""Which alerts a partition of news.alerts already holds: the truth a restarted worker checks its table against."""

import json

from kafka import KafkaConsumer, TopicPartition

from newsmon.settings import Settings
from processors.alerting import dedupe_key
from schemas import topics


def delivered_alerts(settings: Settings, partition: int, last: int) -> dict[str, str]:
    """Dedupe key -> alert_id of the first-mention alerts among the last ``last`` records of one partition.

    Mentions and alerts are both keyed by actor and have as many partitions, so the alerts raised from
    mentions partition N are in alerts partition N. Reads until a poll brings nothing, since the embedded
    broker can report an end offset below the last record.
    """
    tp = TopicPartition(topics.ALERTS, partition)
    consumer = KafkaConsumer(**settings.kafka_python_config(), enable_auto_commit=False, fetch_max_wait_ms=100)
    try:
        consumer.assign([tp])
        end = consumer.end_offsets([tp])[tp]
        consumer.seek(tp, max(0, end - last))
        found: dict[str, str] = {}
        while batch := consumer.poll(timeout_ms=500):
            for record in batch.get(tp, []):
                alert = json.loads(record.value)
                if alert.get("kind") == "mention":
                    key = dedupe_key(alert["story_id"], alert["topic"], alert["actor"]["code"])
                    found[key] = alert["alert_id"]
        return found
    finally:
        consumer.close()
