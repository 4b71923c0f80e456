"""Event models for newsmon's Kafka topics (pydantic v2)."""

from schemas.alert import ActorRef, Alert, AlertEvidence, SurgeWindow, make_alert_id
from schemas.article import SCHEMA_VERSION, Article, canonical_url, make_article_id
from schemas.mention import Detection, Evidence, Mention, Role, Topic

__all__ = [
    "SCHEMA_VERSION",
    "ActorRef",
    "Alert",
    "AlertEvidence",
    "Article",
    "Detection",
    "Evidence",
    "Mention",
    "Role",
    "SurgeWindow",
    "Topic",
    "canonical_url",
    "make_alert_id",
    "make_article_id",
]
