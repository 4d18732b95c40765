"""Feeds over loopback: RSS and Atom, conditional GET, faults."""

from __future__ import annotations

import calendar

import pytest

from cmstation.channels.base import BadPayload, Offline, Permanent
from cmstation.channels.feed import FeedAdapter, validate_feed
from cmstation.core.models import MessageKind

T0 = 1_700_000_000


@pytest.fixture(params=["rss", "atom"])
def feed_url(request, fake_feed):
    fake_feed.add_item(
        "Fiets kapot",
        "<p>Mijn <b>fiets</b> is kapot.<br>Wie helpt?</p>",
        author="jan",
        published=T0,
    )
    fake_feed.add_item("Compliment", "<p>Top service!</p>", published=T0 + 60)
    return fake_feed.rss_url if request.param == "rss" else fake_feed.atom_url


def test_items_become_messages(fake_feed, session, feed_url):
    r = FeedAdapter(session, 3, feed_url).poll_mentions({}, page_budget=1)
    assert r.requests == 1 and r.skipped == 0
    a, b = r.messages
    assert a.text == "Fiets kapot\n\nMijn fiets is kapot.\nWie helpt?"
    assert a.kind == MessageKind.FEED_ITEM and a.channel_id == 3
    assert a.url == fake_feed.items[0].link and a.remote_id == fake_feed.items[0].guid
    assert a.thread_root_id == a.remote_id
    assert a.created_at == T0 and b.created_at == T0 + 60
    assert a.lang == "nl" and "<b>fiets</b>" in a.html
    assert a.author.handle == "jan" and b.author is None
    assert r.cursor["etag"] and r.cursor["modified"]


def test_unchanged_feed_costs_one_request_and_a_304(fake_feed, session, feed_url):
    adapter = FeedAdapter(session, 3, feed_url)
    first = adapter.poll_mentions({}, page_budget=1)
    again = adapter.poll_mentions(first.cursor, page_budget=1)
    assert again.messages == [] and again.requests == 1 and again.cursor == first.cursor
    assert fake_feed.log[-1]["headers"]["If-None-Match"] == first.cursor["etag"]
    fake_feed.add_item("Nieuw", "<p>nieuw item</p>", published=T0 + 120)
    later = adapter.poll_mentions(first.cursor, page_budget=1)
    assert [m.text for m in later.messages] == ["Nieuw\n\nnieuw item"]


def test_server_without_conditional_get_gives_no_repeats(fake_feed, session, feed_url):
    fake_feed.conditional = False
    adapter = FeedAdapter(session, 3, feed_url)
    first = adapter.poll_mentions({}, page_budget=1)
    again = adapter.poll_mentions(first.cursor, page_budget=1)
    assert len(first.messages) == 2 and again.messages == []


def test_if_modified_since_alone(fake_feed, session, feed_url):
    adapter = FeedAdapter(session, 3, feed_url)
    first = adapter.poll_mentions({}, page_budget=1)
    cursor = dict(first.cursor, etag="")
    again = adapter.poll_mentions(cursor, page_budget=1)
    assert again.messages == [] and "If-None-Match" not in fake_feed.log[-1]["headers"]
    assert fake_feed.log[-1]["headers"]["If-Modified-Since"] == first.cursor["modified"]


def test_one_malformed_item_is_skipped(fake_feed, session):
    fake_feed.add_item("Goed", "<p>ok</p>", published=T0)
    fake_feed.add_raw_item("<item><description></description></item>")  # no id, link, title
    r = FeedAdapter(session, 3, fake_feed.rss_url).poll_mentions({}, page_budget=1)
    assert [m.text for m in r.messages] == ["Goed\n\nok"] and r.skipped == 1


