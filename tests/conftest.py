"""One broker per test run: KAFKA_BOOTSTRAP_SERVERS when set, else the embedded Tansu broker."""

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsmon.broker import EmbeddedBroker, create_topics
from newsmon.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _broker() -> Iterator[str]:
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    with EmbeddedBroker() as broker:
        yield broker.bootstrap_servers


@pytest.fixture(scope="session")
def bootstrap_servers() -> Iterator[str]:
    """Bootstrap servers of a real, running Kafka-protocol broker, shared by the whole run."""
    yield from _broker()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared: seed article, dev set and scorer, read by path, never copied."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} not found: the tests read the seed and dev set from ../shared")
    return SHARED


@pytest.fixture
def unique() -> str:
    """A fresh suffix for topic, group and app names, so tests never share state."""
    return uuid.uuid4().hex[:10]


@pytest.fixture
def bare_broker() -> Iterator[str]:
    """A broker without newsmon's topics (its own embedded one, or the configured one)."""
    yield from _broker()


@pytest.fixture
def fresh_broker(bare_broker: str) -> str:
    """A broker with newsmon's topics for a whole-pipeline test: its own embedded one, or the configured one."""
    create_topics(Settings(bootstrap_servers=bare_broker).kafka_python_config(), 2)
    return bare_broker


@pytest.fixture
def start_worker_on(unique: str, tmp_path: Path) -> Iterator:
    """Start real `newsmon process` workers (faust) on a given broker; all share one app id."""
    import subprocess
    import sys

    procs: list[subprocess.Popen] = []

    def start(bootstrap_servers: str) -> subprocess.Popen:
        env = {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap_servers,
            "NEWSMON_APP_ID": f"test-{unique}",
            "NEWSMON_DATA_DIR": str(tmp_path / f"worker{len(procs)}"),
            "NEWSMON_LOG_LEVEL": "WARNING",
        }
        proc = subprocess.Popen([sys.executable, "-m", "newsmon", "process"], env=env)
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.fixture
def start_worker(fresh_broker: str, start_worker_on) -> Iterator:
    """Start real `newsmon process` workers on this test's fresh broker."""
    return lambda: start_worker_on(fresh_broker)



class Proxy:
    """Forwards 127.0.0.1:``port`` to 127.0.0.1:``target``; ``cut()`` drops every connection and refuses new ones."""

    def __init__(self, port: int, target: int) -> None:
        self.port, self.target = port, target
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()

    def restore(self) -> "Proxy":
        """Listen again."""
        self._listener = socket.create_server(("127.0.0.1", self.port), reuse_port=True)
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()
        return self

    def cut(self) -> None:
        """Close the listener and every forwarded connection."""
        with self._lock:
            for s in [self._listener, *self._conns]:
                if s:
                    try:
                        s.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    s.close()
            self._listener, self._conns = None, []

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@pytest.fixture
def broker_behind_proxy() -> Iterator[tuple[str, Proxy]]:
    """An embedded broker that clients reach only through a Proxy the test can cut (a network outage)."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        pytest.skip("needs a broker this test can put behind its own proxy: the embedded one")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        proxy_port = s.getsockname()[1]
    with EmbeddedBroker(advertised_port=proxy_port) as broker:
        proxy = Proxy(proxy_port, broker.port).restore()
        try:
            yield broker.bootstrap_servers, proxy
        finally:
            proxy.cut()
