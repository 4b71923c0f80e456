"""Turning raw Kafka record values into validated events, or an InvalidRecord with a reason."""

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from newsmon.errors import InvalidRecord

M = TypeVar("M", bound=BaseModel)


def parse_record(model: type[M], value: bytes | None, max_bytes: int) -> M:
    """Validate one record value as ``model``; raise InvalidRecord("empty"|"oversized"|"not_json"|"invalid")."""
    if not value:
        raise InvalidRecord("empty", "record has no value")
    if len(value) > max_bytes:
        raise InvalidRecord("oversized", f"{len(value)} bytes > limit {max_bytes}")
    try:
        return model.model_validate_json(value)
    except ValidationError as exc:
        kind = "not_json" if any(e["type"] == "json_invalid" for e in exc.errors()) else "invalid"
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "value"
        raise InvalidRecord(kind, f"{where}: {first['msg']}") from exc


DEADLETTER_MAX_BYTES = 512 * 1024
"""Dead-lettered values are cut to this size so that they always fit a Kafka request."""


def deadletter_record(
    value: bytes | None, exc: InvalidRecord, topic: str, partition: int, offset: int
) -> tuple[bytes | None, list[tuple[str, bytes]]]:
    """The value to dead-letter (the original bytes, cut if huge) and headers naming the error and source."""
    headers = [
        ("error", exc.reason.encode()),
        ("error_message", str(exc).encode("utf-8", "replace")[:1000]),
        ("source_topic", topic.encode()),
        ("source_partition", str(partition).encode()),
        ("source_offset", str(offset).encode()),
    ]
    if value is not None and len(value) > DEADLETTER_MAX_BYTES:
        headers.append(("value_truncated_from", str(len(value)).encode()))
        value = value[:DEADLETTER_MAX_BYTES]
    return value, headers
