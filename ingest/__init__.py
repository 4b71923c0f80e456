"""Feeds (RSS/Atom/RDF URLs and files, JSON-lines replay) -> normalised Articles -> Kafka."""

from importlib import resources

from ingest.dedupe import SeenSet
from ingest.feeds import FeedRetryLater, FeedState, parse_feed, read_feed
from ingest.normalise import entry_to_article, html_to_text
from ingest.poll import IngestReport, backoff_delay, ingest_once, poll_forever, read_source
from ingest.publish import Publisher
from ingest.replay import Batch, read_replay

SAMPLE_FEED = str(resources.files(__package__) / "samples" / "sample.xml")
"""Path of the bundled offline sample RSS feed (the default of ``newsmon run``)."""

__all__ = [
    "SAMPLE_FEED",
    "Batch",
    "FeedRetryLater",
    "FeedState",
    "IngestReport",
    "Publisher",
    "SeenSet",
    "backoff_delay",
    "entry_to_article",
    "html_to_text",
    "ingest_once",
    "parse_feed",
    "poll_forever",
    "read_feed",
    "read_replay",
    "read_source",
]
