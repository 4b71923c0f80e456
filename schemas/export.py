"""The event contract as documents: JSON Schema for each event and an AsyncAPI 3.0 document for the topics.

Both are generated from the pydantic models, so they cannot drift from what is on the wire.
"""

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from schemas import cloudevents, topics
from schemas.alert import ActorRef, Alert, AlertEvidence
from schemas.article import SCHEMA_VERSION, Article
from schemas.mention import Mention

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
MODELS: dict[str, type[BaseModel]] = {"article": Article, "mention": Mention, "alert": Alert}
KAFKA_BINDING = "0.5.0"


def schema_id(name: str) -> str:
    """The ``$id`` of an event's JSON Schema, e.g. ``urn:newsmon:schema:alert:1.0`` (also a CloudEvents dataschema)."""
    return f"urn:newsmon:schema:{name}:{SCHEMA_VERSION}"


def json_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema (draft 2020-12) of each event, keyed ``article``, ``mention``, ``alert``."""
    schemas = {}
    for name, model in MODELS.items():
        body = model.model_json_schema(mode="serialization")
        schemas[name] = {"$schema": JSON_SCHEMA_DIALECT, "$id": schema_id(name), **body}
    return schemas


def _string(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **extra}


def _kafka_key(description: str, **extra: Any) -> dict[str, Any]:
    return {"kafka": {"key": _string(description, **extra), "bindingVersion": KAFKA_BINDING}}


def _alert_headers() -> dict[str, Any]:
    kinds = get_args(Alert.model_fields["kind"].annotation)
    return {
        "type": "object",
        "description": "CloudEvents Kafka protocol binding, binary content mode; values are UTF-8.",
        "required": ["ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "content-type"],
        "properties": {
            "ce_specversion": _string("CloudEvents version.", const=cloudevents.SPECVERSION),
            "ce_id": _string("The alert_id: the same alert always has the same id, so drop repeats by it."),
            "ce_type": _string("From the alert's kind.", enum=[cloudevents.TYPE_PREFIX + k for k in kinds]),
            "ce_source": _string("The producer.", format="uri-reference", examples=[cloudevents.DEFAULT_SOURCE]),
            "ce_time": _string("detected_at in RFC 3339 (UTC).", format="date-time"),
            "ce_subject": _string("The actor code, as the record key."),
            "ce_dataschema": _string("The Alert JSON Schema's $id, when given.", format="uri"),
            "content-type": _string("Media type of the value.", const=cloudevents.CONTENT_TYPE),
        },
    }


def _deadletter_headers() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "Why the record could not be processed and where it came from; values are UTF-8.",
        "required": ["error", "error_message", "source_topic", "source_partition", "source_offset"],
        "properties": {
            "error": _string("Reason code.", examples=["empty", "oversized", "not_json", "invalid"]),
            "error_message": _string("Human-readable detail (at most 1000 bytes)."),
            "source_topic": _string("Topic the record was read from.", examples=[topics.ARTICLES]),
            "source_partition": _string("Its partition, as decimal digits.", pattern="^[0-9]+$"),
            "source_offset": _string("Its offset, as decimal digits.", pattern="^[0-9]+$"),
        },
    }


def _example_alert() -> Alert:
    return Alert(
        alert_id="5f0c2a9e4d1b7c3a8e6f9d2b1a4c7e0f",
        kind="mention",
        topic="ceasefire",
        actor=ActorRef(code="RUS", name="Russia"),
        role="party",
        counterparts=[ActorRef(code="UKR", name="Ukraine")],
        confidence=0.93,
        evidence=[
            AlertEvidence(
                sentence="Russia and Ukraine will immediately start negotiations toward a ceasefire.",
                start=0,
                end=75,
                article_id="0a1b2c3d4e5f60718293",
                title="Example: leaders discuss a ceasefire",
                url="https://example.org/news/ceasefire",
                published=datetime(2025, 5, 19, 18, 0, tzinfo=UTC),
            )
        ],
        story_id="example leaders discuss a ceasefire",
        detected_at=datetime(2025, 5, 19, 18, 5, tzinfo=UTC),
    )


def _messages() -> dict[str, Any]:
    example = _example_alert()
    return {
        "article": {
            "name": "Article",
            "title": "A news article",
            "summary": "One normalised article from a feed; article_id is a hash of its canonical URL.",
            "contentType": "application/json",
            "payload": {"$ref": "#/components/schemas/Article"},
            "bindings": _kafka_key("The article_id.", examples=["0a1b2c3d4e5f60718293"]),
        },
        "mention": {
            "name": "Mention",
            "title": "An actor mentioned in an article",
            "summary": "One record per article x topic x actor, with the actor's role and evidence.",
            "contentType": "application/json",
            "payload": {"$ref": "#/components/schemas/Mention"},
            "bindings": _kafka_key("The actor code (ISO 3166-1 alpha-3 or an organisation code).", examples=["RUS"]),
        },
        "alert": {
            "name": "Alert",
            "title": "A ceasefire or sanctions alert about one actor",
            "summary": "kind=mention: first detection of a (story, topic, actor); kind=surge: mentions above baseline.",
            "description": "The public contract; the payload is also published alone as alert.schema.json.",
            "contentType": "application/json",
            "headers": {"$ref": "#/components/schemas/AlertHeaders"},
            "payload": {"$ref": "#/components/schemas/Alert"},
            "bindings": _kafka_key("The actor code (ISO 3166-1 alpha-3 or an organisation code).", examples=["RUS"]),
            "examples": [
                {
                    "name": "mention",
                    "headers": {k: v.decode() for k, v in cloudevents.cloudevent_headers(example)},
                    "payload": example.model_dump(mode="json"),
                }
            ],
        },
        "deadletter": {
            "name": "DeadLetter",
            "title": "A record that could not be processed",
            "summary": "The original record, byte for byte, with headers naming the error and its origin.",
            "contentType": "application/octet-stream",
            "headers": {"$ref": "#/components/schemas/DeadLetterHeaders"},
            "payload": {"$ref": "#/components/schemas/OriginalBytes"},
            "bindings": _kafka_key("The original record's key, unchanged (may be absent)."),
        },
    }


_CHANNELS = {
    "articles": (topics.ARTICLES, "article", "Articles from the ingester, keyed by article_id."),
    "mentions": (topics.MENTIONS, "mention", "Detections, one per article x topic x actor, keyed by actor."),
    "alerts": (topics.ALERTS, "alert", "Alerts for downstream services, keyed by actor."),
    "deadletter": (topics.DEADLETTER, "deadletter", "Records that could not be processed, for operators."),
}

# (operation id, action, channel, service, what it does)
_OPERATIONS = [
    ("publishArticles", "send", "articles", "ingester", "The ingester publishes each new article."),
    ("detectMentions", "receive", "articles", "processors", "The processors run detection on each article."),
    ("publishMentions", "send", "mentions", "processors", "The processors publish one mention per actor found."),
    ("alertOnMentions", "receive", "mentions", "processors", "The processors dedupe and count mentions."),
    ("publishAlerts", "send", "alerts", "processors", "The processors publish mention and surge alerts."),
    ("subscribeAlerts", "receive", "alerts", "subscribers", "Downstream services (and `newsmon alerts`) read alerts."),
    ("deadLetter", "send", "deadletter", "processors", "The processors set aside records they cannot process."),
]


def asyncapi() -> dict[str, Any]:
    """AsyncAPI 3.0.0 document of every newsmon topic: servers, channels, messages and who sends or receives."""
    _, defs = models_json_schema(
        [(model, "serialization") for model in MODELS.values()], ref_template="#/components/schemas/{model}"
    )
    components_schemas = {
        **defs["$defs"],
        "AlertHeaders": _alert_headers(),
        "DeadLetterHeaders": _deadletter_headers(),
        "OriginalBytes": {
            "type": "string",
            "format": "binary",
            "description": "The value exactly as it was read from the source topic: may be empty, not JSON, or invalid.",
        },
    }
    channels = {
        key: {
            "address": address,
            "description": description,
            "messages": {message: {"$ref": f"#/components/messages/{message}"}},
            "bindings": {"kafka": {"bindingVersion": KAFKA_BINDING}},
        }
        for key, (address, message, description) in _CHANNELS.items()
    }
    operations = {
        op_id: {
            "action": action,
            "channel": {"$ref": f"#/channels/{channel}"},
            "summary": summary,
            "tags": [{"name": service}],
            "messages": [{"$ref": f"#/channels/{channel}/messages/{_CHANNELS[channel][1]}"}],
        }
        for op_id, action, channel, service, summary in _OPERATIONS
    }
    return {
        "asyncapi": "3.0.0",
        "id": "urn:newsmon",
        "info": {
            "title": "newsmon",
            "version": SCHEMA_VERSION,
            "description": (
                "Per-actor ceasefire and sanctions alerts from news feeds over Kafka. This document describes "
                "the whole system; each operation is tagged with the service that performs it. Values are JSON "
                "with a schema_version; subscribers should drop repeated alerts by alert_id (at-least-once)."
            ),
            "license": {"name": "Apache-2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"},
            "tags": [
                {"name": "ingester", "description": "Reads feeds and publishes articles (`newsmon ingest`)."},
                {"name": "processors", "description": "Detection and alerting, a faust app (`newsmon process`)."},
                {"name": "subscribers", "description": "Downstream services; see examples/subscriber.py."},
            ],
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {
                "host": "127.0.0.1:9092",
                "protocol": "kafka",
                "description": "Embedded memory-only broker of `newsmon broker` (`newsmon run` logs its own port).",
            },
            "compose": {
                "host": "localhost:29092",
                "protocol": "kafka",
                "description": "Apache Kafka of docker-compose.yml seen from the host (kafka:9092 inside compose).",
            },
        },
        "channels": channels,
        "operations": operations,
        "components": {"schemas": components_schemas, "messages": _messages()},
    }


def write_all(directory: Path) -> list[Path]:
    """Write ``article.schema.json``, ``mention.schema.json``, ``alert.schema.json`` and ``asyncapi.json``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    documents = {f"{name}.schema.json": schema for name, schema in json_schemas().items()}
    documents["asyncapi.json"] = asyncapi()  # JSON is YAML too: AsyncAPI tools read it as is
    paths = []
    for filename, document in documents.items():
        path = directory / filename
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
