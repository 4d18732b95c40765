"""Hostile answers end in one clear message, in bounded time and memory, for any channel:
answers larger than the cap (declared or not), answers that never finish (one byte at a
time), gzip bombs, endless redirects, redirects to plain http:// (refused before any
connection), redirects and error answers with endless bodies (not read).

Real HTTP against loopback servers (tests/helpers/fake_feed.py serves the hostile bodies,
generated lazily). Nothing waits on a clock: the deadlines are a fraction of a second and
the dripping servers take 20 s, so only the client's deadline ends such a test quickly (and
a client without one fails it, late)."""

from __future__ import annotations

import socket
import tracemalloc

import pytest
from fake_feed import gzip_bomb

from cmstation.channels.base import BadPayload, Offline, Permanent
from cmstation.channels.http import (
    DEFAULT_DEADLINE,
    ERROR_BODY_MAX_BYTES,
    JSON_MAX_BYTES,
    HttpClient,
    make_session,
)

MB = 1024 * 1024


@pytest.fixture
def url(fake_feed):
    return fake_feed.base_url + "/feed.rss"


@pytest.fixture
def host(fake_feed):
    return f"127.0.0.1:{fake_feed.port}"


def test_the_defaults():
    assert JSON_MAX_BYTES == 20 * MB and DEFAULT_DEADLINE == 60.0
    s = make_session()
    assert s.deadline == DEFAULT_DEADLINE and s.headers["Accept-Encoding"] == "gzip, deflate"
    s.close()


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "chunked"])
def test_an_answer_over_the_default_cap_stops_early(fake_feed, session, url, host, length):
    fake_feed.hostile("huge", size=50 * MB, length=length)
    http = HttpClient(session, network="Mastodon")
    with pytest.raises(BadPayload) as e:
        http.get_json(url)
    assert (
        str(e.value) == f"The answer from {host} is larger than 20 MB; cmstation does not read it."
    )
    assert e.value.text.source.startswith("The answer from {host} is larger than {limit} MB")
    assert fake_feed.hostile_done.wait(30)
    # The client stopped reading and hung up: the server got nowhere near 50 MB out.
    assert fake_feed.sent < 40 * MB
    if length:  # a declared length over the cap is refused before reading
        assert fake_feed.sent < 20 * MB


