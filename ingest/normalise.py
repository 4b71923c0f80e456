"""Feed entries -> ``schemas.Article``: plain text, UTC timestamps, canonical link, stable id."""

import calendar
import logging
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from schemas import Article, canonical_url, make_article_id

log = logging.getLogger(__name__)

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


class _TextExtractor(HTMLParser):
    """Collects text, turning block elements into line breaks and dropping scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            # Newlines inside HTML text are just whitespace; paragraph breaks come from tags.
            self.parts.append(data.replace("\n", " "))


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one line per paragraph, entities decoded, whitespace collapsed."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def plain_text(value: str, content_type: str | None) -> str:
    """``value`` as plain text: HTML is converted, text/plain only has its whitespace tidied."""
    if content_type and "html" not in content_type and "xml" not in content_type:
        lines = (_SPACES.sub(" ", line).strip() for line in _BLANK_LINES.sub("\n", value).split("\n"))
        return "\n".join(line for line in lines if line)
    return html_to_text(value)


def to_utc(value: time.struct_time | datetime | None) -> datetime | None:
    """A UTC datetime from feedparser's UTC struct_time or any datetime (naive = UTC)."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _entry_text(entry: Mapping[str, Any]) -> str:
    for item in entry.get("content") or []:
        if item.get("value", "").strip():
            return plain_text(item["value"], item.get("type"))
    detail = entry.get("summary_detail") or {}
    return plain_text(entry.get("summary", ""), detail.get("type"))


def entry_to_article(entry: Mapping[str, Any], source: str, fetched_at: datetime | None = None) -> Article | None:
    """Normalise one feedparser entry; None (with a warning) if it has no link, guid or title."""
    link = (entry.get("link") or "").strip() or None
    guid = (entry.get("id") or "").strip() or None
    title = plain_text(entry.get("title", ""), (entry.get("title_detail") or {}).get("type"))
    if not (link or guid or title):
        log.warning("feed=%s skipped an entry with no link, guid or title", source)
        return None
    url = canonical_url(link) if link and urlsplit(link).scheme in ("http", "https") else link
    return Article(
        article_id=make_article_id(link, guid, title),
        title=title,
        text=_entry_text(entry),
        url=url,
        published=to_utc(entry.get("published_parsed") or entry.get("updated_parsed")),
        source=source,
        fetched_at=fetched_at,
    )
