"""A bounded, least-recently-seen set of ids (articles in the ingester, alerts in subscribers)."""

from collections import OrderedDict


class SeenSet:
    """Remembers the last ``maxsize`` ids; the least recently seen are forgotten first."""

    def __init__(self, maxsize: int = 100_000) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self._ids: OrderedDict[str, None] = OrderedDict()

    def add(self, article_id: str) -> bool:
        """Record ``article_id``; True if it was new, False if it had been seen."""
        if article_id in self._ids:
            self._ids.move_to_end(article_id)
            return False
        self._ids[article_id] = None
        if len(self._ids) > self.maxsize:
            self._ids.popitem(last=False)
        return True

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)