def test_a_lower_cap_is_configurable(fake_feed, session, url, host):
    fake_feed.hostile("huge", size=3 * MB, length=False)
    with pytest.raises(BadPayload, match=r"larger than 1 MB"):
        HttpClient(session, network="Bluesky", max_bytes=1 * MB).get_json(url)
    # an answer within the cap is read whole
    fake_feed.hostile("huge", size=MB // 2, length=False)
    resp = HttpClient(session, network="Bluesky", max_bytes=1 * MB).request("GET", url)
    assert len(resp.content) == MB // 2


def test_an_answer_that_never_finishes_ends_at_the_deadline(fake_feed, session, url, host):
    # one byte every 10 ms (20 s in all): the read timeout never fires, the deadline does
    fake_feed.hostile("drip", size=2000, interval=0.01)
    session.deadline = 0.3
    http = HttpClient(session, network="Mastodon")
    with pytest.raises(Offline) as e:
        http.get_json(url)
    assert (
        str(e.value) == f"{host} did not finish its answer in time. cmstation will try again later."
    )
    assert fake_feed.hostile_done.wait(30)
    # The client can also set its own deadline.
    fake_feed.hostile("drip", size=2000, interval=0.01)
    session.deadline = 3600
    with pytest.raises(Offline, match="did not finish its answer in time"):
        HttpClient(session, network="Mastodon", deadline=0.3).get_json(url)


def test_a_gzip_bomb_stops_at_the_cap_in_bounded_memory(fake_feed, session, url, host):
    bomb = gzip_bomb(200 * MB)  # built before measuring
    assert sum(map(len, bomb)) < MB  # small on the wire
    fake_feed.hostile("gzip_bomb", size=200 * MB)
    tracemalloc.start()
    try:
        with pytest.raises(BadPayload) as e:
            HttpClient(session, network="Mastodon", max_bytes=10 * MB).get_json(url)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (
        str(e.value) == f"The answer from {host} is larger than 10 MB; cmstation does not read it."
    )
    assert peak < 60 * MB  # far below the 200 MB it would decode to


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_compressed_answers_are_decoded(fake_feed, session, url, encoding):
    fake_feed.add_item("Fiets", "<p>ok</p>")
    fake_feed.encoding = encoding
    resp = HttpClient(session, network="The feed").request("GET", url)
    assert resp.headers["Content-Encoding"] == ("gzip" if encoding == "gzip" else "deflate")
    assert resp.content == fake_feed.rss()


def test_an_unknown_content_encoding_is_a_bad_payload(fake_feed, session, url, host):
    fake_feed.hostile("huge", size=1000, headers={"Content-Encoding": "br"})
    with pytest.raises(BadPayload) as e:
        HttpClient(session, network="Bluesky").get_json(url)
    assert str(e.value) == f"Bluesky at {host} sent an answer cmstation cannot read."


def test_endless_redirects_say_so(fake_feed, session, url, host):
    fake_feed.fault("status", status=302, count=50, headers={"Location": url})
    with pytest.raises(Permanent) as e:
        HttpClient(session, network="Mastodon").request("GET", url)
    assert str(e.value) == (
        f"{host} keeps redirecting to other addresses and never answers. Check the address."
    )


@pytest.fixture
def no_other_hosts(monkeypatch):
    """Any name lookup but for loopback is recorded and refused: no traffic can leave."""
    tried: list[str] = []
    real = socket.getaddrinfo

    def guarded(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost", "::1"):
            tried.append(host)
            raise socket.gaierror(f"the test refuses to look up {host}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    return tried


@pytest.mark.parametrize(
    "target",
    [
        "http://cmstation-test.invalid/feed.rss",
        "http://cmstation-test.invalid:80/x?y=1",
        "HTTP://CMSTATION-TEST.INVALID/",
        "//cmstation-test.invalid/feed.rss",  # scheme-relative: http, as the first answer
    ],
)
def test_a_redirect_to_plain_http_is_refused_before_any_connection(
    fake_feed, session, url, no_other_hosts, target
):
    fake_feed.fault("status", status=301, headers={"Location": target})
    with pytest.raises(Permanent) as e:
        HttpClient(session, network="The feed").request("GET", url)
    assert "does not use https://. Only secure addresses can be used." in str(e.value)
    assert no_other_hosts == []  # not even looked up: the refusal came first
    assert len(fake_feed.log) == 1


def test_the_guard_would_see_a_connection_attempt(no_other_hosts):
    """The guard of the test above works: an attempt to reach another host is recorded."""
    with pytest.raises(OSError):
        socket.create_connection(("cmstation-test.invalid", 443), timeout=1)
    assert no_other_hosts == ["cmstation-test.invalid"]


def test_the_body_of_a_redirect_is_never_read(fake_feed, session, url):
    fake_feed.add_item("Fiets", "<p>ok</p>")
    fake_feed.hostile("huge", size=50 * MB, status=302, headers={"Location": url})
    resp = HttpClient(session, network="The feed").request("GET", url)
    assert resp.status_code == 200 and resp.content == fake_feed.rss()
    assert fake_feed.hostile_done.wait(30)
    assert fake_feed.sent < 40 * MB
    # and a redirect whose body drips does not hold the request up: it is not read at all
    fake_feed.hostile("drip", size=2000, status=302, headers={"Location": url})
    session.deadline = 3600
    resp = HttpClient(session, network="The feed").request("GET", url)
    assert resp.content == fake_feed.rss()
    assert fake_feed.hostile_done.wait(60)
    assert fake_feed.sent < 2000


def test_an_error_answer_with_an_endless_body_keeps_its_status(fake_feed, session, url, host):
    fake_feed.hostile("huge", size=50 * MB, status=503, length=False)
    with pytest.raises(Offline) as e:
        HttpClient(session, network="Mastodon").request("GET", url)
    assert "has a server problem (error 503)" in str(e.value)
    assert fake_feed.hostile_done.wait(30)
    assert fake_feed.sent < 40 * MB
    fake_feed.hostile("huge", size=50 * MB, status=422, length=False)
    with pytest.raises(Permanent, match=r"refused the request \(error 422\)"):
        HttpClient(session, network="Mastodon").request("GET", url)
    assert ERROR_BODY_MAX_BYTES == 64 * 1024
