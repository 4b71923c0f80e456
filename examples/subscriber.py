"""Example downstream service: print each new alert from news.alerts once.

    KAFKA_BOOTSTRAP_SERVERS=localhost:29092 python examples/subscriber.py --group my-service

Values are validated with newsmon's pydantic model. A service without newsmon installed can
validate against the exported JSON Schema instead (`newsmon schemas -o DIR` writes it):

    validator = jsonschema.Draft202012Validator(json.load(open("DIR/alert.schema.json")))
    validator.validate(json.loads(record.value))   # raises jsonschema.ValidationError
"""

import argparse
import os
import signal
import sys
from collections import OrderedDict

from kafka import KafkaConsumer
from pydantic import ValidationError

from schemas import Alert, topics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", default="example-subscriber", help="consumer group id (default: %(default)s)")
    parser.add_argument("--remember", type=int, default=100_000, help="alert ids kept to drop repeats")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # `docker stop`: leave the group cleanly

    consumer = KafkaConsumer(
        topics.ALERTS,
        bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
        group_id=args.group,
        auto_offset_reset="earliest",  # a new group starts with the alerts the topic still holds
        session_timeout_ms=6000,  # with frequent heartbeats a group join takes ~3 s, not ~25 s
        heartbeat_interval_ms=500,
    )
    seen: OrderedDict[str, None] = OrderedDict()  # recently seen alert ids, oldest first
    try:
        for record in consumer:
            try:
                alert = Alert.model_validate_json(record.value or b"")
            except ValidationError as exc:
                print(f"skipped invalid alert at offset {record.offset}: {exc.errors()[0]['msg']}", file=sys.stderr)
                continue
            ce = {name: value.decode() for name, value in record.headers or [] if value is not None}
            if ce.get("ce_specversion") != "1.0" or ce.get("ce_id") != alert.alert_id:
                print(f"alert {alert.alert_id} lacks CloudEvents headers", file=sys.stderr)
            if alert.alert_id in seen:  # delivery is at-least-once: the same alert can come again
                seen.move_to_end(alert.alert_id)
                continue
            seen[alert.alert_id] = None
            if len(seen) > args.remember:
                seen.popitem(last=False)
            source = alert.evidence[0].url or alert.evidence[0].title if alert.evidence else ""
            print(
                f"{alert.detected_at:%Y-%m-%d %H:%M} {alert.kind:<7} {alert.topic:<9} {alert.actor.code:<8}"
                f" {alert.role:<7} {alert.confidence:.2f} {alert.alert_id} {source}",
                flush=True,
            )
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()


if __name__ == "__main__":
    main()
