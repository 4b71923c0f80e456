"""The bounded seen-set."""

import pytest

from ingest import SeenSet


def test_add_reports_new_ids_once() -> None:
    seen = SeenSet()
    assert seen.add("a") is True
    assert seen.add("a") is False
    assert "a" in seen and len(seen) == 1


def test_forgets_least_recently_seen_first() -> None:
    seen = SeenSet(maxsize=2)
    seen.add("a")
    seen.add("b")
    seen.add("a")  # refreshes "a"
    seen.add("c")  # evicts "b"
    assert "a" in seen and "c" in seen and "b" not in seen
    assert len(seen) == 2


def test_maxsize_must_be_positive() -> None:
    with pytest.raises(ValueError):
        SeenSet(0)
