"""``ingest.__all__`` names exactly the public API (httpx's test_exported_members)."""

import inspect
from pathlib import Path

import pytest

import ingest
from ingest import Publisher
from newsmon.errors import ConfigError
from newsmon.settings import Settings


def test_all_is_the_public_api() -> None:
    for name in ingest.__all__:
        assert hasattr(ingest, name), name
    public = {n for n, v in vars(ingest).items() if not n.startswith("_") and not inspect.ismodule(v)}
    assert public == set(ingest.__all__)


def test_sample_feed_path_exists() -> None:
    assert Path(ingest.SAMPLE_FEED).is_file()


def test_publisher_needs_bootstrap_servers() -> None:
    with pytest.raises(ConfigError):
        Publisher(Settings(bootstrap_servers=None))
