"""HTML to text, UTC timestamps, canonical links and stable ids."""

import time
from datetime import UTC, datetime, timedelta, timezone

import feedparser
import pytest

from ingest.normalise import entry_to_article, html_to_text, plain_text, to_utc
from schemas import make_article_id


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("Line<br>break<br/>again", "Line\nbreak\nagain"),
        ("<div><p>Nested   <b>bold</b>\n text</p></div>", "Nested bold text"),
        ("Fish &amp; chips &mdash; &#8220;quoted&#8221; &nbsp;x", "Fish & chips \u2014 \u201cquoted\u201d x"),
        ("<p>Keep</p><script>var x = '<p>drop</p>';</script><style>p {}</style>", "Keep"),
        ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
        ("plain text", "plain text"),
        ("", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_plain_text_is_not_parsed_as_html() -> None:
    assert plain_text("a < b\n\n\nc  d", "text/plain") == "a < b\nc d"


def test_to_utc() -> None:
    expected = datetime(2025, 5, 19, 12, 30, tzinfo=UTC)
    assert to_utc(time.struct_time((2025, 5, 19, 12, 30, 0, 0, 139, 0))) == expected
    assert to_utc(datetime(2025, 5, 19, 14, 30, tzinfo=timezone(timedelta(hours=2)))) == expected
    assert to_utc(datetime(2025, 5, 19, 12, 30)) == expected
    assert to_utc(None) is None


def _entry(**fields: object) -> feedparser.FeedParserDict:
    return feedparser.FeedParserDict(fields)


def test_entry_to_article_canonical_link_and_stable_id() -> None:
    link = "HTTPS://News.Example.com/a?utm_source=rss&b=2&a=1&fbclid=x#frag"
    entry = _entry(link=link, id="guid-1", title="<b>Title</b>", summary="<p>Sum</p>", published_parsed=time.gmtime(0))
    article = entry_to_article(entry, "https://feed.example.com/rss")
    assert article is not None
    assert article.url == "https://news.example.com/a?a=1&b=2"
    assert article.article_id == make_article_id(link, "guid-1", "Title")
    assert article.article_id == make_article_id("https://news.example.com/a?a=1&b=2")
    assert article.title == "Title"
    assert article.text == "Sum"
    assert article.published == datetime(1970, 1, 1, tzinfo=UTC)
    assert article.source == "https://feed.example.com/rss"


def test_content_beats_summary() -> None:
    entry = _entry(
        title="t",
        summary="short",
        content=[{"type": "text/html", "value": "<p>full</p><p>text</p>"}],
    )
    assert entry_to_article(entry, "f").text == "full\ntext"


def test_entry_without_link_uses_guid_then_title() -> None:
    by_guid = entry_to_article(_entry(id="g-1", title="Same"), "f")
    by_title = entry_to_article(_entry(title="Same"), "f")
    assert by_guid.article_id == make_article_id(None, "g-1", "Same")
    assert by_title.article_id == make_article_id(None, None, "Same")
    assert by_guid.article_id != by_title.article_id
    assert by_guid.url is None and by_guid.published is None


def test_plain_text_title_keeps_angle_brackets() -> None:
    entry = _entry(title="Use a < b & <c>", title_detail={"type": "text/plain"})
    assert entry_to_article(entry, "f").title == "Use a < b & <c>"


def test_entry_with_nothing_to_identify_it_is_skipped(caplog: pytest.LogCaptureFixture) -> None:
    assert entry_to_article(_entry(summary="orphan"), "feed.xml") is None
    assert "feed=feed.xml" in caplog.text
