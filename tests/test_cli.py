"""The command line as a user meets it: help for every command, the README lists them, detect's contract."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmon.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and cli.commands[name].help
    assert f"newsmon {name}" in README


def test_detect_reports_bad_lines_and_processes_the_rest(tmp_path: Path) -> None:
    good = {"id": "a1", "title": "Truce", "text": "Russia and Ukraine agreed a ceasefire on Monday."}
    lines = [
        json.dumps(good).encode(),
        b"{broken json",
        json.dumps({"id": "a2", "title": "no text"}).encode(),
        b"\xff\xfe\x00binary junk\x00",
        json.dumps({**good, "id": "a3"}).encode(),
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    result = CliRunner().invoke(cli, ["detect", str(source)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "line " in line]
    assert [e.split("line ")[1].split(":")[0] for e in errors] == ["2", "3", "4"]
    assert "text" in errors[1] and "UTF-8" in errors[2]
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(o["article_id"], o["actor"]) for o in out} >= {("a1", "RUS"), ("a3", "UKR")}
    assert all({"topic", "role", "confidence", "evidence"} <= o.keys() for o in out)


def test_detect_rejects_an_oversized_line_and_goes_on(tmp_path: Path) -> None:
    huge = json.dumps({"id": "big", "title": "x", "text": "ceasefire " * 5_000_000})
    good = json.dumps({"id": "ok", "title": "Truce", "text": "Israel and Hamas agreed a ceasefire."})
    source = tmp_path / "in.jsonl"
    source.write_text(huge + "\n" + good + "\n")
    result = CliRunner().invoke(cli, ["detect", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1 and "line 1:" in result.stderr and "limit" in result.stderr
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert {o["article_id"] for o in out} == {"ok"}


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2014-03-17", set()),  # Boris Johnson held no national office then
        ("2020-03-17T09:30:00Z", {"GBR"}),  # prime minister
        ("Tue, 17 Mar 2020 09:30:00 GMT", {"GBR"}),  # RFC 2822, as feeds write it
        (None, {"GBR"}),  # undated: the latest office
        ("sometime in March", {"GBR"}),  # unreadable: ignored, the line is not rejected
    ],
)
def test_detect_dates_office_holders_by_the_published_field(published: str | None, expected: set[str]) -> None:
    article = {"id": "p", "title": "Sanctions", "text": "Boris Johnson imposed sanctions on Russian oligarchs.",
               "published": published}
    result = CliRunner().invoke(cli, ["detect", "-"], input=json.dumps(article) + "\n")
    assert result.exit_code == 0, result.stderr
    imposers = {o["actor"] for o in map(json.loads, result.stdout.splitlines()) if o["role"] == "imposer"}
    assert imposers == expected


def test_clean_input_exits_zero() -> None:
    line = json.dumps({"id": "q", "title": "Weather", "text": "Sunny spells and showers."})
    result = CliRunner().invoke(cli, ["detect", "-"], input=line + "\n")
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.slow
def test_alerts_command_groups_and_drops_repeats(fresh_broker: str, unique: str) -> None:
    """`newsmon alerts --group` reads as a consumer group, prints each alert_id once, and resumes."""
    from datetime import UTC, datetime

    from kafka import KafkaProducer

    from schemas import Alert, topics

    def alert(n: int) -> bytes:
        return Alert(alert_id=f"{unique}-{n}", kind="mention", topic="sanctions", actor={"code": "IRN", "name": "Iran"},
                     role="target", confidence=0.9, story_id="s", detected_at=datetime.now(UTC)).model_dump_json().encode()

    producer = KafkaProducer(bootstrap_servers=fresh_broker)
    for n in (1, 1, 2):
        producer.send(topics.ALERTS, key=b"IRN", value=alert(n))
    producer.flush()
    env = {"KAFKA_BOOTSTRAP_SERVERS": fresh_broker}
    args = ["alerts", "--json", "--group", f"g-{unique}"]
    first = CliRunner().invoke(cli, args, env=env)
    assert first.exit_code == 0, first.output
    assert [json.loads(line)["alert_id"] for line in first.stdout.splitlines()] == [f"{unique}-1", f"{unique}-2"]
    producer.send(topics.ALERTS, key=b"IRN", value=alert(3))
    producer.flush()
    again = CliRunner().invoke(cli, args, env=env)
    assert [json.loads(line)["alert_id"] for line in again.stdout.splitlines()] == [f"{unique}-3"]
