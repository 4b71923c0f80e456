"""``newsmon detect``: JSON lines of articles in, JSON lines of detections out, no Kafka."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ValidationError

from processors.detect import detect


def _day(value: object) -> date | None:
    """The day of an ISO 8601 or RFC 2822 date or date-time ("2022-03-06", "Sun, 06 Mar 2022 10:00:00 GMT");
    None when there is none or it cannot be read (the date only refines detection, so it rejects no line)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


class InputArticle(BaseModel):
    """The least an input line must hold, and its publication date when it has one; other fields are ignored."""

    id: str | int
    title: str
    text: str
    published: Annotated[date | None, BeforeValidator(_day)] = None


@dataclass
class LineError:
    """A rejected input line."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def _read_line(raw: bytes, max_bytes: int) -> InputArticle:
    if len(raw) > max_bytes:
        raise ValueError(f"line is {len(raw)} bytes, over the {max_bytes}-byte limit")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    try:
        return InputArticle.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "line"
        raise ValueError(f"{where}: {err['msg']}") from None


def detect_lines(lines: Iterable[bytes], max_bytes: int) -> Iterator[dict | LineError]:
    """Yield one output record per (article, topic, actor), or a LineError for each bad line."""
    for number, raw in enumerate(lines, 1):
        raw = raw.strip()
        if not raw:
            continue
        try:
            article = _read_line(raw, max_bytes)
        except ValueError as exc:
            yield LineError(number, str(exc))
            continue
        for found in detect(article.title, article.text, on=article.published):  # as the pipeline does
            yield {"article_id": str(article.id), **found.model_dump()}
