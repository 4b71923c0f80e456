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


def deadletter_headers(exc: InvalidRecord, topic: str, partition: int, offset: int) -> list[tuple[str, bytes]]:
    """Kafka headers that explain why a record was dead-lettered and where it came from."""
    return [
        ("error", exc.reason.encode()),
        ("error_message", str(exc).encode("utf-8", "replace")[:1000]),
        ("source_topic", topic.encode()),
        ("source_partition", str(partition).encode()),
        ("source_offset", str(offset).encode()),
    ]
