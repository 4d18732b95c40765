"""Hostile feeds: each ends in one clear message for that channel, within bounded time and
memory, while the other channels of the same sweep are stored. The same protections guard
``validate_feed`` (``channel add feed``).

Loopback servers only (tests/helpers/fake_feed.py generates the big bodies lazily); the
deadlines are a fraction of a second and the dripping servers take 20 s, so only the
client's deadline ends such a test quickly."""

from __future__ import annotations

import socket
import time

import pytest
from fake_feed import FakeFeedServer

from cmstation.channels.base import BadPayload, Offline, Permanent
from cmstation.channels.feed import FEED_MAX_BYTES, FeedAdapter, validate_feed
from cmstation.core.clock import FixedClock
from cmstation.core.models import Channel, ChannelKind, MessageFilter
from cmstation.listening.scheduler import ListenService
from cmstation.storage import channels, messages, sweeps

MB = 1024 * 1024
T0 = 1_700_000_000

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title>'
    "<link>http://127.0.0.1/x</link><description>&lol9;</description></item></channel></rss>"
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
    '<rss version="2.0"><channel><title>t</title><item><title>x</title>'
    "<link>http://127.0.0.1/x</link><description>&xxe;</description></item></channel></rss>"
)


def _remote_dtd(base: str) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY % remote SYSTEM "{base}/evil.dtd">'
        ' %remote;]>\n<rss version="2.0"><channel><title>t</title></channel></rss>'
    )


def _feed_with(fake: FakeFeedServer, prolog: str = "", description: str = "ok") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}<rss version="2.0"><channel>'
        f"<title>Fietsforum</title><item><title>Vraag</title><link>{fake.base_url}/t/1</link>"
        f"<guid>{fake.base_url}/t/1</guid><description>{description}</description></item>"
        "</channel></rss>"
    ).encode()


@pytest.fixture
def host(fake_feed):
    return f"127.0.0.1:{fake_feed.port}"


def _poll(session, url, **kw):
    return FeedAdapter(session, 3, url, **kw).poll_mentions({}, page_budget=1)


# --- size, time, compression -------------------------------------------------------------


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "chunked"])
def test_a_feed_of_50_mb_is_not_read(fake_feed, session, host, length):
    assert FEED_MAX_BYTES == 10 * MB
    fake_feed.hostile("huge", size=50 * MB, length=length)
    with pytest.raises(BadPayload) as e:
        _poll(session, fake_feed.rss_url)
    assert str(e.value) == (f"The feed at {host} is larger than 10 MB; cmstation does not read it.")
    assert e.value.text.source == (
        "The feed at {host} is larger than {limit} MB; cmstation does not read it."
    )
    assert fake_feed.hostile_done.wait(30)
    assert fake_feed.sent < 30 * MB  # stopped early: the server got nowhere near 50 MB out


def test_a_feed_that_never_finishes_ends_at_the_deadline(fake_feed, session, host):
    fake_feed.hostile("drip", size=2000, interval=0.01)  # 20 s in all
    with pytest.raises(Offline) as e:
        _poll(session, fake_feed.rss_url, deadline=0.3)
    assert str(e.value) == (
        f"{host} did not finish its answer in time. cmstation will try again later."
    )


def test_a_gzip_bomb_feed_stops_at_the_cap(fake_feed, session, host):
    fake_feed.hostile("gzip_bomb", size=200 * MB)
    with pytest.raises(BadPayload, match=r"^The feed at .* is larger than 10 MB"):
        _poll(session, fake_feed.rss_url)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_a_compressed_feed_is_read(fake_feed, session, encoding):
    fake_feed.add_item("Fiets", "<p>ok</p>", published=T0)
    fake_feed.encoding = encoding
    assert [m.text for m in _poll(session, fake_feed.rss_url).messages] == ["Fiets\n\nok"]


# --- entities ----------------------------------------------------------------------------

ENTITY_MESSAGE = (
    "The feed at {host} uses XML entity declarations, which cmstation does not read for safety."
)


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(lambda f: LAUGHS.encode(), id="billion-laughs"),
        pytest.param(lambda f: XXE.encode(), id="external-entity"),
        pytest.param(lambda f: _remote_dtd(f.base_url).encode(), id="parameter-entity"),
        pytest.param(lambda f: LAUGHS.encode("utf-16"), id="utf-16"),
        pytest.param(
            lambda f: LAUGHS.replace(
                'version="1.0"', 'version="1.0" encoding="utf-16-be"', 1
            ).encode("utf-16-be"),
            id="utf-16-without-bom",
        ),
        pytest.param(
            lambda f: LAUGHS.replace('version="1.0"', 'version="1.0" encoding="cp037"', 1).encode(
                "cp037"
            ),
            id="ebcdic",
        ),
        pytest.param(
            lambda f: b"<!--" + b"x" * 100_000 + b"-->\n" + LAUGHS.split("\n", 1)[1].encode(),
            id="after-a-long-comment",
        ),
        pytest.param(
            lambda f: XXE.replace("<!ENTITY", "<!entity").encode(), id="lower-case-declaration"
        ),
    ],
)
def test_a_feed_that_declares_entities_is_refused(fake_feed, session, host, document):
    fake_feed.hostile("body", path="/feed.rss", body=document(fake_feed), count=2)
    with pytest.raises(BadPayload) as e:
        _poll(session, fake_feed.rss_url)
    assert str(e.value) == ENTITY_MESSAGE.format(host=host)
    with pytest.raises(BadPayload, match="XML entity declarations"):
        validate_feed(session, fake_feed.rss_url)
    assert not [r for r in fake_feed.log if r["path"] == "/evil.dtd"]  # nothing was fetched


