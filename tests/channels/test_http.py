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
)
from cmstation.channels.rate_limits import (
    ABSURD_RATE_LIMIT_WAIT,
    DEFAULT_RATE_LIMIT_WAIT,
    MAX_RATE_LIMIT_WAIT,
    clock_time,
    quota_exhausted_until,
    retry_at_from,
)
from cmstation.channels.strict_json import check_item, is_tainted, loads_json


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
        retry_at_from({"Retry-After": "Tue, 14 Nov 2023 22:18:20 GMT"}, now)
        == datetime(2023, 11, 14, 22, 18, 20, tzinfo=UTC).timestamp()
        == now + 300
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


# --- rate-limit headers are untrusted input ---------------------------------------------

NOW = 1_700_000_000.0
HOSTILE_WHEN = [
    "inf",
    "-inf",
    "Infinity",
    "nan",
    "NaN",
    "1e999",
    "-5",
    "-1e308",
    "soon",
    "0x1F",
    "",
    "   ",
    "9" * 400,
    "Wed, 21 Oct 2015 07:28:00 GMT",  # years ago: no answer
    "1000000001",  # epoch seconds of 2001
    "0001-01-01T00:00:00",
    "Fri, 31 Dec 99999 23:59:59 GMT",
    "\x00\x01",
    "inf;w=60",
    "nan, 60",
]


@pytest.mark.parametrize("value", HOSTILE_WHEN)
@pytest.mark.parametrize("name", ["Retry-After", "X-RateLimit-Reset", "RateLimit-Reset"])
def test_a_reset_that_is_no_time_is_ignored(name, value):
    assert retry_at_from({name: value}, NOW) is None
    # An exhausted quota then waits the default, bounded time.
    for remaining in ("X-RateLimit-Remaining", "RateLimit-Remaining"):
        assert (
            quota_exhausted_until({remaining: "0", name: value}, NOW)
            == NOW + DEFAULT_RATE_LIMIT_WAIT
        )


@pytest.mark.parametrize(
    "value",
    [
        "1e300",  # seconds from now, finite but absurd
        "99999999999",  # epoch seconds in the year 5138
        "9999-12-31T23:59:59Z",
        "2100-01-01T00:00:00.000Z",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        str(int(NOW + MAX_RATE_LIMIT_WAIT + 60)),
    ],
)
def test_a_reset_too_far_ahead_is_not_believed(value):
    assert retry_at_from({"Retry-After": value}, NOW) == NOW + ABSURD_RATE_LIMIT_WAIT
    assert ABSURD_RATE_LIMIT_WAIT <= MAX_RATE_LIMIT_WAIT


def test_a_reset_within_a_day_is_honoured():
    assert retry_at_from({"RateLimit-Reset": str(int(NOW) + 23 * 3600)}, NOW) == NOW + 23 * 3600
    # the next header is asked when the first holds no time
    assert retry_at_from({"Retry-After": "inf", "X-RateLimit-Reset": "120"}, NOW) == NOW + 120


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e999", "many", "-1"])
def test_a_remaining_count_that_is_no_number_does_not_raise(value):
    until = quota_exhausted_until({"X-RateLimit-Remaining": value, "X-RateLimit-Reset": "60"}, NOW)
    assert until in (None, NOW + 60)  # -1 counts as none left; the rest as no answer


@pytest.mark.parametrize(
    "ts", [float("inf"), float("-inf"), float("nan"), 1e300, -1e300, 10**30, NOW]
)
def test_clock_time_never_raises(ts):
    assert isinstance(clock_time(ts), str) and clock_time(ts)


@pytest.mark.parametrize(
    ("headers", "network"),
    [
        ({"Retry-After": "inf"}, "Mastodon"),
        ({"Retry-After": "nan", "X-RateLimit-Reset": "inf"}, "Mastodon"),
        ({"Retry-After": "1e999"}, "Mastodon"),
        ({"Retry-After": "-inf", "X-RateLimit-Reset": "NaN"}, "Mastodon"),
    ],
)
def test_429_with_a_reset_of_inf_waits_the_default_with_a_plain_message(
    fake_mastodon, session, headers, network
):
    now = [time.time()]
    fake_mastodon.fault("status", path="/api/v1/instance", status=429, headers=headers)
    http = HttpClient(session, network=network, clock=lambda: now[0])
    with pytest.raises(RateLimited) as e:
        http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    assert e.value.retry_at == pytest.approx(now[0] + DEFAULT_RATE_LIMIT_WAIT)
    hhmm = clock_time(now[0] + DEFAULT_RATE_LIMIT_WAIT)
    assert str(e.value) == f"Rate limited by 127.0.0.1:{fake_mastodon.port} until {hhmm}."
    assert e.value.text.source == "Rate limited by {host} until {time}."
    # the gate holds for the default wait, then opens
    with pytest.raises(RateLimited):
        http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    now[0] += DEFAULT_RATE_LIMIT_WAIT + 1
    assert http.request("GET", fake_mastodon.base_url + "/api/v1/instance").status_code == 200


