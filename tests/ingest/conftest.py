"""Fixtures for ingest tests: a real publisher on a fresh topic and a real HTTP server for feed files."""

import re
import shlex
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ingest import Publisher
from newsmon.broker import create_topics
from newsmon.settings import Settings

FEEDS = Path(__file__).parent / "feeds"
_HEADER = re.compile(rb"<!--(.*?)-->", re.S)


def feed_header(path: Path) -> dict[str, str]:
    """The ``Key: value`` lines of a fixture file's first comment (Description, Serve, Expect)."""
    match = _HEADER.search(path.read_bytes()[:4096])
    raw = match.group(1) if match else b""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # the wrongly-declared-encoding fixtures
    lines = text.splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines) if v}


def directives(text: str) -> dict[str, str]:
    """``a=1 b="x y" flag`` -> {"a": "1", "b": "x y", "flag": ""}."""
    return {k: v for k, _, v in (token.partition("=") for token in shlex.split(text))}


class _FeedHandler(BaseHTTPRequestHandler):
    """Serves tests/ingest/feeds/NAME as the file's ``Serve:`` line says."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = FEEDS / self.path.lstrip("/").split("?")[0]
        if not path.is_file():
            self.send_error(404)
            return
        serve = directives(feed_header(path).get("Serve", ""))
        time.sleep(float(serve.get("delay", 0)))
        if "redirect-loop" in serve:
            self.send_response(302)
            self.send_header("Location", self.path)
            self.end_headers()
            return
        if "etag" in serve and self.headers.get("If-None-Match") == serve["etag"]:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(int(serve.get("status", 200)))
        for key, value in serve.items():
            if key.startswith("header:"):
                self.send_header(key.removeprefix("header:"), value)
        if "etag" in serve:
            self.send_header("ETag", serve["etag"])
        self.send_header("Content-Type", serve.get("content-type", "application/rss+xml"))
        self.end_headers()
        try:
            self.wfile.write(path.read_bytes())
            while "endless" in serve:
                self.wfile.write(b"<!-- padding -->" * 4096)
        except (BrokenPipeError, ConnectionResetError):
            pass


class FeedServer:
    """A real HTTP server on 127.0.0.1 serving the fixture feeds."""

    def __init__(self) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _FeedHandler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, name: str) -> str:
        """The URL serving tests/ingest/feeds/``name``."""
        return f"http://127.0.0.1:{self.httpd.server_port}/{name}"

    @staticmethod
    def expect(path: Path) -> dict[str, str]:
        """The ``Expect:`` directives of a fixture file."""
        return directives(feed_header(path)["Expect"])


@pytest.fixture(scope="session")
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def topic(bootstrap_servers: str) -> str:
    """A fresh topic for one test."""
    name = f"test-articles-{uuid.uuid4().hex[:12]}"
    create_topics({"bootstrap_servers": bootstrap_servers}, partitions=2, names=[name])
    return name


@pytest.fixture
def settings(bootstrap_servers: str) -> Settings:
    """Settings for fast tests: short feed timeout, small size cap."""
    return Settings(bootstrap_servers=bootstrap_servers, feed_timeout=1.0, max_feed_bytes=64 * 1024)


@pytest.fixture
def publisher(settings: Settings, topic: str) -> Iterator[Publisher]:
    with Publisher(settings, topic=topic) as pub:
        yield pub
