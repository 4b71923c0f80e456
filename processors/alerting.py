"""Pure alerting logic: articles + detections -> mentions, mentions -> alerts, surge counting."""

import hashlib
import re
from collections.abc import Callable
from datetime import UTC, datetime

from processors.detect import detect
from schemas import (
    Alert,
    Article,
    Detection,
    Mention,
    SurgeWindow,
    make_alert_id,
)

_WORD = re.compile(r"\w+")


def story_id(article: Article) -> str:
    """Stable story id: the same headline republished under other URLs is one story."""
    words = _WORD.findall(article.title.lower())
    if not words:
        return article.article_id
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:20]


def detect_article(article: Article) -> list[Detection]:
    """The detector run on an article, dated by its publication so office holders map to the right state."""
    return detect(article.title, article.text, on=article.published.date() if article.published else None)


def mentions_for(article: Article, detections: list[Detection], name_of: Callable[[str], str], now: datetime) -> list[Mention]:
    """One Mention per detection, carrying the article's identity and metadata."""
    source = {"article_id": article.article_id, "story_id": story_id(article), "title": article.title,
              "url": article.url, "published": article.published, "detected_at": now}
    return [Mention.model_validate({**d.model_dump(), **source, "actor_name": name_of(d.actor)}) for d in detections]


def dedupe_key(story: str, topic: str, actor: str) -> str:
    """The identity of a first-mention alert: (story, topic, actor)."""
    return f"{story}|{topic}|{actor}"


def _alert(kind: str, mention: Mention, name_of: Callable[[str], str], alert_id: str) -> Alert:
    source = {"article_id": mention.article_id, "title": mention.title, "url": mention.url, "published": mention.published}
    return Alert.model_validate(  # from plain data in one call: several times faster than nested constructors
        {
            "alert_id": alert_id,
            "kind": kind,
            "topic": mention.topic,
            "actor": {"code": mention.actor, "name": mention.actor_name or mention.actor},
            "role": mention.role,
            "counterparts": [{"code": c, "name": name_of(c)} for c in mention.counterparts],
            "confidence": mention.confidence,
            "evidence": [{"sentence": e.sentence, "start": e.start, "end": e.end, **source} for e in mention.evidence],
            "story_id": mention.story_id,
            "detected_at": mention.detected_at,
        }
    )


def mention_alert(mention: Mention, name_of: Callable[[str], str]) -> Alert:
    """The first-detection alert for a mention's (story, topic, actor)."""
    return _alert("mention", mention, name_of, make_alert_id("mention", dedupe_key(mention.story_id, mention.topic, mention.actor)))


def surge_key(topic: str, actor: str) -> str:
    """The identity of a surge counter: (topic, actor)."""
    return f"{topic}|{actor}"


def latest_state(a: dict | None, b: dict) -> dict:
    """The later of two surge counting states: the later window, or in the same window the higher count."""
    return b if a is None or (b["start"], b["count"]) > (a["start"], a["count"]) else a


def window_start(mention: Mention, window: float) -> int:
    """Start (epoch seconds) of the surge window holding the mention's article time."""
    when = mention.published or mention.detected_at
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp() // window * window)


def count_for_surge(state: dict | None, start: int, window: float, min_count: int) -> tuple[dict, bool]:
    """Add one mention in the window starting at ``start``; return the new state and whether it is a surge.

    The state per (topic, actor) is ``{"start", "count", "previous"}``. A surge is the moment the
    count in the current window reaches ``max(min_count, 2 x previous window's count)``, once per window.
    Mentions older than the current window are counted nowhere.
    """
    state = dict(state or {"start": start, "count": 0, "previous": 0})
    if start > state["start"]:
        consecutive = start - state["start"] <= window
        state = {"start": start, "count": 0, "previous": state["count"] if consecutive else 0}
    elif start < state["start"]:
        return state, False
    state["count"] += 1
    return state, state["count"] == max(min_count, 2 * state["previous"])


def surge_alert(mention: Mention, name_of: Callable[[str], str], state: dict, window: float) -> Alert:
    """A surge alert for the mention's (topic, actor) in the window described by ``state``."""
    alert_id = make_alert_id("surge", str(state["start"]), mention.topic, mention.actor)
    alert = _alert("surge", mention, name_of, alert_id)
    alert.window = SurgeWindow(
        start=datetime.fromtimestamp(state["start"], UTC),
        end=datetime.fromtimestamp(state["start"] + window, UTC),
        count=state["count"],
        previous=state["previous"],
    )
    return alert
