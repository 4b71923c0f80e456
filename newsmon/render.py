"""How alerts look to a person on a terminal."""

from schemas import Alert


def describe(alert: Alert, width: int = 160) -> str:
    """One readable line: topic, actor, role, counterparts and the evidence sentence."""
    head = f"[{alert.topic}] {alert.actor.name} ({alert.actor.code}) {alert.role}"
    if alert.kind == "surge" and alert.window:
        head = f"SURGE {head}: {alert.window.count} mentions this window (previous {alert.window.previous})"
    if alert.counterparts:
        head += " with " + ", ".join(c.code for c in alert.counterparts)
    if alert.evidence:
        sentence = " ".join(alert.evidence[0].sentence.split())
        if len(sentence) > width:
            sentence = sentence[: width - 1] + "…"
        head += f' — "{sentence}"'
        if alert.evidence[0].title:
            head += f" ({alert.evidence[0].title})"
    return head