def test_a_quota_reset_years_ahead_blocks_for_an_hour_only(fake_mastodon, session):
    now = [time.time()]
    fake_mastodon.fault(
        "status",
        path="/api/v1/instance",
        status=429,
        headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "2999-01-01T00:00:00Z"},
    )
    http = HttpClient(session, network="Mastodon", clock=lambda: now[0])
    with pytest.raises(RateLimited) as e:
        http.request("GET", fake_mastodon.base_url + "/api/v1/instance")
    assert e.value.retry_at == pytest.approx(now[0] + ABSURD_RATE_LIMIT_WAIT)
    now[0] += ABSURD_RATE_LIMIT_WAIT + 1
    assert http.request("GET", fake_mastodon.base_url + "/api/v1/instance").status_code == 200


# --- strict JSON ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": Infinity}',
        b'{"a": -Infinity}',
        b'{"a": NaN}',
        b'{"a": 1e999}',
        b'{"a": -1e400}',
        b'{"a": ' + b"1" * 31 + b"}",
        b'{"a": -' + b"9" * 31 + b"}",
        b'[{"ok": 1}, [[[{"deep": NaN}]]]]',
    ],
)
def test_numbers_out_of_range_make_the_answer_unreadable(raw):
    with pytest.raises(ValueError):
        loads_json(raw)
    data = loads_json(raw, per_item=True)
    assert is_tainted(data)


def test_per_item_marks_only_the_items_holding_a_number_out_of_range():
    raw = (
        b'{"cursor": "c", "items": [{"id": "1", "n": 5}, {"id": "2", "facets": '
        b'[{"index": {"byteStart": Infinity, "byteEnd": 3}}]}, {"id": "3", "big": '
        + b"7" * 40
        + b'}, [1, 2.5], {"id": "4", "x": [[NaN]]}]}'
    )
    data = loads_json(raw, per_item=True)
    flags = [is_tainted(item) for item in data["items"]]
    assert flags == [False, True, True, False, True]
    assert data["cursor"] == "c" and data["items"][0] == {"id": "1", "n": 5}
    assert data["items"][3] == [1, 2.5]
    bad = data["items"][1]["facets"][0]["index"]["byteStart"]
    with pytest.raises(TypeError):
        int(bad)  # the hostile value is no number: using it fails
    with pytest.raises(ValueError):
        check_item(data["items"][1])
    check_item(data["items"][0])


def test_ordinary_json_is_read_as_before():
    raw = b'{"a": [1, -2, 3.5, 1e300, 123456789012345678901234567890, true, null, "x"]}'
    assert loads_json(raw) == {
        "a": [1, -2, 3.5, 1e300, 123456789012345678901234567890, True, None, "x"]
    }
    assert not is_tainted(loads_json(raw, per_item=True))
    assert type(loads_json(raw, per_item=True)) is dict


@pytest.mark.parametrize("raw", [b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe\x00", b"{"])
def test_unreadable_json_is_a_value_error(raw):
    with pytest.raises(ValueError):
        loads_json(raw)


def test_an_answer_with_infinity_is_a_bad_payload_with_the_plain_message(fake_mastodon, session):
    fake_mastodon.fault("status", path="/api/v1/instance", status=200, body=b'{"a": Infinity}')
    with pytest.raises(BadPayload) as e:
        HttpClient(session, network="Mastodon").get_json(
            fake_mastodon.base_url + "/api/v1/instance"
        )
    assert str(e.value) == (
        f"Mastodon at 127.0.0.1:{fake_mastodon.port} sent an answer cmstation cannot read."
    )


def test_an_offline_error_says_whether_the_request_may_have_arrived(fake_mastodon):
    """Refused connections never reached the server (maybe_sent False); a dropped answer
    may have (True): a report, which cannot be looked up, is held only in the second case."""
    import socket

    from cmstation.channels.base import Offline
    from cmstation.channels.http import HttpClient, make_session

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again below: nothing listens there
    client = HttpClient(make_session(timeout=(1.0, 1.0)), network="Mastodon")
    with pytest.raises(Offline) as refused:
        client.request("POST", f"http://127.0.0.1:{port}/api/v1/reports")
    assert refused.value.maybe_sent is False
    fake_mastodon.fault("drop_after", method="POST", path="/api/v1/statuses")
    with pytest.raises(Offline) as dropped:
        client.request(
            "POST",
            fake_mastodon.base_url + "/api/v1/statuses",
            json={"status": "x"},
            headers={"Authorization": f"Bearer {fake_mastodon.token}"},
        )
    assert dropped.value.maybe_sent is True
