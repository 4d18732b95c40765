"""The HTTP plumbing every channel shares.

- ``make_session()``: a ``requests.Session`` with a User-Agent and default timeouts that
  refuses plain ``http://`` except for loopback hosts (also on redirects).
- ``HttpClient``: one network's view of a session. It sends a request, turns network
  trouble into the errors of ``cmstation.channels.base`` with a plain message, and honours
  rate-limit headers (it will not send to a host that said its quota is used up until the
  reset time has passed).

Mapping: connection errors, timeouts, broken answers, 5xx -> ``Offline``; 401/403 ->
``NeedsLogin``; 429 or an exhausted quota (``X-RateLimit-*``, ``RateLimit-*``,
``Retry-After``) -> ``RateLimited(retry_at)``; unreadable JSON -> ``BadPayload``; other
4xx -> ``Permanent``.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from cmstation import __version__
from cmstation.channels.base import BadPayload, NeedsLogin, Offline, Permanent, RateLimited
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text

USER_AGENT = f"cmstation/{__version__} (community manager workstation)"
#: (connect, read) seconds.
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)
#: When a server says "rate limited" without saying until when.
DEFAULT_RATE_LIMIT_WAIT = 300.0

CTX = "channels"
MSG_NOT_HTTPS = QT_TRANSLATE_NOOP(
    "channels", "The address {url} does not use https://. Only secure addresses can be used."
)
MSG_BAD_URL = QT_TRANSLATE_NOOP("channels", "The address {url} is not a web address.")
MSG_OFFLINE = QT_TRANSLATE_NOOP(
    "channels",
    "Cannot reach {host}. Check the internet connection; cmstation will try again later.",
)
MSG_TIMEOUT = QT_TRANSLATE_NOOP(
    "channels", "{host} did not answer in time. cmstation will try again later."
)
MSG_DROPPED = QT_TRANSLATE_NOOP(
    "channels",
    "The connection to {host} broke off during the answer. cmstation will try again later.",
)
MSG_SERVER_ERROR = QT_TRANSLATE_NOOP(
    "channels",
    "{network} at {host} has a server problem (error {status}). cmstation will try again later.",
)
MSG_NEEDS_LOGIN = QT_TRANSLATE_NOOP(
    "channels", "{network} says this login is no longer valid. Log in again."
)
MSG_RATE_LIMITED = QT_TRANSLATE_NOOP("channels", "Rate limited by {host} until {time}.")
MSG_BAD_JSON = QT_TRANSLATE_NOOP(
    "channels", "{network} at {host} sent an answer cmstation cannot read."
)
MSG_NOT_FOUND = QT_TRANSLATE_NOOP(
    "channels", "{network} at {host} does not know this address ({path})."
)
MSG_REJECTED = QT_TRANSLATE_NOOP(
    "channels", "{network} at {host} refused the request (error {status}): {detail}"
)


def channel_error(cls: type, source: str, *, retry_at: float | None = None, **params: Any):
    """An error of ``cls`` whose message is ``source`` filled in; ``.text`` keeps it translatable."""
    extra = (retry_at,) if cls is RateLimited else ()
    return cls.from_text(Text(CTX, source, params), *extra)


# --- URLs ------------------------------------------------------------------------------


def is_loopback_host(host: str) -> bool:
    host = (host or "").strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """``url`` when it is https:// (or http:// to a loopback host); else ``Permanent``."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise channel_error(Permanent, MSG_BAD_URL, url=url) from None
    if parts.scheme not in ("http", "https") or not host:
        raise channel_error(Permanent, MSG_BAD_URL, url=url)
    if parts.scheme == "http" and not is_loopback_host(host):
        raise channel_error(Permanent, MSG_NOT_HTTPS, url=url)
    return url


def normalise_base_url(text: str) -> str:
    """``mastodon.social`` -> ``https://mastodon.social``; keeps an explicit scheme and port."""
    text = (text or "").strip().rstrip("/")
    if not text:
        raise channel_error(Permanent, MSG_BAD_URL, url=text)
    if "://" not in text:
        text = "https://" + text
    check_url(text)
    parts = urlsplit(text)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


