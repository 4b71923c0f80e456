"""Detections (pure detector output) and the Mention event on ``news.mentions``."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from schemas.article import SCHEMA_VERSION

Topic = Literal["ceasefire", "sanctions"]
Role = Literal["party", "broker", "imposer", "target"]


class Evidence(BaseModel):
    """A sentence that supports a detection, with character offsets into the article text."""

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Detection(BaseModel):
    """One (topic, actor) found in one article, with the actor's role."""

    topic: Topic
    actor: str
    role: Role
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence] = []
    counterparts: list[str] = []


class Mention(Detection):
    """A detection tied to its article: one record per article x topic x actor."""

    schema_version: str = SCHEMA_VERSION
    article_id: str
    story_id: str
    actor_name: str = ""
    title: str = ""
    url: str | None = None
    published: datetime | None = None
    detected_at: datetime
