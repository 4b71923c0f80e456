"""docker-compose.yml: checked statically, and each app service's command run for real on the embedded broker."""

import json
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

COMPOSE = Path(__file__).resolve().parents[1] / "docker-compose.yml"
APP_SERVICES = ("topics", "processors", "ingester", "alerts")
# What a user would put in .env to run the stack against a local test broker: tight group timings.
TEST_ENV = {
    "NEWSMON_SESSION_TIMEOUT": "6",
    "NEWSMON_HEARTBEAT_INTERVAL": "0.5",
    "NEWSMON_REBALANCE_TIMEOUT": "3",
    "NEWSMON_MAX_POLL_INTERVAL": "3",
    "NEWSMON_COMMIT_INTERVAL": "0.5",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${VAR:-default} substitution."""
    return re.sub(r"\$\{(\w+)(?::-([^}]*))?\}", lambda m: env.get(m.group(1)) or (m.group(2) or ""), value)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_stack_shape(compose: dict) -> None:
    services = compose["services"]
    assert set(services) >= {"kafka", *APP_SERVICES}
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert "broker,controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]
    assert "healthcheck" in kafka and "kafka-data" in compose["volumes"]
    assert services["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert services["alerts"]["depends_on"]["processors"]["condition"] == "service_healthy"
    assert services["ui"]["profiles"] == ["ui"]
    for name in ("processors", "ingester", "alerts"):
        service = services[name]
        assert "topics" in service["depends_on"] or "processors" in service["depends_on"]
        assert service["environment"]["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
        assert service["command"][0] == "newsmon"


def test_no_secrets_in_compose() -> None:
    text = COMPOSE.read_text().lower()
    assert not re.search(r"(password|secret)\s*:\s*\S", text)


@pytest.mark.skipif(not shutil.which("docker-compose"), reason="docker-compose not installed")
def test_docker_compose_config_accepts_it() -> None:
    subprocess.run(["docker-compose", "-f", str(COMPOSE), "config", "-q"], check=True)


@pytest.mark.slow
def test_service_commands_run_the_pipeline(compose: dict, bare_broker: str, unique: str, tmp_path: Path) -> None:
    """topics, processors, ingester and alerts, with compose's environment, deliver the sample feed's alerts."""
    host_env = {**os.environ, **TEST_ENV}
    ports = {name: free_port() for name in APP_SERVICES}

    def env_of(name: str) -> dict[str, str]:
        env = {k: interpolate(str(v), host_env) for k, v in compose["services"][name]["environment"].items()}
        env["KAFKA_BOOTSTRAP_SERVERS"] = bare_broker
        if "NEWSMON_METRICS_PORT" in env:  # each container has port 9100 to itself; here they share one host
            env["NEWSMON_METRICS_PORT"] = str(ports[name])
        env["NEWSMON_APP_ID"] = f"compose-{unique}"
        env["NEWSMON_DATA_DIR"] = str(tmp_path / name)
        return {**os.environ, **env}

    def command(name: str) -> list[str]:
        program, *args = [interpolate(c, host_env) for c in compose["services"][name]["command"]]
        return [str(Path(sys.executable).parent / program), *args]  # the console script of this environment

    subprocess.run(command("topics"), env=env_of("topics"), check=True, timeout=60)
    procs = {}
    try:
        for name in ("processors", "ingester"):
            procs[name] = subprocess.Popen(command(name), env=env_of(name), stderr=subprocess.DEVNULL)
        alerts = subprocess.Popen(command("alerts"), env=env_of("alerts"), stdout=subprocess.PIPE, text=True)
        procs["alerts"] = alerts
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in alerts.stdout], daemon=True).start()
        actors: set[tuple[str, str]] = set()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not {("ceasefire", "RUS"), ("sanctions", "RUS")} <= actors:
            try:
                alert = json.loads(lines.get(timeout=1))
            except queue.Empty:
                continue
            actors.add((alert["topic"], alert["actor"]["code"]))
        assert {("ceasefire", "RUS"), ("sanctions", "RUS")} <= actors
        for name, proc in procs.items():
            assert proc.poll() is None, f"{name} exited early"
        for name in ("processors", "ingester"):  # the health checks, pointed at this host's ports
            check = [c.replace("9100", str(ports[name])) for c in compose["services"][name]["healthcheck"]["test"][1:]]
            subprocess.run([sys.executable if check[0] == "python" else check[0], *check[1:]], check=True, timeout=20)
    finally:
        for proc in procs.values():
            proc.terminate()
        for proc in procs.values():
            proc.wait(timeout=20)
