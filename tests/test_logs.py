"""Logs go to stderr: human lines by default, one JSON object per line with --log-json."""

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_json_logs_on_stderr_keep_stdout_clean(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KAFKA_BOOTSTRAP_SERVERS"}
    missing = str(tmp_path / "missing.xml")
    done = subprocess.run([sys.executable, "-m", "newsmon", "--log-json", "run", "--once", "--feed", missing],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0 and done.stdout == ""
    logs = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert any(e["level"] == "ERROR" and f"feed={missing}" in e["message"] for e in logs), done.stderr
    assert all(line.startswith("{") for line in done.stderr.splitlines()[:-1])  # the last line is the summary


def test_log_formats() -> None:
    import logging

    from newsmon.logs import JsonFormatter

    record = logging.LogRecord("ingest.poll", logging.WARNING, __file__, 1, "feed=%s failed", ("f.xml",), None)
    data = json.loads(JsonFormatter().format(record))
    assert data["level"] == "WARNING" and data["logger"] == "ingest.poll" and data["message"] == "feed=f.xml failed"
