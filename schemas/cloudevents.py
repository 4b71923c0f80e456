"""CloudEvents headers for alerts: the Kafka protocol binding, binary content mode.

The record value stays the plain Alert JSON; the event attributes travel as ``ce_*`` headers
(https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/kafka-protocol-binding.md).
"""

from collections.abc import Iterable
from datetime import UTC, datetime

from schemas.alert import Alert

SPECVERSION = "1.0"
TYPE_PREFIX = "org.newsmon.alert."
DEFAULT_SOURCE = "newsmon/processors"
CONTENT_TYPE = "application/json"


def rfc3339(moment: datetime) -> str:
    """``moment`` in UTC as RFC 3339 with a ``Z``; a naive datetime is taken to be UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def cloudevent_headers(
    alert: Alert, source: str = DEFAULT_SOURCE, dataschema: str | None = None
) -> list[tuple[str, bytes]]:
    """Kafka headers that make an Alert record a binary-mode CloudEvent (``ce_id`` is the alert_id).

    Args:
        source: the CloudEvents ``source``, a URI reference naming the producer.
        dataschema: a URI of the Alert JSON Schema, e.g. ``schemas.export.schema_id("alert")``;
            the ``ce_dataschema`` header is left out when it is None.
    """
    attributes = {
        "ce_specversion": SPECVERSION,
        "ce_id": alert.alert_id,
        "ce_type": TYPE_PREFIX + alert.kind,
        "ce_source": source,
        "ce_time": rfc3339(alert.detected_at),
        "ce_subject": alert.actor.code,
    }
    if dataschema:
        attributes["ce_dataschema"] = dataschema
    attributes["content-type"] = CONTENT_TYPE
    return [(name, value.encode("utf-8")) for name, value in attributes.items()]


def alert_id_from_headers(headers: Iterable[tuple[str, bytes | None]] | None) -> str | None:
    """The ``ce_id`` header (the alert_id) of a record, or None when there is none.

    Lets a subscriber drop a duplicate before it parses the value.
    """
    for name, value in headers or ():
        if name == "ce_id" and value:
            return value.decode("utf-8")
    return None
