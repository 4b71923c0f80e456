"""Fixtures for ingest tests: a real publisher on a fresh topic and a real HTTP server for feed files."""

import gzip
import re
from collections import Counter
import shlex
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from ingest import Publisher
from newsmon.broker import create_topics
from newsmon.settings import Settings

FEEDS = Path(__file__).parent / "feeds"
_HEADER = re.compile(r"<!--(.*?)-->", re.S)


def feed_header(path: Path) -> dict[str, str]:
    """The ``Key: value`` lines of a fixture file's first comment (Description, Serve, Expect)."""
    raw = path.read_bytes()
    # The encoding fixtures are UTF-16 (with BOM) or deliberately not UTF-8.
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
    match = _HEADER.search(text)
    lines = match.group(1).splitlines() if match else []
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines) if v}


def directives(text: str) -> dict[str, str]:
    """``a=1 b="x y" flag`` -> {"a": "1", "b": "x y", "flag": ""}."""
    return {k: v for k, _, v in (token.partition("=") for token in shlex.split(text))}


class _FeedHandler(BaseHTTPRequestHandler):
    """Serves tests/ingest/feeds/NAME as the file's ``Serve:`` line says."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        name = self.path.lstrip("/").split("?")[0]
        self.server.requests[name] += 1  # type: ignore[attr-defined]  # a _Server
        path = FEEDS / name
        if not path.is_file():
            self.send_error(404)
            return
        serve = directives(feed_header(path).get("Serve", ""))
        time.sleep(float(serve.get("delay", 0)))
        if "redirect-to" in serve:
            self._redirect(serve["redirect-to"])
            return
        if "redirect-loop" in serve:
            self._redirect(self.path)
            return
        if "redirect-chain" in serve:
            self._redirect(f"/{name}?{int(self.path.partition('?')[2] or 0) + 1}")
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
        body = path.read_bytes()
        if "gzip" in serve:
            body = gzip.compress(body + b" " * int(serve["gzip"] or 0))
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        try:
            if "trickle" in serve:
                for i in range(10_000):
                    self.wfile.write(body[i * 32 : (i + 1) * 32] or b" ")
                    self.wfile.flush()
                    time.sleep(float(serve["trickle"]))
            self.wfile.write(body)
            while "endless" in serve:
                self.wfile.write(b"<!-- padding -->" * 4096)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.end_headers()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _FeedHandler)
        self.requests: Counter[str] = Counter()


class FeedServer:
    """A real HTTP server on 127.0.0.1 serving the fixture feeds."""

    def __init__(self) -> None:
        self.httpd = _Server()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def requests(self) -> Counter[str]:
        """GET requests received per fixture name."""
        return self.httpd.requests

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


def consume(bootstrap_servers: str, topic: str, expected: int, timeout: float = 20.0) -> list[ConsumerRecord]:
    """Records of ``topic`` (partitions 0 and 1) from the beginning, until ``expected`` arrived or ``timeout``."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False)
    consumer.assign([TopicPartition(topic, p) for p in (0, 1)])
    consumer.seek_to_beginning()
    records: list[ConsumerRecord] = []
    deadline = time.monotonic() + timeout
    while len(records) < expected and time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=200).values():
            records += batch
    consumer.close()
    return records


@pytest.fixture
def consume_records() -> Callable[..., list[ConsumerRecord]]:
    """The ``consume`` helper, for tests that read from their own broker."""
    return consume


@pytest.fixture
def read_topic(bootstrap_servers: str, topic: str) -> Callable[..., list[ConsumerRecord]]:
    """``read_topic(n, timeout=20)``: the records of this test's topic once ``n`` have arrived (or at timeout)."""
    return lambda expected, timeout=20.0: consume(bootstrap_servers, topic, expected, timeout)


@pytest.fixture
def publisher(settings: Settings, topic: str) -> Iterator[Publisher]:
    with Publisher(settings, topic=topic) as pub:
        yield pub
