"""``newsmon bench`` end to end with tiny numbers: every figure is there and sane (speed is reported, not tested)."""

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_bench_reports_every_figure() -> None:
    cmd = [sys.executable, "-m", "newsmon", "bench", "--articles", "200", "--duration", "3", "--rate", "20"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=170, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    assert "pipeline articles -> alerts" in done.stdout and "latency @ 20/s" in done.stdout  # the table

    for figure in ("detect_articles_per_s", "mean_article_bytes", "passthrough_msgs_per_s",
                   "pipeline_articles_per_s", "pipeline_vs_passthrough", "latency_rate", "latency_samples"):
        assert result[figure] > 0, figure
    assert result["pipeline_records_per_s"] > result["pipeline_articles_per_s"] * (1 + 4 * result["mentions_per_article"]) * 0.99
    assert result["records_vs_passthrough"] > result["pipeline_vs_passthrough"]
    assert result["articles"] == 200 and result["workers"] == 1 and result["cpu"]
    assert result["latency_missing"] == 0, "alerts the detector promised never arrived"
    latency = result["latency_ms"]
    assert 0 < latency["p50"] <= latency["p95"] <= latency["p99"]
    assert result["pipeline_cpu_pct"]["worker0"] > 0
    rss = result["peak_rss_mib"]
    assert rss["worker0"] > 0 and rss["bench+ingest"] > 0
    if not os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):  # the bench started the embedded broker: measured too
        assert rss["broker"] > 0 and result["pipeline_cpu_pct"]["broker"] > 0
