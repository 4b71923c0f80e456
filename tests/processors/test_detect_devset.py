"""The seed article and the dev set (read from ../shared by path), scored with evaluate()."""

import json
import subprocess
import sys
from pathlib import Path

from processors.detect import detect
from processors.detect.evaluate import evaluate, format_report


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def predictions(articles: list[dict]) -> list[dict]:
    return [
        {"article_id": a["id"], "topic": d.topic, "actor": d.actor, "role": d.role, "confidence": d.confidence}
        for a in articles
        for d in detect(a["title"], a["text"])
    ]


def test_seed_article_gives_its_required_pairs_and_nothing_unlabelled(shared: Path) -> None:
    [path] = (shared / "seed").glob("*.txt")
    labels = json.loads((shared / "devset" / "seed_labels.json").read_text("utf-8"))
    detections = detect("", path.read_text("utf-8"))
    got = {(d.topic, d.actor): d.role for d in detections}
    required = {(m["topic"], m["actor"]): m["role"] for m in labels["mentions"] if m["required"]}
    allowed = {(m["topic"], m["actor"]) for m in labels["mentions"]}
    assert {k: got.get(k) for k in required} == required
    assert got.keys() <= allowed


def test_devset_pair_f1_and_role_accuracy(shared: Path) -> None:
    articles = read_jsonl(shared / "devset" / "articles.jsonl")
    report = evaluate(read_jsonl(shared / "devset" / "labels.jsonl"), predictions(articles))
    summary = report.figures["all"]
    assert summary.f1 >= 0.90, format_report(report)
    assert summary.role_accuracy >= 0.90, format_report(report)


def test_evaluate_agrees_with_the_shared_scorer(shared: Path, tmp_path: Path) -> None:
    labels = [
        {"id": "a", "mentions": [
            {"topic": "sanctions", "actor": "USA", "role": "imposer", "required": True},
            {"topic": "sanctions", "actor": "RUS", "role": "target", "required": True},
            {"topic": "sanctions", "actor": "GBR", "role": "imposer", "required": False},
        ]},
        {"id": "b", "mentions": [{"topic": "ceasefire", "actor": "ISR", "role": "party", "required": True}]},
    ]
    preds = [
        {"article_id": "a", "topic": "sanctions", "actor": "USA", "role": "imposer"},
        {"article_id": "a", "topic": "sanctions", "actor": "GBR", "role": "target"},
        {"article_id": "a", "topic": "sanctions", "actor": "CHN", "role": "target"},
        {"article_id": "b", "topic": "ceasefire", "actor": "ISR", "role": "broker"},
        {"article_id": "zzz", "topic": "ceasefire", "actor": "ISR", "role": "party"},
    ]
    (tmp_path / "l.jsonl").write_text("\n".join(map(json.dumps, labels)))
    (tmp_path / "p.jsonl").write_text("\n".join(map(json.dumps, preds)))
    scorer = shared / "tools" / "score.py"
    out = subprocess.run(
        [sys.executable, scorer, "--labels", tmp_path / "l.jsonl", "--pred", tmp_path / "p.jsonl", "--json"],
        capture_output=True, text=True, check=True,
    ).stdout
    expected = json.loads(out.splitlines()[-1])
    report = evaluate(labels, preds)
    for topic, figures in expected.items():
        got = report.figures[topic]
        assert (got.tp, got.fp, got.fn) == (figures["tp"], figures["fp"], figures["fn"])
        assert round(got.f1, 4) == figures["f1"] and round(got.role_accuracy, 4) == figures["role_accuracy"]
    assert {(e.kind, e.pair) for e in report.errors} == {
        ("FP", ("a", "sanctions", "CHN")),
        ("MISS", ("a", "sanctions", "RUS")),
        ("ROLE", ("b", "ceasefire", "ISR")),
    }
    assert format_report(report).splitlines()[-2] == out.splitlines()[-2]  # the "all" row
