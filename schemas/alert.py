"""The Alert event on ``news.alerts``: the public contract for downstream services."""

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from schemas.article import SCHEMA_VERSION
from schemas.mention import Role, Topic


class ActorRef(BaseModel):
    """An actor code (ISO 3166-1 alpha-3 or an organisation code) and its display name."""

    code: str
    name: str


class AlertEvidence(BaseModel):
    """Where an alert comes from: the sentence and its article."""

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    article_id: str
    title: str = ""
    url: str | None = None
    published: datetime | None = None


class SurgeWindow(BaseModel):
    """For a surge alert: the window and how its count compares with the previous one."""

    start: datetime
    end: datetime
    count: int = Field(ge=1)
    previous: int = Field(ge=0)


class Alert(BaseModel):
    """A ceasefire or sanctions alert about one actor."""

    schema_version: str = SCHEMA_VERSION
    alert_id: str
    kind: Literal["mention", "surge"]
    topic: Topic
    actor: ActorRef
    role: Role
    counterparts: list[ActorRef] = []
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[AlertEvidence] = []
    story_id: str
    detected_at: datetime
    window: SurgeWindow | None = None


def make_alert_id(kind: str, *parts: str) -> str:
    """Deterministic alert id: the same (kind, story/window, topic, actor) always gives the same id."""
    return hashlib.sha256("|".join((kind, *parts)).encode("utf-8")).hexdigest()[:32]