# --- the session -----------------------------------------------------------------------


class SafeSession(requests.Session):
    """A Session with a default timeout that refuses insecure addresses, also on redirects."""

    def __init__(self, timeout: float | tuple[float, float] = DEFAULT_TIMEOUT) -> None:
        super().__init__()
        self.timeout = timeout
        self.headers["User-Agent"] = USER_AGENT
        self.max_redirects = 5

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)

    def send(self, request, **kwargs):  # type: ignore[override]
        check_url(request.url)  # redirects come through here too
        kwargs.setdefault("timeout", self.timeout)
        return super().send(request, **kwargs)


def make_session(
    *, timeout: float | tuple[float, float] = DEFAULT_TIMEOUT, user_agent: str = USER_AGENT
) -> requests.Session:
    s = SafeSession(timeout)
    s.headers["User-Agent"] = user_agent
    return s


# --- rate limits -----------------------------------------------------------------------


def _parse_when(value: str, now: float) -> float | None:
    """A reset/retry header value as unix seconds: delta seconds, epoch seconds, ISO or HTTP date."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        n = float(value)
    except ValueError:
        pass
    else:
        if n < 0:
            return None
        return n if n > 1_000_000_000 else now + n  # epoch seconds vs. seconds from now
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def _header_int(headers: Mapping[str, str], name: str) -> int | None:
    v = headers.get(name)
    if v is None:
        return None
    try:
        return int(float(v.split(",")[0].split(";")[0].strip()))
    except ValueError:
        return None


def retry_at_from(headers: Mapping[str, str], now: float) -> float | None:
    """When the server says we may try again: Retry-After, then the reset headers."""
    for name in ("Retry-After", "X-RateLimit-Reset", "RateLimit-Reset"):
        v = headers.get(name)
        if v:
            when = _parse_when(v, now)
            if when is None:  # a list form ("60, 60;w=300"): the first value
                when = _parse_when(v.split(",")[0].split(";")[0], now)
            if when is not None:
                return when
    return None


def quota_exhausted_until(headers: Mapping[str, str], now: float) -> float | None:
    """The reset time when the answer says no requests are left, else None."""
    for name in ("X-RateLimit-Remaining", "RateLimit-Remaining"):
        remaining = _header_int(headers, name)
        if remaining is not None and remaining <= 0:
            when = retry_at_from(headers, now)
            return when if when is not None else now + DEFAULT_RATE_LIMIT_WAIT
    return None


def clock_time(ts: float) -> str:
    """``14:05`` in local time, or a date as well when it is not today."""
    dt = datetime.fromtimestamp(ts).astimezone()
    today = datetime.now().astimezone().date()
    return dt.strftime("%H:%M") if dt.date() == today else dt.strftime("%Y-%m-%d %H:%M")


# --- the client ------------------------------------------------------------------------


class HttpClient:
    """One network's requests through a session, with errors mapped and rate limits honoured.

    ``network`` is the name shown in messages ("Mastodon", "Bluesky", "The feed").
    """

    def __init__(
        self,
        session: requests.Session,
        *,
        network: str,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.session = session
        self.network = network
        self.clock = clock
        self.requests = 0  # requests actually sent
        self._blocked: dict[str, float] = {}
        self._lock = threading.Lock()

    # The gate: a host that said "no requests left" is not asked again before its reset.
    def blocked_until(self, host: str) -> float | None:
        with self._lock:
            until = self._blocked.get(host)
        if until is not None and until > self.clock():
            return until
        return None

    def _block(self, host: str, until: float) -> None:
        with self._lock:
            self._blocked[host] = max(until, self._blocked.get(host, 0.0))

    def request(
        self,
        method: str,
        url: str,
        *,
        ok: tuple[int, ...] = (),
        **kwargs: Any,
    ) -> requests.Response:
        """Send; return the response when 2xx/3xx (or in ``ok``), else raise the mapped error."""
        check_url(url)
        host = urlsplit(url).hostname or ""
        display_host = urlsplit(url).netloc or host
        until = self.blocked_until(host)
        if until is not None:
            raise channel_error(
                RateLimited,
                MSG_RATE_LIMITED,
                retry_at=until,
                host=display_host,
                time=clock_time(until),
            )
        try:
            self.requests += 1
            resp = self.session.request(method, url, **kwargs)
        except Permanent:
            raise  # an insecure redirect
        except requests.exceptions.Timeout:
            raise channel_error(Offline, MSG_TIMEOUT, host=display_host) from None
        except requests.exceptions.ChunkedEncodingError:
            raise channel_error(Offline, MSG_DROPPED, host=display_host) from None
        except requests.exceptions.ContentDecodingError:
            raise channel_error(Offline, MSG_DROPPED, host=display_host) from None
        except requests.exceptions.TooManyRedirects:
            raise channel_error(
                Permanent,
                MSG_NOT_FOUND,
                network=self.network,
                host=display_host,
                path=urlsplit(url).path or "/",
            ) from None
        except requests.exceptions.ConnectionError:
            raise channel_error(Offline, MSG_OFFLINE, host=display_host) from None
        except requests.exceptions.InvalidURL:
            raise channel_error(Permanent, MSG_BAD_URL, url=url) from None
        self.check_response(resp, ok=ok)
        return resp

    def check_response(self, resp: requests.Response, *, ok: tuple[int, ...] = ()) -> None:
        now = self.clock()
        host = urlsplit(resp.url or "").hostname or ""
        display_host = urlsplit(resp.url or "").netloc or host
        status = resp.status_code
        if status == 429:
            when = retry_at_from(resp.headers, now) or now + DEFAULT_RATE_LIMIT_WAIT
            self._block(host, when)
            raise channel_error(
                RateLimited,
                MSG_RATE_LIMITED,
                retry_at=when,
                host=display_host,
                time=clock_time(when),
            )
        exhausted = quota_exhausted_until(resp.headers, now)
        if exhausted is not None and exhausted > now:
            self._block(host, exhausted)  # this answer is still good; the next must wait
        if status in ok or 200 <= status < 400:
            return
        if status in (401, 403):
            raise channel_error(NeedsLogin, MSG_NEEDS_LOGIN, network=self.network)
        if status >= 500:
            raise channel_error(
                Offline, MSG_SERVER_ERROR, network=self.network, host=display_host, status=status
            )
        if status in (404, 410):
            raise channel_error(
                Permanent,
                MSG_NOT_FOUND,
                network=self.network,
                host=display_host,
                path=urlsplit(resp.url or "").path or "/",
            )
        raise channel_error(
            Permanent,
            MSG_REJECTED,
            network=self.network,
            host=display_host,
            status=status,
            detail=error_detail(resp),
        )

    def json(self, resp: requests.Response) -> Any:
        """The JSON body, or ``BadPayload`` when it cannot be read."""
        try:
            return json.loads(resp.content)
        except (ValueError, UnicodeDecodeError):
            host = urlsplit(resp.url or "").netloc
            raise channel_error(BadPayload, MSG_BAD_JSON, network=self.network, host=host) from None

    def get_json(self, url: str, **kwargs: Any) -> tuple[Any, requests.Response]:
        resp = self.request("GET", url, **kwargs)
        return self.json(resp), resp


def error_detail(resp: requests.Response, limit: int = 200) -> str:
    """The server's own short explanation (JSON ``error``/``message``), else the reason."""
    try:
        data = json.loads(resp.content)
    except (ValueError, UnicodeDecodeError):
        data = None
    if isinstance(data, dict):
        for key in ("error_description", "error", "message"):
            v = data.get(key)
            if isinstance(v, str) and v.strip():
                return v.strip()[:limit]
    return (resp.reason or "").strip()[:limit] or str(resp.status_code)
