"""Replay articles from a JSON-lines file: one Article-like object per line."""

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ingest.normalise import to_utc
from newsmon.errors import FeedError, InvalidRecord
from schemas import Article, canonical_url

log = logging.getLogger(__name__)


@dataclass
class Batch:
    """The articles read from one source and one error per record rejected on the way."""

    articles: list[Article] = field(default_factory=list)
    errors: list[InvalidRecord] = field(default_factory=list)


def parse_record(record: Any, source: str) -> Article:
    """An Article from a dict with ``id`` (or ``article_id``) and ``text``; title, url, published optional."""
    if not isinstance(record, dict):
        raise InvalidRecord("not_an_object", f"expected a JSON object, got {type(record).__name__}")
    article_id = record.get("article_id", record.get("id"))
    if article_id in (None, ""):
        raise InvalidRecord("missing_field", "needs 'id' or 'article_id'")
    if not isinstance(record.get("text"), str):
        raise InvalidRecord("missing_field", "needs 'text' (a string)")
    url = record.get("url") or None
    try:
        article = Article(
            article_id=str(article_id),
            title=record.get("title") or "",
            text=record["text"],
            url=canonical_url(url) if isinstance(url, str) and url.startswith(("http://", "https://")) else url,
            published=record.get("published"),
            source=source,
            fetched_at=datetime.now(UTC),
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InvalidRecord("invalid_field", f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from exc
    return article.model_copy(update={"published": to_utc(article.published)})


def read_replay(path: str | Path, max_bytes: int | None = None) -> Batch:
    """Every valid line of a JSON-lines file as an Article; bad lines are logged with their number and kept in ``errors``."""
    source = str(path)
    batch = Batch()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    if max_bytes is not None and len(line) > max_bytes:
                        raise InvalidRecord("too_large", f"line longer than {max_bytes} characters")
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InvalidRecord("bad_json", f"not JSON: {exc.msg} at column {exc.colno}") from exc
                    batch.articles.append(parse_record(record, source))
                except InvalidRecord as exc:
                    detail = str(exc).removeprefix(f"{exc.reason}: ")
                    log.warning("feed=%s line=%d rejected: %s", source, lineno, exc)
                    batch.errors.append(InvalidRecord(exc.reason, f"{source} line {lineno}: {detail}"))
    except OSError as exc:
        raise FeedError(source, f"cannot read: {exc.strerror or exc}") from exc
    return batch
