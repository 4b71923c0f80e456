"""``newsmon detect``: JSON lines of articles in, JSON lines of detections out, no Kafka."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from processors.detect import detect


class InputArticle(BaseModel):
    """The least an input line must hold; other fields are allowed and ignored."""

    id: str | int
    title: str
    text: str


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
        for found in detect(article.title, article.text):
            yield {"article_id": str(article.id), **found.model_dump()}
