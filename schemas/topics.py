"""Kafka topic names: the one place they are spelled."""

ARTICLES = "news.articles"
MENTIONS = "news.mentions"
ALERTS = "news.alerts"
DEADLETTER = "news.deadletter"

ALL = (ARTICLES, MENTIONS, ALERTS, DEADLETTER)