def test_malformed_xml_with_entries_keeps_them_without_is_bad_payload(fake_feed, session):
    fake_feed.body_override = b"<html><body><h1>Welcome</h1><p>not a feed</p></body></html>"
    with pytest.raises(BadPayload) as e:
        FeedAdapter(session, 3, fake_feed.rss_url).poll_mentions({}, page_budget=1)
    assert "sent a web page (text/html), not a feed" in str(e.value)
    fake_feed.content_type_override = "application/xml"
    with pytest.raises(BadPayload) as e:
        FeedAdapter(session, 3, fake_feed.rss_url).poll_mentions({}, page_budget=1)
    assert "did not send a feed" in str(e.value)
    assert "line" not in str(e.value)  # the parser's own words are for the log
    fake_feed.body_override = b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</ti"
    with pytest.raises(BadPayload):
        validate_feed(session, fake_feed.rss_url)


def test_broken_xml_keeps_the_readable_items(fake_feed, session):
    for i in range(6):
        fake_feed.add_item(f"Item {i}", f"<p>tekst {i}</p>", published=T0 + i)
    fake_feed.fault("bad_xml")  # the document breaks off halfway
    adapter = FeedAdapter(session, 3, fake_feed.rss_url)
    broken = adapter.poll_mentions({}, page_budget=1)
    good = {it.guid for it in fake_feed.items}
    assert 0 < len(broken.messages) < 6 and {m.remote_id for m in broken.messages} <= good
    assert broken.cursor["etag"] == ""  # the broken answer is not remembered as the feed
    rest = adapter.poll_mentions(broken.cursor, page_budget=1)
    assert {m.remote_id for m in broken.messages + rest.messages} == good


@pytest.mark.parametrize(
    ("fault", "kw", "error"),
    [
        ("status", {"status": 503}, Offline),
        ("status", {"status": 404}, Permanent),
        ("drop", {}, Offline),
        ("truncate", {}, Offline),
        ("slow", {"seconds": 1.0}, Offline),
    ],
)
def test_network_trouble(fake_feed, session, fault, kw, error):
    fake_feed.add_item("Goed", "<p>ok</p>", published=T0)
    session.timeout = (2.0, 0.3)
    fake_feed.fault(fault, **kw)
    adapter = FeedAdapter(session, 3, fake_feed.rss_url)
    with pytest.raises(error):
        adapter.poll_mentions({}, page_budget=1)
    assert len(adapter.poll_mentions({}, page_budget=1).messages) == 1


def test_validate_feed(fake_feed, session):
    assert validate_feed(session, fake_feed.rss_url) == "Fietsforum"
    assert validate_feed(session, fake_feed.atom_url) == "Fietsforum"
    with pytest.raises(Permanent):
        validate_feed(session, fake_feed.base_url + "/nothing-here")
    with pytest.raises(Permanent):
        validate_feed(session, "http://example.org/feed")  # plain http to a real host


def test_feedparser_never_fetches_by_itself(fake_feed, session):
    # A body that looks like a URL or a file name must be parsed as data, not opened.
    fake_feed.body_override = b"/etc/hostname"
    with pytest.raises(BadPayload):
        validate_feed(session, fake_feed.rss_url)
    fake_feed.body_override = fake_feed.rss_url.encode()
    before = len(fake_feed.log)
    with pytest.raises(BadPayload):
        validate_feed(session, fake_feed.rss_url)
    assert len(fake_feed.log) == before + 1


def test_search_on_a_feed_is_a_note(session, fake_feed):
    r = FeedAdapter(session, 3, fake_feed.rss_url).poll_search("fiets", {}, page_budget=1)
    assert r.messages == [] and r.requests == 0 and "cannot be searched" in str(r.notes[0])


def test_entry_without_date_uses_the_clock(fake_feed, session):
    fake_feed.add_raw_item("<item><title>Geen datum</title><link>https://x.example/1</link></item>")
    r = FeedAdapter(session, 3, fake_feed.rss_url, clock=lambda: T0 + 5.7).poll_mentions(
        {}, page_budget=1
    )
    assert [(m.text, m.created_at, m.remote_id) for m in r.messages] == [
        ("Geen datum", T0 + 5, "https://x.example/1")
    ]
    assert calendar.timegm((2023, 11, 14, 22, 13, 20)) == T0
