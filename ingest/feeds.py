"""Read RSS 2.0, Atom and RDF feeds from URLs and files into Articles, defensively."""

import email.utils
import http.client
import io
import logging
import re
import time
import urllib.error
import urllib.request
import xml.sax
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import defusedxml
import defusedxml.sax
import feedparser
from pydantic import ValidationError

from ingest.normalise import entry_to_article
from newsmon.errors import FeedError, FeedParseError, FeedRetryLater, FeedTooLarge
from schemas import Article

log = logging.getLogger(__name__)

USER_AGENT = "newsmon/0.1 (+https://github.com/newsmon/newsmon)"
MAX_REDIRECTS = 5
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"
_CHUNK = 64 * 1024
_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[")
# reader's _parser/feedparser.py: these bozo exceptions still leave a usable feed.
_HARMLESS_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


@dataclass
class FeedState:
    """Validators remembered per feed for conditional GET."""

    etag: str | None = None
    modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    """A fetched feed body (None when the server answered 304 Not Modified) and its content type."""

    content: bytes | None
    content_type: str | None = None


def _opener() -> urllib.request.OpenerDirector:
    # No redirect handler: fetch() follows redirects itself to refuse loops and non-HTTP targets.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def is_url(source: str) -> bool:
    """True if ``source`` is an http(s) URL rather than a file path."""
    return urlsplit(source).scheme in ("http", "https")


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None if absent or unreadable."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _read_capped(stream: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float) -> bytes:
    # The cap applies to the decompressed size, so a gzip bomb stops at max_bytes too.
    gzipped = (stream.headers.get("Content-Encoding") or "").lower() in ("gzip", "x-gzip")
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    buf = bytearray()
    while chunk := stream.read1(_CHUNK):
        try:
            buf += inflate.decompress(chunk, max_bytes + 1 - len(buf)) if inflate else chunk
        except zlib.error as exc:
            raise FeedError(url, f"bad gzip content: {exc}") from exc
        if len(buf) > max_bytes:
            raise FeedTooLarge(url, f"response larger than {max_bytes} bytes, cut off")
        if time.monotonic() > deadline:
            raise FeedError(url, "timed out while reading the response")
    return bytes(buf)


def _http_error(url: str, exc: urllib.error.HTTPError) -> FeedError:
    if exc.code in (429, 503):
        retry_after = retry_after_seconds(exc.headers.get("Retry-After") if exc.headers else None)
        return FeedRetryLater(url, f"HTTP {exc.code} {exc.reason}, retry after {retry_after}s", retry_after)
    return FeedError(url, f"HTTP {exc.code} {exc.reason}")


def _open(url: str, headers: dict[str, str], timeout: float) -> http.client.HTTPResponse:
    """Open ``url``, following at most MAX_REDIRECTS redirects to other http(s) URLs, never in a loop."""
    opener, current, seen = _opener(), url, {url}
    for _ in range(MAX_REDIRECTS + 1):
        try:
            return opener.open(urllib.request.Request(current, headers=headers), timeout=timeout)
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.code in _REDIRECT_CODES and exc.headers else None
            if not location:
                raise
            exc.close()
            current = urljoin(current, location)
            if not is_url(current):
                raise FeedError(url, f"redirect to a non-HTTP URL {current}") from None
            if current in seen:
                raise FeedError(url, f"redirect loop at {current}") from None
            seen.add(current)
    raise FeedError(url, f"more than {MAX_REDIRECTS} redirects")


def fetch(url: str, timeout: float, max_bytes: int, state: FeedState | None = None) -> Fetched:
    """GET ``url`` with a total ``timeout``, a size cap and conditional GET; updates ``state``."""
    state = state if state is not None else FeedState()
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": "gzip"}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.modified:
        headers["If-Modified-Since"] = state.modified
    deadline = time.monotonic() + timeout
    try:
        with _open(url, headers, timeout) as response:
            content = _read_capped(response, url, max_bytes, deadline)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            log.debug("feed=%s status=304 not modified", url)
            return Fetched(None)
        raise _http_error(url, exc) from exc
    except (OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)  # URLError wraps the socket error
        if isinstance(reason, TimeoutError):
            raise FeedError(url, f"timed out after {timeout}s") from exc
        raise FeedError(url, f"cannot fetch: {reason}") from exc
    state.etag = response.headers.get("ETag")
    state.modified = response.headers.get("Last-Modified")
    return Fetched(content, response.headers.get("Content-Type"))


def read_file(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a local feed file, refusing files larger than ``max_bytes``."""
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise FeedError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise FeedTooLarge(str(path), f"file larger than {max_bytes} bytes")
    return data


def _ascii_view(data: bytes) -> str:
    """The document as text good enough to find ASCII markup, whatever its (ASCII-compatible or UTF-16) encoding."""
    if data[:2] in (b"\xff\xfe", b"<\x00"):
        return data.decode("utf-16-le", errors="replace")
    if data[:2] in (b"\xfe\xff", b"\x00<"):
        return data.decode("utf-16-be", errors="replace")
    return data.decode("latin-1")


def _reject_unsafe_xml(data: bytes, source: str) -> None:
    # feedparser's expat would expand internal entities (billion laughs); defusedxml refuses any
    # entity declaration (internal or external) before feedparser sees the bytes; expat never
    # fetches an external DTD (feature_external_ges is off), so legacy RSS 0.91 doctypes still pass.
    try:
        defusedxml.sax.parseString(data, xml.sax.ContentHandler(), forbid_entities=True, forbid_external=False)
    except defusedxml.DefusedXmlException as exc:
        raise FeedParseError(source, f"unsafe XML rejected: {exc}") from exc
    except (xml.sax.SAXException, ValueError, LookupError) as exc:
        # Malformed or mis-encoded: defusedxml stopped early, but feedparser re-decodes and parses
        # again, so refuse any DTD internal subset (where entities are declared) before it does.
        if _INTERNAL_SUBSET.search(_ascii_view(data)):
            raise FeedParseError(source, "unsafe XML rejected: DOCTYPE with an internal subset") from exc


def parse_feed(data: bytes, source: str, content_type: str | None = None) -> list[Article]:
    """Articles from the bytes of an RSS, Atom or RDF feed; raises FeedParseError if it is not a feed."""
    _reject_unsafe_xml(data, source)
    headers = {"content-location": source} if is_url(source) else {}
    if content_type:
        headers["content-type"] = content_type
    # A BytesIO, never raw bytes: feedparser would open bytes that look like a file path.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if parsed.bozo:
        exc = parsed.get("bozo_exception")
        if isinstance(exc, _HARMLESS_BOZO):
            log.info("feed=%s encoding issue handled: %s", source, exc)
        elif not parsed.entries:
            raise FeedParseError(source, f"not a readable feed: {exc}") from exc
        else:
            log.warning("feed=%s malformed XML, kept %d entries: %s", source, len(parsed.entries), exc)
    if not parsed.entries:
        if not parsed.version:
            raise FeedParseError(source, "not an RSS, Atom or RDF feed")
        log.warning("feed=%s has no entries", source)
    fetched_at = datetime.now(UTC)
    articles = []
    for entry in parsed.entries:
        try:
            article = entry_to_article(entry, source, fetched_at)
        except ValidationError as exc:
            log.warning("feed=%s skipped an invalid entry: %s", source, exc.errors()[0]["msg"])
            continue
        if article is not None:
            articles.append(article)
    return articles


def read_feed(source: str, timeout: float, max_bytes: int, state: FeedState | None = None) -> list[Article]:
    """Articles from a feed URL or file; [] when the server says it has not changed."""
    if not is_url(source):
        return parse_feed(read_file(source, max_bytes), source)
    fetched = fetch(source, timeout, max_bytes, state)
    if fetched.content is None:
        return []
    return parse_feed(fetched.content, source, fetched.content_type)
