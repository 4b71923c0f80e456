"""Event models for newsmon's Kafka topics (pydantic v2)."""

from schemas.alert import ActorRef, Alert, AlertEvidence, SurgeWindow, make_alert_id
from schemas.article import SCHEMA_VERSION, Article, canonical_url, make_article_id
from schemas.cloudevents import alert_id_from_headers, cloudevent_headers
from schemas.export import asyncapi, json_schemas, schema_id, write_all
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
    "alert_id_from_headers",
    "asyncapi",
    "canonical_url",
    "cloudevent_headers",
    "json_schemas",
    "make_alert_id",
    "make_article_id",
    "schema_id",
    "write_all",
]
