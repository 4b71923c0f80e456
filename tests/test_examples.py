"""examples/subscriber.py keeps working: it starts, and against a real broker prints each alert once."""

import os
import queue
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from kafka import KafkaProducer

from newsmon.broker import create_topics
from schemas import Alert, cloudevent_headers, topics

SUBSCRIBER = Path(__file__).resolve().parents[1] / "examples" / "subscriber.py"


def test_subscriber_help() -> None:
    result = subprocess.run([sys.executable, str(SUBSCRIBER), "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "--group" in result.stdout


def _alert(alert_id: str, actor: str) -> Alert:
    return Alert(alert_id=alert_id, kind="mention", topic="ceasefire", actor={"code": actor, "name": actor},
                 role="party", confidence=0.9, story_id=f"story {alert_id}", detected_at=datetime.now(UTC))


@pytest.mark.slow
def test_subscriber_drops_duplicate_alerts(bootstrap_servers: str, unique: str) -> None:
    create_topics({"bootstrap_servers": bootstrap_servers}, 2, names=[topics.ALERTS])
    first, second = f"test-{uuid.uuid4().hex}", f"test-{uuid.uuid4().hex}"
    producer = KafkaProducer(bootstrap_servers=bootstrap_servers)
    # One key, so one partition and in order: once `second` is printed, both copies of `first` were read.
    for alert in (_alert(first, "RUS"), _alert(first, "RUS"), _alert(second, "RUS")):
        producer.send(topics.ALERTS, key=b"RUS", value=alert.model_dump_json().encode(),
                      headers=cloudevent_headers(alert))
    producer.flush(timeout=10)
    producer.close()

    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap_servers}
    proc = subprocess.Popen([sys.executable, str(SUBSCRIBER), "--group", f"test-subscriber-{unique}"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    ours: list[str] = []
    try:
        deadline = time.monotonic() + 25
        while not any(second in line for line in ours) and time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                assert proc.poll() is None, proc.stderr.read()
                continue
            if first in line or second in line:  # other tests may share news.alerts
                ours.append(line)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert [second in line for line in ours] == [False, True], ours