def test_entity_declarations_hidden_by_the_declared_charset_are_refused(fake_feed, session):
    body = XXE.replace('version="1.0"', 'version="1.0" encoding="utf-7"', 1)
    body = body.replace("<!ENTITY", "+ADwAIQ-ENTITY").encode("ascii")  # "<!ENTITY" in UTF-7
    fake_feed.hostile("body", body=body, content_type="application/xml; charset=utf-7")
    with pytest.raises(BadPayload, match="XML entity declarations"):
        _poll(session, fake_feed.rss_url)


def test_the_word_entity_inside_cdata_or_escaped_is_fine(fake_feed, session):
    body = _feed_with(
        fake_feed,
        description="<![CDATA[<p>XML has <!ENTITY x> declarations</p>]]> &lt;!ENTITY y&gt;",
    )
    fake_feed.hostile("body", body=body)
    r = _poll(session, fake_feed.rss_url)
    assert len(r.messages) == 1 and "ENTITY x" in r.messages[0].text


def test_a_doctype_without_entities_is_fine_and_its_dtd_is_not_fetched(fake_feed, session):
    prolog = (
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        f'"{fake_feed.base_url}/rss-0.91.dtd">\n'
    )
    fake_feed.hostile("body", body=_feed_with(fake_feed, prolog), count=2)
    assert [m.text for m in _poll(session, fake_feed.rss_url).messages] == ["Vraag\n\nok"]
    assert validate_feed(session, fake_feed.rss_url) == "Fietsforum"
    assert [r["path"] for r in fake_feed.log] == ["/feed.rss", "/feed.rss"]


# --- content types -----------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("body", "ctype", "message"),
    [
        (
            b"<!DOCTYPE html><html><head><title>Blog</title></head><body>Hi</body></html>",
            "text/html; charset=utf-8",
            "{host} sent a web page (text/html), not a feed. Check the address of the feed.",
        ),
        (
            b"<html><body><p>Welcome</p></body></html>",
            "application/xhtml+xml",
            "{host} sent a web page (application/xhtml+xml), not a feed. Check the address of "
            "the feed.",
        ),
        (PNG, "image/png", "{host} sent image/png, not a feed. Check the address of the feed."),
        (
            b'{"version": "https://jsonfeed.org/version/1.1", "items": []}',
            "application/json",
            "{host} sent application/json, not a feed. Check the address of the feed.",
        ),
    ],
    ids=["html", "xhtml", "png", "json"],
)
def test_something_that_is_clearly_no_feed_says_what_it_is(
    fake_feed, session, host, body, ctype, message
):
    fake_feed.hostile("body", body=body, content_type=ctype, count=2)
    with pytest.raises(BadPayload) as e:
        _poll(session, fake_feed.rss_url)
    assert str(e.value) == message.format(host=host)
    with pytest.raises(BadPayload) as e:
        validate_feed(session, fake_feed.rss_url)
    assert str(e.value) == message.format(host=host)


@pytest.mark.parametrize(
    "ctype",
    [
        "text/xml",
        "application/xml; charset=utf-8",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "text/plain; charset=utf-8",
        "application/octet-stream",
        "",
        "text/html; charset=utf-8",  # sloppy, but the body is a feed
        "application/json",  # very sloppy, same
    ],
)
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_served_with_sloppy_types_are_still_read(fake_feed, session, ctype, kind):
    fake_feed.add_item("Fiets kapot", "<p>Wie helpt?</p>", published=T0)
    fake_feed.add_item("Compliment", "<p>Top</p>", published=T0 + 60)
    body = fake_feed.rss() if kind == "rss" else fake_feed.atom()
    fake_feed.hostile("body", body=body, content_type=ctype, count=2)
    r = _poll(session, fake_feed.rss_url)
    assert [m.text for m in r.messages] == ["Fiets kapot\n\nWie helpt?", "Compliment\n\nTop"]
    assert validate_feed(session, fake_feed.rss_url) == "Fietsforum"


