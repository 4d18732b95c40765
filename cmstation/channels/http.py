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
4xx -> ``Permanent``; endless redirects -> ``Permanent``.

Everything a server sends is untrusted input:

- The body is read by ``HttpClient`` itself, never by requests: at most ``max_bytes``
  *decoded* bytes (20 MB for the JSON APIs, 10 MB for feeds; gzip and deflate are decoded
  here with a bounded output, so a compression bomb stops at the cap), within a total
  ``deadline`` per response (60 s; a server that drips one byte at a time resets the read
  timeout on every byte, the deadline still ends it). Too large -> ``BadPayload``, too slow
  -> ``Offline``. The body of a redirect is never read (the connection is closed); the
  body of an error answer is read up to 64 KB.
- JSON is parsed strictly (:mod:`cmstation.channels.strict_json`): an answer holding
  ``NaN``, ``Infinity`` or an absurd number is ``BadPayload``; list answers can be read
  per item, so only the items holding one are skipped.
- Rate-limit headers are read by :mod:`cmstation.channels.rate_limits`, which never
  believes an absurd value.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import threading
import time
import zlib
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from cmstation import __version__
from cmstation.channels.base import BadPayload, NeedsLogin, Offline, Permanent, RateLimited
from cmstation.channels.rate_limits import (
    DEFAULT_RATE_LIMIT_WAIT,
    clock_time,
    header_int,
    quota_exhausted_until,
    retry_at_from,
)
from cmstation.channels.strict_json import loads_json
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text

USER_AGENT = f"cmstation/{__version__} (community manager workstation)"
#: (connect, read) seconds.
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)
#: The most decoded bytes of one JSON answer cmstation reads.
JSON_MAX_BYTES = 20 * 1024 * 1024
#: The most bytes of an error answer (4xx/5xx) read for its explanation; the rest is dropped.
ERROR_BODY_MAX_BYTES = 64 * 1024
#: Seconds one response may take from sending the request to its last byte.
DEFAULT_DEADLINE = 60.0
_CHUNK = 64 * 1024

log = logging.getLogger(__name__)

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
MSG_NO_SCOPE = QT_TRANSLATE_NOOP(
    "channels",
    "{network} has not allowed cmstation to do this: the login was made before cmstation "
    "could like, mute, block, report or read private messages. Log in again to allow it; "
    "listening goes on meanwhile.",
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
MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "channels", "The answer from {host} is larger than {limit} MB; cmstation does not read it."
)
MSG_TOO_SLOW = QT_TRANSLATE_NOOP(
    "channels", "{host} did not finish its answer in time. cmstation will try again later."
)
MSG_REDIRECT_LOOP = QT_TRANSLATE_NOOP(
    "channels",
    "{host} keeps redirecting to other addresses and never answers. Check the address.",
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
    """A Session with a default timeout that refuses insecure addresses, also on redirects.

    ``deadline``: the seconds one response may take in all (read by ``HttpClient``). The
    body of a redirect is never read: its connection is closed, so a redirect that sends an
    endless body costs nothing.
    """

    def __init__(
        self,
        timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        super().__init__()
        self.timeout = timeout
        self.deadline = deadline
        self.headers["User-Agent"] = USER_AGENT
        # Only what HttpClient decodes itself (with a bounded output).
        self.headers["Accept-Encoding"] = "gzip, deflate"
        self.max_redirects = 5

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)

    def send(self, request, **kwargs):  # type: ignore[override]
        check_url(request.url)  # redirects come through here too, before any connection
        kwargs.setdefault("timeout", self.timeout)
        resp = super().send(request, **kwargs)
        if not kwargs.get("allow_redirects", True):
            _discard_redirect_body(resp)  # a hop inside resolve_redirects
        return resp

    def resolve_redirects(self, resp, req, *args, **kwargs):  # type: ignore[override]
        _discard_redirect_body(resp)  # the first redirect (requests would read all of it)
        yield from super().resolve_redirects(resp, req, *args, **kwargs)


def _discard_redirect_body(resp: requests.Response) -> None:
    if resp.is_redirect and not resp._content_consumed:
        resp.raw.close()  # unread: the connection is not reused
        resp._content = b""
        resp._content_consumed = True


def make_session(
    *,
    timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
    user_agent: str = USER_AGENT,
    deadline: float = DEFAULT_DEADLINE,
) -> requests.Session:
    s = SafeSession(timeout, deadline)
    s.headers["User-Agent"] = user_agent
    return s


# --- reading a body --------------------------------------------------------------------


class _TooLarge(Exception):
    pass


class _UnsupportedEncoding(Exception):
    pass


class _BodyDecoder:
    """Content-Encoding identity, gzip or deflate, decoded with a bounded output."""

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise _UnsupportedEncoding(content_encoding)
        self.kind = codings[0] if codings else ""
        self._z: Any = None
        self._head = b""  # deflate: the first bytes, to tell zlib from raw deflate

    def _new(self, data: bytes) -> Any:
        if self.kind == "deflate":
            zlib_header = (
                len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            )
            return zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        return zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        """The decoded bytes of ``data``: at most ``room + 1`` (one more says "too large")."""
        if not self.kind:
            return data
        if self._z is None:
            self._head += data
            if self.kind == "deflate" and len(self._head) < 2:
                return b""
            data, self._head = self._head, b""
            self._z = self._new(data)
        out = b""
        while data and len(out) <= room:
            out += self._z.decompress(data, room - len(out) + 1)
            data = b""
            if self._z.eof and self._z.unused_data and self.kind != "deflate":
                data = self._z.unused_data  # the next gzip member
                self._z = self._new(data)
        return out

    def finish(self, room: int) -> bytes:
        if not self.kind:
            return b""
        if self._z is None:
            if not self._head:
                return b""
            self._z = self._new(self._head)
            return self._z.decompress(self._head, room + 1)
        return self._z.flush()


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.3g}"


