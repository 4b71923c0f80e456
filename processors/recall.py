"""Which alerts a partition of news.alerts already holds: the truth a restarted worker checks its table against."""

import json
from dataclasses import dataclass, field
from datetime import datetime

from kafka import KafkaConsumer, TopicPartition

from newsmon.settings import Settings
from processors.alerting import dedupe_key, surge_key
from schemas import topics


@dataclass
class Delivered:
    """What the alerts in one partition's tail tell a restarted worker."""

    mentions: set[str] = field(default_factory=set)  # dedupe keys of the first-mention alerts
    surges: dict[str, dict] = field(default_factory=dict)  # surge key -> counting state of its latest surge alert


def delivered_alerts(settings: Settings, partition: int, last: int) -> Delivered:
    """The first-mention and surge alerts among the last ``last`` records of one partition.

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
        found = Delivered()
        while batch := consumer.poll(timeout_ms=500):
            for record in batch.get(tp, []):
                alert = json.loads(record.value)
                topic, actor = alert["topic"], alert["actor"]["code"]
                if alert.get("kind") == "mention":
                    found.mentions.add(dedupe_key(alert["story_id"], topic, actor))
                elif alert.get("kind") == "surge":
                    window = alert["window"]
                    start = int(datetime.fromisoformat(window["start"]).timestamp())
                    found.surges[surge_key(topic, actor)] = {"start": start, "count": window["count"], "previous": window["previous"]}
        return found
    finally:
        consumer.close()