def test_an_xml_document_that_is_no_feed_says_no_items_were_found(fake_feed, session, host):
    fake_feed.hostile("body", body=b'<?xml version="1.0"?><note><to>Eva</to></note>')
    with pytest.raises(BadPayload) as e:
        _poll(session, fake_feed.rss_url)
    assert str(e.value) == (
        f"{host} did not send a feed cmstation can read (no RSS or Atom items found). "
        "Check the address of the feed."
    )


# --- redirects -----------------------------------------------------------------------------


def test_a_feed_that_keeps_redirecting_says_so(fake_feed, session, host):
    fake_feed.fault("status", status=302, count=100, headers={"Location": fake_feed.rss_url})
    for call in (
        lambda: _poll(session, fake_feed.rss_url),
        lambda: validate_feed(session, fake_feed.rss_url),
    ):
        with pytest.raises(Permanent) as e:
            call()
        assert str(e.value) == (
            f"{host} keeps redirecting to other addresses and never answers. Check the address."
        )


def test_a_feed_redirecting_to_plain_http_is_refused_before_connecting(
    fake_feed, session, monkeypatch
):
    looked_up: list[str] = []
    real = socket.getaddrinfo

    def guarded(name, *args, **kwargs):
        if name != "127.0.0.1":
            looked_up.append(name)
            raise socket.gaierror("the test refuses any other host")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    target = "http://feeds.cmstation-test.invalid/rss"
    fake_feed.fault("status", status=301, count=2, headers={"Location": target})
    for call in (
        lambda: _poll(session, fake_feed.rss_url),
        lambda: validate_feed(session, fake_feed.rss_url),
    ):
        with pytest.raises(Permanent) as e:
            call()
        assert str(e.value) == (
            f"The address {target} does not use https://. Only secure addresses can be used."
        )
    assert looked_up == []


# --- the rest of the sweep is stored -----------------------------------------------------


def _redirect_loop(f):
    f.fault("status", path="/feed.rss", status=302, count=100, headers={"Location": f.rss_url})


def _insecure_redirect(f):
    f.fault(
        "status",
        path="/feed.rss",
        status=301,
        headers={"Location": "http://cmstation-test.invalid/"},
    )


HOSTILE = [
    (
        "huge",
        lambda f: f.hostile("huge", path="/feed.rss", length=False),
        "bad_payload",
        "is larger than 10 MB",
    ),
    (
        "drip",
        lambda f: f.hostile("drip", path="/feed.rss", size=2000, interval=0.01),
        "offline",
        "did not finish its answer in time",
    ),
    (
        "gzip-bomb",
        lambda f: f.hostile("gzip_bomb", path="/feed.rss", size=200 * MB),
        "bad_payload",
        "is larger than 10 MB",
    ),
    (
        "entities",
        lambda f: f.hostile("body", path="/feed.rss", body=LAUGHS.encode()),
        "bad_payload",
        "uses XML entity declarations",
    ),
    (
        "web-page",
        lambda f: f.hostile(
            "body", path="/feed.rss", body=b"<html>Hoi</html>", content_type="text/html"
        ),
        "bad_payload",
        "sent a web page (text/html), not a feed",
    ),
    (
        "png",
        lambda f: f.hostile("body", path="/feed.rss", body=PNG, content_type="image/png"),
        "bad_payload",
        "sent image/png, not a feed",
    ),
    ("redirect-loop", _redirect_loop, "error", "keeps redirecting"),
    ("insecure-redirect", _insecure_redirect, "error", "does not use https://"),
]


@pytest.mark.parametrize(("kind", "make", "status", "words"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_one_hostile_feed_costs_only_its_own_channel(
    tmp_path, db, fake_feed, session, kind, make, status, words
):
    fake_feed.add_item("Fiets kapot", "<p>Wie helpt?</p>", published=T0)
    fake_feed.add_item("Compliment", "<p>Top</p>", published=T0 + 60)
    bad = channels.add_channel(
        db, Channel(kind=ChannelKind.FEED, name="Vijandig", url=fake_feed.rss_url)
    )
    good = channels.add_channel(
        db, Channel(kind=ChannelKind.FEED, name="Fietsforum", url=fake_feed.atom_url)
    )
    make(fake_feed)

    def build(_db, channel):
        return FeedAdapter(session, channel.id, channel.url, deadline=0.5)

    service = ListenService(
        tmp_path / "ws" / "workspace.sqlite3", build, clock=FixedClock(time.time())
    )
    summaries = {s.channel_id: s for s in service.tick()}
    assert set(summaries) == {bad, good}
    assert summaries[bad].status == status and words in str(summaries[bad].detail)
    assert summaries[bad].new == 0
    shown = str(sweeps.channel_status(db, bad).detail)
    assert words in shown and "Error:" not in shown and "Traceback" not in shown
    assert (summaries[good].status, summaries[good].new) == ("ok", 2)
    stored = messages.list_messages(db, MessageFilter(include_own=True, order="oldest"))
    assert [(m.channel_id, m.text) for m in stored] == [
        (good, "Fiets kapot\n\nWie helpt?"),
        (good, "Compliment\n\nTop"),
    ]
