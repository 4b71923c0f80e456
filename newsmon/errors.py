"""newsmon's exceptions, one tree::

    NewsmonError
      ConfigError(NewsmonError, ValueError)
      FeedError                 .url
        FeedParseError          raised from feedparser's bozo_exception
        FeedTooLarge
        FeedRetryLater          .retry_after (HTTP 429/503)
      InvalidRecord(NewsmonError, ValueError)   .reason -> dead-letter headers
      BrokerUnavailable
"""


class NewsmonError(Exception):
    """Base of every error newsmon raises on purpose."""


class ConfigError(NewsmonError, ValueError):
    """A setting is missing or invalid."""


class FeedError(NewsmonError):
    """A feed could not be fetched or read."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"feed={url}: {message}")
        self.url = url


class FeedParseError(FeedError):
    """The feed's content is not a feed feedparser can use."""


class FeedTooLarge(FeedError):
    """The feed's response exceeded the size cap."""


class FeedRetryLater(FeedError):
    """The server asked us to come back later (HTTP 429/503); ``retry_after`` is in seconds or None."""

    def __init__(self, url: str, message: str, retry_after: float | None) -> None:
        super().__init__(url, message)
        self.retry_after = retry_after


class InvalidRecord(NewsmonError, ValueError):
    """A record that cannot be processed; ``reason`` is a short machine-readable tag."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason


class BrokerUnavailable(NewsmonError):
    """No Kafka broker answered at the configured bootstrap servers."""
