"""End to end through real processes: `newsmon run --once` on the embedded broker with a real faust worker."""

import json
import os
import subprocess
import sys

import pytest

from schemas import Alert

SEED_PAIRS = {
    ("ceasefire", "RUS", "party"),
    ("ceasefire", "UKR", "party"),
    ("ceasefire", "USA", "broker"),
    ("ceasefire", "EU", "broker"),
    ("sanctions", "USA", "imposer"),
    ("sanctions", "EU", "imposer"),
    ("sanctions", "RUS", "target"),
}


def run_once(*args: str) -> tuple[list[Alert], str]:
    env = {k: v for k, v in os.environ.items() if k != "KAFKA_BOOTSTRAP_SERVERS"}
    done = subprocess.run(
        [sys.executable, "-m", "newsmon", "run", "--once", *args],
        env=env, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [Alert.model_validate_json(line) for line in done.stdout.splitlines()], done.stderr


@pytest.mark.slow
def test_sample_feed_alerts_the_seed_pairs_with_stable_ids() -> None:
    first, log = run_once()
    seed = [a for a in first if a.kind == "mention" and "ceasefire talks" in (a.evidence[0].title if a.evidence else "")]
    assert {(a.topic, a.actor.code, a.role) for a in seed} >= SEED_PAIRS, log[-2000:]
    for alert in seed:
        assert alert.alert_id and alert.schema_version and alert.actor.name
        assert alert.evidence[0].sentence and alert.evidence[0].url
    assert len({a.alert_id for a in first}) == len(first), "an alert_id appeared twice"
    raw = [json.loads(a.model_dump_json()) for a in first]
    assert all({"alert_id", "kind", "topic", "actor", "role", "evidence", "schema_version"} <= r.keys() for r in raw)

    second, _ = run_once()
    assert sorted(a.alert_id for a in second) == sorted(a.alert_id for a in first)

    shared, log = run_once("--workers", "2")  # the partitions split between two real workers
    assert sorted(a.alert_id for a in shared) == sorted(a.alert_id for a in first), log[-2000:]
