"""Score detections against labels with the definitions of ``shared/tools/score.py``.

Pairs are (article, topic, actor). A prediction matching a required label is a true positive, one matching
only an optional label is ignored, anything else is a false positive. Recall counts required labels only;
role accuracy is measured on true positives. Predictions for articles without labels are ignored.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

TOPICS = ("ceasefire", "sanctions")

Pair = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Figures:
    """Precision, recall, F1 and role accuracy of one topic (or of all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    role_ok: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), over required labels."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def role_accuracy(self) -> float:
        """Share of true positives with the labelled role."""
        return self.role_ok / self.tp if self.tp else 0.0


@dataclass(frozen=True, slots=True)
class Error:
    """One miss ("MISS"), false positive ("FP") or wrong role ("ROLE")."""

    kind: str
    pair: Pair
    info: str


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Figures per topic and for "all", plus every error."""

    figures: dict[str, Figures]
    errors: list[Error] = field(default_factory=list)


def evaluate(labels: Iterable[dict[str, Any]], predictions: Iterable[dict[str, Any]]) -> EvalReport:
    """Score predictions (``newsmon detect`` lines) against labels (``{"id", "mentions": [...]}`` lines)."""
    required: set[Pair] = set()
    optional: set[Pair] = set()
    role_of: dict[Pair, str | None] = {}
    ids: set[str] = set()
    for record in labels:
        ids.add(str(record["id"]))
        for m in record.get("mentions", []):
            pair = (str(record["id"]), m["topic"], m["actor"])
            (required if m.get("required", True) else optional).add(pair)
            role_of[pair] = m.get("role")
    predicted: dict[Pair, str | None] = {}
    for p in predictions:
        pair = (str(p.get("article_id")), p.get("topic"), p.get("actor"))
        if pair[0] in ids:
            predicted[pair] = p.get("role")

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[Error] = []
    for pair, role in predicted.items():
        if pair in optional and pair not in required:
            continue
        topics = (pair[1], "all")
        hit = pair in required
        for t in topics:
            counts[t]["tp" if hit else "fp"] += 1
        if not hit:
            errors.append(Error("FP", pair, str(role)))
        elif role == role_of[pair]:
            for t in topics:
                counts[t]["role_ok"] += 1
        else:
            errors.append(Error("ROLE", pair, f"{role} != {role_of[pair]}"))
    for pair in required - predicted.keys():
        for t in (pair[1], "all"):
            counts[t]["fn"] += 1
        errors.append(Error("MISS", pair, str(role_of[pair])))
    errors.sort(key=lambda e: (e.pair, e.kind))
    return EvalReport({t: Figures(**counts[t]) for t in (*TOPICS, "all")}, errors)


def format_report(report: EvalReport, errors: bool = True) -> str:
    """The report as score.py prints it: errors (optional), a table, and a summary line."""
    lines = [f"{e.kind:5} {e.pair[0]:8} {e.pair[1]:10} {e.pair[2]:12} {e.info}" for e in report.errors] if errors else []
    lines.append(f"{'topic':10} {'P':>6} {'R':>6} {'F1':>6} {'role':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for topic, f in report.figures.items():
        lines.append(
            f"{topic:10} {f.precision:6.3f} {f.recall:6.3f} {f.f1:6.3f} {f.role_accuracy:6.3f} {f.tp:5} {f.fp:5} {f.fn:5}"
        )
    a = report.figures["all"]
    lines.append(f"F1 {a.f1:.3f} P {a.precision:.3f} R {a.recall:.3f} role {a.role_accuracy:.3f}")
    return "\n".join(lines)
