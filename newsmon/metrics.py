"""Prometheus metrics (prometheus-client); each process serves its own on ``NEWSMON_METRICS_PORT``."""

import logging

from prometheus_client import Counter, Gauge, Histogram, start_http_server

log = logging.getLogger(__name__)

ARTICLES_INGESTED = Counter("newsmon_articles_ingested_total", "Articles published to news.articles", ["feed"])
FEED_ERRORS = Counter("newsmon_feed_errors_total", "Failed feed reads", ["feed"])
ARTICLES_PROCESSED = Counter("newsmon_articles_processed_total", "Articles run through the detector")
MENTIONS = Counter("newsmon_mentions_total", "Mentions published to news.mentions", ["topic"])
ALERTS = Counter("newsmon_alerts_total", "Alerts published to news.alerts", ["topic", "kind"])
DEADLETTERED = Counter("newsmon_deadlettered_total", "Records sent to news.deadletter", ["source_topic", "error"])
DETECT_SECONDS = Histogram(
    "newsmon_detect_seconds", "Detector time per article", buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.1, 1)
)
PIPELINE_LATENCY = Histogram(
    "newsmon_article_to_alert_seconds",
    "From the article record's timestamp to its alert being published",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
CONSUMER_LAG = Gauge("newsmon_consumer_lag", "Records behind the high watermark, as the broker reports it", ["topic", "partition"])


def serve(port: int | None) -> None:
    """Serve /metrics on ``port`` in a background thread (no-op when port is None)."""
    if port is not None:
        start_http_server(port)
        log.info("metrics on http://0.0.0.0:%d/metrics", port)
