"""`newsmon run` as a person runs it: readable alerts while it goes, metrics over HTTP, a clean Ctrl-C."""

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest


def free_port_pair() -> int:
    """A port p with p and p + 1 both free: `newsmon run` serves metrics on p, its worker on p + 1."""
    while True:
        with socket.socket() as first, socket.socket() as second:
            first.bind(("127.0.0.1", 0))
            port = first.getsockname()[1]
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            return port


def scrape(port: int) -> str:
    return urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()


def metric(text: str, name: str) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name))


@pytest.mark.slow
def test_run_prints_readable_alerts_serves_metrics_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = free_port_pair()
    env = {k: v for k, v in os.environ.items() if k != "KAFKA_BOOTSTRAP_SERVERS"}
    env["NEWSMON_METRICS_PORT"] = str(port)
    log = tmp_path / "run.log"
    proc = subprocess.Popen([sys.executable, "-m", "newsmon", "run"], env=env, stdout=subprocess.PIPE,
                            stderr=log.open("w"), text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    try:
        seen: list[str] = []
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not any("(RUS)" in line and "[sanctions]" in line for line in seen):
            try:
                seen.append(lines.get(timeout=1))
            except queue.Empty:
                pass
        assert any(line.startswith("[ceasefire] Russia (RUS) party") for line in seen), log.read_text()[-3000:]
        assert any("[sanctions]" in line and "(RUS) target" in line for line in seen), seen
        assert all(not line.startswith("{") for line in seen), "a person gets readable lines, not JSON"

        time.sleep(1)  # let the worker's counters catch up with what was printed
        assert metric(scrape(port), "newsmon_articles_ingested_total") >= 10
        worker = scrape(port + 1)
        assert metric(worker, 'newsmon_alerts_total{kind="mention",topic="ceasefire"}') >= 1
        assert metric(worker, "newsmon_articles_processed_total") >= 10
        assert "newsmon_article_to_alert_seconds_bucket" in worker
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"  # a zombie has exited
    except FileNotFoundError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's")
def test_a_killed_broker_command_leaves_no_broker_behind() -> None:
    port = free_port_pair()
    cmd = [sys.executable, "-m", "newsmon", "broker", "--port", str(port)]
    parent = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert parent.stdout.readline().startswith("KAFKA_BOOTSTRAP_SERVERS=")
        children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()
        assert len(children) == 1
        broker = int(children[0])
        parent.kill()  # SIGKILL: no handler, no cleanup of its own
        parent.wait()
        deadline = time.monotonic() + 10
        while _alive(broker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(broker), "the broker outlived the command that started it"
    finally:
        parent.kill()
