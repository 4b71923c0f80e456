"""The Article event on ``news.articles`` and its stable identifier."""

import hashlib
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import BaseModel, Field

SCHEMA_VERSION = "1.0"

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_")
_TRACKING_KEYS = {"fbclid", "gclid", "dclid", "msclkid", "igshid", "ocid", "cmpid", "ref", "ref_src", "smid", "taid"}


def canonical_url(url: str) -> str:
    """Return ``url`` normalised: lower-case scheme and host, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING_KEYS and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    host = parts.netloc.lower()
    if host.endswith(":80") and parts.scheme == "http" or host.endswith(":443") and parts.scheme == "https":
        host = host.rsplit(":", 1)[0]
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(sorted(query)), ""))


def make_article_id(url: str | None, guid: str | None = None, fallback: str = "") -> str:
    """Stable id: a hash of the canonical URL, else of the guid, else of ``fallback`` (e.g. title)."""
    if url and urlsplit(url).scheme in ("http", "https"):
        basis = canonical_url(url)
    else:
        basis = guid or url or fallback
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


class Article(BaseModel):
    """One news article as published by the ingester."""

    schema_version: str = SCHEMA_VERSION
    article_id: str = Field(min_length=1, max_length=200)
    title: str = ""
    text: str
    url: str | None = None
    published: datetime | None = None
    source: str = ""
    fetched_at: datetime | None = None
