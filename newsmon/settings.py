"""Configuration from the environment (pydantic-settings): ``KAFKA_BOOTSTRAP_SERVERS`` and ``NEWSMON_*``."""

from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every option has an environment variable ``NEWSMON_<NAME>`` and a default."""

    model_config = SettingsConfigDict(env_prefix="NEWSMON_", extra="ignore", populate_by_name=True)

    bootstrap_servers: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "NEWSMON_BOOTSTRAP_SERVERS"),
        description="Kafka bootstrap servers; unset = start the embedded Tansu broker.",
    )
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None

    partitions: int = Field(default=2, ge=1, description="Partitions per topic when newsmon creates topics.")
    replication_factor: int = Field(default=1, ge=1)
    app_id: str = Field(default="newsmon", description="faust app id = processors' consumer group.")
    data_dir: str = Field(default="/tmp/newsmon-data", description="faust worker state directory.")

    # Tight consumer-group timeouts: a faust worker joins in ~4 s on the embedded broker (broker-notes.md).
    session_timeout: float = 6.0
    heartbeat_interval: float = 0.5
    rebalance_timeout: float = 3.0
    max_poll_interval: float = 3.0
    commit_interval: float = 0.5

    # Throughput and latency of the processors (newsmon bench measures them).
    fetch_max_wait: float = Field(
        default=0.05, gt=0, description="Seconds a worker's fetch may wait at the broker for new records "
        "(faust hard-codes 1.5 s; the embedded broker answers late, so this bounds each hop's latency)."
    )
    max_poll_records: int | None = Field(
        default=100, ge=1, description="Records per consumer poll; keeps polls well inside max_poll_interval."
    )
    stream_buffer_maxsize: int = Field(default=4096, ge=1, description="Records buffered per stream (faust).")
    producer_linger: float = Field(
        default=0.005, ge=0, description="Seconds the worker's producer waits to batch records: fewer, larger "
        "produce requests (the embedded broker's CPU is the limit at 100 articles/s)."
    )
    producer_max_batch_size: int = Field(default=16384, ge=1, description="Bytes per producer batch (faust).")

    max_article_bytes: int = Field(default=1_000_000, ge=1024, description="Larger articles are dead-lettered.")
    max_feed_bytes: int = Field(default=10_000_000, ge=1024, description="Feed responses are cut off above this.")
    feed_timeout: float = Field(default=20.0, gt=0, description="Seconds per feed HTTP request.")
    feeds: Annotated[list[str], NoDecode] = Field(
        default=[], description="Feeds to ingest (comma-separated URLs/paths); empty = the bundled sample feed."
    )
    poll_interval: float = Field(default=300.0, gt=0, description="Seconds between polls of one feed.")
    max_backoff: float = Field(default=3600.0, gt=0, description="Longest wait after repeated feed failures.")

    dedupe_keys: int = Field(
        default=200_000, ge=1, description="First-mention alerts a worker remembers (~170 B each); the oldest are forgotten."
    )
    recall_alerts: int = Field(
        default=20_000, ge=0, description="Alerts a worker re-reads per partition when it starts, to repeat none after a crash."
    )
    surge_window: float = Field(default=3600.0, gt=0, description="Seconds per surge-counting window.")
    surge_min_count: int = Field(default=5, ge=2, description="Mentions in a window needed for a surge alert.")
    surge_save_interval: float = Field(
        default=1.0, gt=0, description="Seconds between changelog writes of the tables: surge counters and the dedupe entries of delivered alerts (a crash loses at most this much; news.alerts is recalled on restart)."
    )

    metrics_port: int | None = Field(default=None, description="Serve Prometheus metrics on this port.")
    log_json: bool = False
    log_level: str = "INFO"

    @field_validator("feeds", mode="before")
    @classmethod
    def _split_feeds(cls, value: object) -> object:
        return [f.strip() for f in value.split(",") if f.strip()] if isinstance(value, str) else value

    def kafka_python_config(self) -> dict[str, object]:
        """Connection options for kafka-python clients (security included)."""
        config: dict[str, object] = {
            "bootstrap_servers": self.bootstrap_servers,
            "security_protocol": self.security_protocol,
        }
        if self.sasl_mechanism:
            config["sasl_mechanism"] = self.sasl_mechanism
            config["sasl_plain_username"] = self.sasl_username
            config["sasl_plain_password"] = self.sasl_password.get_secret_value() if self.sasl_password else None
        for key in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
            if getattr(self, key):
                config[key] = getattr(self, key)
        return config
