"""The exported contract: JSON Schemas that accept what the models write, and an AsyncAPI document for every topic."""

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, ValidationError

from schemas import Alert, Article, Mention, asyncapi, json_schemas, make_alert_id, topics, write_all

NOW = datetime(2025, 5, 19, 18, 5, tzinfo=UTC)


def sample_article() -> Article:
    return Article(article_id="a1", title="Truce talks", text="Russia and Ukraine agreed a truce.",
                   url="https://example.org/a1", published=NOW, source="example", fetched_at=NOW)


def sample_mention() -> Mention:
    return Mention(topic="ceasefire", actor="RUS", role="party", confidence=0.9,
                   evidence=[{"sentence": "Russia and Ukraine agreed a truce.", "start": 0, "end": 34}],
                   counterparts=["UKR"], article_id="a1", story_id="truce talks", actor_name="Russia",
                   title="Truce talks", url=None, published=None, detected_at=NOW)


def sample_alert() -> Alert:
    return Alert(alert_id=make_alert_id("mention", "truce talks", "ceasefire", "RUS"), kind="mention",
                 topic="ceasefire", actor={"code": "RUS", "name": "Russia"}, role="party",
                 counterparts=[{"code": "UKR", "name": "Ukraine"}], confidence=0.9,
                 evidence=[{"sentence": "Russia and Ukraine agreed a truce.", "start": 0, "end": 34,
                            "article_id": "a1", "title": "Truce talks", "published": NOW}],
                 story_id="truce talks", detected_at=NOW)


def surge_alert() -> Alert:
    return Alert.model_validate({**sample_alert().model_dump(), "kind": "surge",
                                 "alert_id": make_alert_id("surge", "w", "ceasefire", "RUS"),
                                 "window": {"start": NOW, "end": NOW, "count": 7, "previous": 2}})


SAMPLES = {"article": [sample_article], "mention": [sample_mention], "alert": [sample_alert, surge_alert]}


def test_json_schemas_are_valid_draft_2020_12() -> None:
    schemas = json_schemas()
    assert set(schemas) == {"article", "mention", "alert"}
    for name, schema in schemas.items():
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert name in schema["$id"]
        Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name, make", [(n, m) for n, makers in SAMPLES.items() for m in makers])
def test_model_output_validates_against_its_schema(name: str, make: Any) -> None:
    Draft202012Validator(json_schemas()[name]).validate(json.loads(make().model_dump_json()))


@pytest.mark.parametrize("name, change", [
    ("alert", lambda v: v.update(role="spectator")),
    ("alert", lambda v: v.pop("alert_id")),
    ("alert", lambda v: v.update(kind="rumour")),
    ("alert", lambda v: v["actor"].pop("code")),
    ("mention", lambda v: v.update(topic="tariffs")),
    ("mention", lambda v: v.update(confidence=1.5)),
    ("article", lambda v: v.pop("text")),
    ("article", lambda v: v.update(article_id="")),
])
def test_invalid_events_fail_the_schema(name: str, change: Any) -> None:
    value = json.loads(SAMPLES[name][0]().model_dump_json())
    change(value)
    with pytest.raises(ValidationError):
        Draft202012Validator(json_schemas()[name]).validate(value)


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [r for k, v in node.items() for r in ([v] if k == "$ref" else _refs(v))]
    if isinstance(node, list):
        return [r for item in node for r in _refs(item)]
    return []


def _resolve(document: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), f"{ref} points outside the document"
    node: Any = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        assert part in node, f"{ref} does not resolve"
        node = node[part]
    return node


def test_asyncapi_describes_every_topic() -> None:
    doc = json.loads(json.dumps(asyncapi()))  # plain JSON all the way down
    assert doc["asyncapi"] == "3.0.0"
    assert {c["address"] for c in doc["channels"].values()} == set(topics.ALL)
    assert {s["host"] for s in doc["servers"].values()} == {"127.0.0.1:9092", "localhost:29092"}
    assert all(s["protocol"] == "kafka" for s in doc["servers"].values())
    refs = _refs(doc)
    assert refs
    for ref in refs:
        _resolve(doc, ref)
    for channel in doc["channels"].values():
        for message_ref in channel["messages"].values():
            message = _resolve(doc, message_ref["$ref"])
            assert message["bindings"]["kafka"]["key"]["type"] == "string"
            assert "payload" in message


def test_asyncapi_operations_say_who_sends_and_receives() -> None:
    doc = asyncapi()
    flows = {(op["tags"][0]["name"], op["action"], _resolve(doc, op["channel"]["$ref"])["address"])
             for op in doc["operations"].values()}
    assert flows == {
        ("ingester", "send", topics.ARTICLES),
        ("processors", "receive", topics.ARTICLES),
        ("processors", "send", topics.MENTIONS),
        ("processors", "receive", topics.MENTIONS),
        ("processors", "send", topics.ALERTS),
        ("subscribers", "receive", topics.ALERTS),
        ("processors", "send", topics.DEADLETTER),
    }
    for op in doc["operations"].values():  # an operation's messages belong to its channel
        channel = op["channel"]["$ref"]
        assert all(m["$ref"].startswith(channel + "/messages/") for m in op["messages"])


def test_asyncapi_headers_and_payloads() -> None:
    doc = asyncapi()
    messages = doc["components"]["messages"]
    alert_headers = _resolve(doc, messages["alert"]["headers"]["$ref"])
    assert {"ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "content-type"} <= set(
        alert_headers["required"])
    dead_headers = _resolve(doc, messages["deadletter"]["headers"]["$ref"])
    assert set(dead_headers["required"]) == {"error", "error_message", "source_topic", "source_partition",
                                             "source_offset"}
    assert _resolve(doc, messages["deadletter"]["payload"]["$ref"])["format"] == "binary"
    # The embedded example is a valid alert and its headers satisfy the header schema.
    example = messages["alert"]["examples"][0]
    Alert.model_validate(example["payload"])
    Draft202012Validator(alert_headers).validate(example["headers"])


def test_write_all_writes_four_json_files(tmp_path: Path) -> None:
    paths = write_all(tmp_path / "out")
    assert sorted(p.name for p in paths) == sorted(
        ["article.schema.json", "mention.schema.json", "alert.schema.json", "asyncapi.json"])
    for path in paths:
        assert path.parent == tmp_path / "out"
        json.loads(path.read_text(encoding="utf-8"))
    written = json.loads((tmp_path / "out" / "alert.schema.json").read_text(encoding="utf-8"))
    assert written == json_schemas()["alert"]
