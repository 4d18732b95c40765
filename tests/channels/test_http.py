"""The shared HTTP helper over real loopback HTTP: URL rules, error mapping, rate limits."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from fake_mastodon import iso

from cmstation.channels.base import BadPayload, NeedsLogin, Offline, Permanent, RateLimited
from cmstation.channels.http import (
    USER_AGENT,
    HttpClient,
    check_url,
    is_loopback_host,
    make_session,
    normalise_base_url,
    quota_exhausted_until,
    retry_at_from,
)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("128.0.0.1", False),
        ("10.0.0.1", False),
        ("example.org", False),
        ("localhost.example.org", False),
        ("", False),
    ],
)
def test_loopback_hosts(host, loopback):
    assert is_loopback_host(host) is loopback


def test_https_is_required_except_for_loopback():
    assert check_url("https://mastodon.social/api") == "https://mastodon.social/api"
    assert check_url("http://127.0.0.1:8080/x")
    assert check_url("http://[::1]:8080/x")
    assert check_url("http://localhost/x")
    for bad in (
        "http://mastodon.social",
        "ftp://example.org/x",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mastodon.social",
        "https://",
    ):
        with pytest.raises(Permanent) as e:
            check_url(bad)
        assert "address" in str(e.value)


def test_normalise_base_url():
    assert normalise_base_url(" mastodon.social/ ") == "https://mastodon.social"
    assert normalise_base_url("http://127.0.0.1:3000") == "http://127.0.0.1:3000"
    with pytest.raises(Permanent):
        normalise_base_url("http://mastodon.social")
    with pytest.raises(Permanent):
        normalise_base_url("   ")


def test_session_sends_user_agent_and_refuses_insecure_redirects(fake_mastodon, session):
    http = HttpClient(session, network="Mastodon")
    http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    assert fake_mastodon.log[-1]["headers"]["User-Agent"] == USER_AGENT
    fake_mastodon.fault(
        "status",
        path="/api/v1/instance",
        status=302,
        headers={"Location": "http://example.org/steal"},
        body=b"",
    )
    with pytest.raises(Permanent) as e:
        http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    assert "https://" in str(e.value)


@pytest.mark.parametrize(
    ("fault", "kw", "error", "words"),
    [
        ("status", {"status": 401}, NeedsLogin, "no longer valid. Log in again"),
        ("status", {"status": 403}, NeedsLogin, "Log in again"),
        ("status", {"status": 500}, Offline, "error 500"),
        ("status", {"status": 503}, Offline, "try again later"),
        ("status", {"status": 404}, Permanent, "does not know"),
        (
            "status",
            {"status": 422, "body": {"error": "Validation failed: Text too long"}},
            Permanent,
            "Validation failed: Text too long",
        ),
        ("drop", {}, Offline, "Cannot reach"),
        ("truncate", {}, Offline, "broke off"),
        ("slow", {"seconds": 1.0}, Offline, "did not answer in time"),
    ],
)
def test_errors_are_mapped_with_plain_messages(fake_mastodon, session, fault, kw, error, words):
    fake_mastodon.fault(fault, path="/api/v1/instance", **kw)
    session.timeout = (2.0, 0.3)  # a slow answer must not hold the test up
    http = HttpClient(session, network="Mastodon")
    with pytest.raises(error) as e:
        data, _ = http.get_json(fake_mastodon.base_url + "/api/v1/instance")
    assert words in str(e.value)
    assert e.value.text.source  # the translatable source stays with the error
    # The server keeps working after the fault.
    data, _ = http.get_json(fake_mastodon.base_url + "/api/v1/instance")
    assert data["title"] == "Fake Mastodon"


def test_connection_refused_is_offline(session):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(Offline) as e:
        HttpClient(session, network="Mastodon").request("GET", f"http://127.0.0.1:{port}/")
    assert f"127.0.0.1:{port}" in str(e.value)


def test_unreadable_json_is_bad_payload(fake_mastodon, session):
    fake_mastodon.fault("bad_json", path="/api/v1/instance")
    with pytest.raises(BadPayload) as e:
        HttpClient(session, network="Mastodon").get_json(
            fake_mastodon.base_url + "/api/v1/instance"
        )
    assert "cannot read" in str(e.value)


def test_429_gives_retry_time_and_blocks_further_requests(fake_mastodon, session):
    reset = time.time() + 600
    fake_mastodon.fault(
        "status",
        path="/api/v1/instance",
        status=429,
        headers={"X-RateLimit-Reset": iso(reset), "X-RateLimit-Remaining": "0"},
        body={"error": "Too many requests"},
    )
    http = HttpClient(session, network="Mastodon")
    with pytest.raises(RateLimited) as e:
        http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    assert e.value.retry_at == pytest.approx(reset, abs=0.01)
    hhmm = datetime.fromtimestamp(reset).astimezone().strftime("%H:%M")
    assert str(e.value).startswith("Rate limited by 127.0.0.1:") and hhmm in str(e.value)
    sent = len(fake_mastodon.log)
    with pytest.raises(RateLimited):
        http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    assert len(fake_mastodon.log) == sent  # the gate answered without asking the server


def test_exhausted_quota_lets_the_answer_through_and_blocks_the_next(fake_mastodon, session):
    fake_mastodon.remaining = 1
    fake_mastodon.reset_at = time.time() + 120
    http = HttpClient(session, network="Mastodon")
    data, resp = http.get_json(fake_mastodon.base_url + "/api/v1/instance")
    assert data["title"] == "Fake Mastodon" and resp.headers["X-RateLimit-Remaining"] == "0"
    with pytest.raises(RateLimited) as e:
        http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    assert e.value.retry_at == pytest.approx(fake_mastodon.reset_at, abs=0.01)


def test_the_gate_opens_after_the_reset_time(fake_mastodon, session):
    now = [time.time()]
    http = HttpClient(session, network="Mastodon", clock=lambda: now[0])
    fake_mastodon.fault(
        "status", path="/api/v1/instance", status=429, headers={"Retry-After": "30"}
    )
    with pytest.raises(RateLimited) as e:
        http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    assert e.value.retry_at == pytest.approx(now[0] + 30)
    now[0] += 31
    assert http.request("GET", fake_mastodon.base_url + "/api/v1/instance").status_code == 200


def test_reset_header_formats():
    now = 1_700_000_000.0
    assert retry_at_from({"Retry-After": "120"}, now) == now + 120
    assert (
        retry_at_from({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, now)
        == datetime(2015, 10, 21, 7, 28, tzinfo=UTC).timestamp()
    )
    assert retry_at_from({"X-RateLimit-Reset": "2023-11-14T22:18:20.000Z"}, now) == 1_700_000_300
    assert retry_at_from({"RateLimit-Reset": "1700000900"}, now) == 1_700_000_900  # epoch (Bluesky)
    assert retry_at_from({"RateLimit-Reset": "60"}, now) == now + 60  # seconds (IETF draft)
    assert retry_at_from({"Retry-After": "soon"}, now) is None
    assert retry_at_from({}, now) is None
    assert (
        quota_exhausted_until({"RateLimit-Remaining": "0", "RateLimit-Reset": "60"}, now)
        == now + 60
    )
    assert quota_exhausted_until({"X-RateLimit-Remaining": "3"}, now) is None
    assert quota_exhausted_until({"X-RateLimit-Remaining": "0"}, now) == now + 300


def test_make_session_has_default_timeout():
    s = make_session(timeout=1.5)
    assert s.timeout == 1.5
    s.close()
