"""Configuration from the environment: names, validation, secrets, security options for every client."""

import faust
import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from newsmon.cli import cli
from newsmon.settings import Settings
from processors.app import _credentials


def test_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
    monkeypatch.setenv("NEWSMON_FEEDS", "https://a.example/rss, feeds/b.xml")
    monkeypatch.setenv("NEWSMON_MAX_ARTICLE_BYTES", "2048")
    settings = Settings()
    assert settings.bootstrap_servers == "kafka:9092"
    assert settings.feeds == ["https://a.example/rss", "feeds/b.xml"]
    assert settings.max_article_bytes == 2048


@pytest.mark.parametrize(("name", "value"), [("NEWSMON_PARTITIONS", "0"), ("NEWSMON_SECURITY_PROTOCOL", "TLS"),
                                             ("NEWSMON_FEED_TIMEOUT", "soon")])
def test_invalid_values_are_clear_errors(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings()
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code == 1 and "invalid configuration" in result.output
    assert name.removeprefix("NEWSMON_").lower() in result.output


def test_config_masks_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMON_SASL_PASSWORD", "hunter2")
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code == 0 and "hunter2" not in result.output and "sasl_password" in result.output


def test_sasl_and_tls_reach_both_kinds_of_client() -> None:
    settings = Settings(bootstrap_servers="k:9093", security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512",
                        sasl_username="newsmon", sasl_password="s3cret")
    config = settings.kafka_python_config()
    assert config["security_protocol"] == "SASL_SSL" and config["sasl_mechanism"] == "SCRAM-SHA-512"
    assert config["sasl_plain_username"] == "newsmon" and config["sasl_plain_password"] == "s3cret"
    credentials = _credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.username == "newsmon" and credentials.ssl_context is not None
    assert _credentials(Settings(bootstrap_servers="k:9092")) is None