# --- the client ------------------------------------------------------------------------


class HttpClient:
    """One network's requests through a session, with errors mapped and rate limits honoured.

    ``network`` is the name shown in messages ("Mastodon", "Bluesky", "The feed").
    ``max_bytes``: the most decoded bytes of one answer (``too_large`` is the message when an
    answer is larger: ``{host}`` and ``{limit}`` in MB). ``deadline``: seconds one response
    may take in all (default: the session's ``deadline``, else ``DEFAULT_DEADLINE``).
    """

    def __init__(
        self,
        session: requests.Session,
        *,
        network: str,
        clock: Callable[[], float] = time.time,
        max_bytes: int = JSON_MAX_BYTES,
        too_large: str = MSG_TOO_LARGE,
        deadline: float | None = None,
    ) -> None:
        self.session = session
        self.network = network
        self.clock = clock
        self.max_bytes = max_bytes
        self.too_large = too_large
        self._deadline = deadline
        self.requests = 0  # requests actually sent
        self._blocked: dict[str, float] = {}
        self._lock = threading.Lock()

    @property
    def deadline(self) -> float:
        if self._deadline is not None:
            return self._deadline
        return float(getattr(self.session, "deadline", DEFAULT_DEADLINE))

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
        """Send; return the response when 2xx/3xx (or in ``ok``), else raise the mapped error.

        The body is read here (bounded in size and time) and is in ``resp.content``."""
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
        kwargs["stream"] = True  # the body is read below, within the limits
        deadline_at = time.monotonic() + self.deadline
        try:
            self.requests += 1
            resp = self.session.request(method, url, **kwargs)
        except Permanent:
            raise  # an insecure redirect
        except requests.exceptions.ConnectTimeout:
            raise _not_sent(channel_error(Offline, MSG_TIMEOUT, host=display_host)) from None
        except requests.exceptions.Timeout:
            raise channel_error(Offline, MSG_TIMEOUT, host=display_host) from None
        except requests.exceptions.ChunkedEncodingError:
            raise channel_error(Offline, MSG_DROPPED, host=display_host) from None
        except requests.exceptions.ContentDecodingError:
            raise channel_error(Offline, MSG_DROPPED, host=display_host) from None
        except requests.exceptions.TooManyRedirects:
            raise channel_error(Permanent, MSG_REDIRECT_LOOP, host=display_host) from None
        except requests.exceptions.ConnectionError as exc:
            err = channel_error(Offline, MSG_OFFLINE, host=display_host)
            raise (_not_sent(err) if _never_connected(exc) else err) from None
        except requests.exceptions.InvalidURL:
            raise channel_error(Permanent, MSG_BAD_URL, url=url) from None
        except requests.exceptions.RequestException as exc:  # anything else requests raises
            log.warning("request to %s failed: %s: %s", display_host, type(exc).__name__, exc)
            raise channel_error(Offline, MSG_OFFLINE, host=display_host) from None
        self._read_body(resp, deadline_at)
        self.check_response(resp, ok=ok)
        return resp

    def _read_body(self, resp: requests.Response, deadline_at: float) -> None:
        """Read the body into ``resp.content``: decoded, at most ``max_bytes``, by
        ``deadline_at``; else close the connection and raise ``BadPayload``/``Offline``."""
        display_host = urlsplit(resp.url or "").netloc
        error_answer = resp.status_code >= 400
        limit = ERROR_BODY_MAX_BYTES if error_answer else self.max_bytes
        done = False
        try:
            try:
                decoder = _BodyDecoder(resp.headers.get("Content-Encoding", ""))
            except _UnsupportedEncoding:
                if error_answer:
                    resp._content = b""
                    return
                raise channel_error(
                    BadPayload, MSG_BAD_JSON, network=self.network, host=display_host
                ) from None
            declared = header_int(resp.headers, "Content-Length")
            if declared is not None and declared > limit and not decoder.kind:
                if error_answer:
                    resp._content = b""
                    return
                raise _TooLarge
            raw = resp.raw
            read1 = getattr(raw, "read1", None)
            out = bytearray()
            while True:
                if time.monotonic() > deadline_at:
                    raise channel_error(Offline, MSG_TOO_SLOW, host=display_host)
                if read1 is not None:  # returns what one read gave: the deadline stays close
                    data = read1(_CHUNK, decode_content=False)
                else:  # pragma: no cover - an urllib3 without read1 (older 2.x, 1.26)
                    data = raw.read(4096, decode_content=False)
                room = limit - len(out)
                out += decoder.feed(data, room) if data else decoder.finish(room)
                if len(out) > limit:
                    if not error_answer:
                        raise _TooLarge
                    del out[limit:]  # the beginning of an error answer is enough
                    break
                if not data:
                    done = True
                    break
            resp._content = bytes(out)
        except _TooLarge:
            raise channel_error(
                BadPayload,
                self.too_large,
                host=display_host,
                limit=_megabytes(self.max_bytes),
            ) from None
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
            raise channel_error(Offline, MSG_TIMEOUT, host=display_host) from None
        except (
            urllib3.exceptions.HTTPError,
            http.client.HTTPException,
            OSError,
            zlib.error,
        ):
            raise channel_error(Offline, MSG_DROPPED, host=display_host) from None
        finally:
            resp._content_consumed = True
            if resp._content is False:
                resp._content = b""
            if done:
                resp.close()  # all read: the connection goes back to the pool
            else:
                resp.raw.close()  # unread bytes (or a failure): the connection is dropped
                resp.close()

    def check_response(self, resp: requests.Response, *, ok: tuple[int, ...] = ()) -> None:
        now = self.clock()
        host = urlsplit(resp.url or "").hostname or ""
        display_host = urlsplit(resp.url or "").netloc or host
        status = resp.status_code
        if status == 429:
            when = retry_at_from(resp.headers, now)
            if when is None or when <= now:
                when = now + DEFAULT_RATE_LIMIT_WAIT
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
        if status == 403 and "outside the authorized scopes" in error_detail(resp):
            raise channel_error(NeedsLogin, MSG_NO_SCOPE, network=self.network)
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

    def json(self, resp: requests.Response, *, per_item: bool = False) -> Any:
        """The JSON body (read strictly: ``loads_json``), or ``BadPayload`` when it cannot be
        read. ``per_item``: for list answers, where an item holding a number out of range is
        marked (``is_tainted``) for the adapter to skip, instead of refusing the whole answer.
        """
        try:
            return loads_json(resp.content, per_item=per_item)
        except ValueError:  # also UnicodeDecodeError and HostileJson
            host = urlsplit(resp.url or "").netloc
            raise channel_error(BadPayload, MSG_BAD_JSON, network=self.network, host=host) from None

    def get_json(
        self, url: str, *, per_item: bool = False, **kwargs: Any
    ) -> tuple[Any, requests.Response]:
        resp = self.request("GET", url, **kwargs)
        return self.json(resp, per_item=per_item), resp


def error_detail(resp: requests.Response, limit: int = 200) -> str:
    """The server's own short explanation (JSON ``error``/``message``), else the reason."""
    try:
        data = loads_json(resp.content)
    except ValueError:
        data = None
    if isinstance(data, dict):
        for key in ("error_description", "error", "message"):
            v = data.get(key)
            if isinstance(v, str) and v.strip():
                return v.strip()[:limit]
    return (resp.reason or "").strip()[:limit] or str(resp.status_code)


def _not_sent(err: Offline) -> Offline:
    err.maybe_sent = False
    return err


def _never_connected(exc: BaseException) -> bool:
    """Whether a connection error happened before anything was sent (refused, no route,
    no name): urllib3's NewConnectionError / NameResolutionError somewhere in the chain."""
    import urllib3.exceptions

    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen or not isinstance(e, BaseException):
            continue
        seen.add(id(e))
        if isinstance(e, urllib3.exceptions.NewConnectionError):
            return True
        todo.extend([getattr(e, "reason", None), e.__cause__, e.__context__, *e.args])
    return False
