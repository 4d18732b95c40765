"""Setting up a Mastodon channel: register the app, authorize with PKCE, get the token.

The flow (https://docs.joinmastodon.org/client/token/ and /methods/oauth/):
1. ``register_app``: ``POST /api/v1/apps`` with the out-of-band redirect -> client id/secret.
2. ``make_pkce`` + ``authorize_url``: the user opens ``/oauth/authorize`` in the browser,
   logs in and is shown a code (``urn:ietf:wg:oauth:2.0:oob``).
3. ``exchange_code``: ``POST /oauth/token`` (authorization_code + code_verifier) -> token.
4. ``verify_credentials`` and ``instance_post_limit``.

The client secret and the token are handed back to the caller, who puts them in the
keyring (``cmstation.secrets``); nothing here stores or logs them.
"""

from __future__ import annotations

import base64
import hashlib
import secrets as _random
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests

from cmstation.channels.base import BadPayload, NeedsLogin, Permanent
from cmstation.channels.http import MSG_BAD_JSON, HttpClient, channel_error, normalise_base_url
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.core.models import DEFAULT_LIMITS, ChannelKind

NETWORK = "Mastodon"
CLIENT_NAME = "cmstation"
WEBSITE = "https://github.com/cmstation/cmstation"
OOB = "urn:ietf:wg:oauth:2.0:oob"
#: Only what cmstation uses: read mentions, statuses (and private conversations), search and
#: the own account; post and reply; like, mute, block and report from the inbox; mark a
#: private conversation read; accept or dismiss filtered notification requests. A login made
#: before these existed lacks the write scopes after write:statuses: the server answers 403
#: "outside the authorized scopes", and the action asks to log in again (http.MSG_NO_SCOPE).
SCOPES = (
    "read:notifications read:statuses read:search read:accounts write:statuses"
    " write:favourites write:mutes write:blocks write:reports write:conversations"
    " write:notifications"
)
CTX = "channels"

MSG_CODE_REFUSED = QT_TRANSLATE_NOOP(
    "channels",
    "{host} did not accept this code. Codes work once and only for a short time: open the "
    "login page again and paste the new code.",
)
MSG_APP_REFUSED = QT_TRANSLATE_NOOP(
    "channels", "{host} refused to register cmstation ({detail}). Is this a Mastodon server?"
)
MSG_NOT_MASTODON = QT_TRANSLATE_NOOP(
    "channels", "{host} does not answer like a Mastodon server. Check the server name."
)


@dataclass(frozen=True, slots=True)
class AppRegistration:
    base_url: str
    client_id: str
    client_secret: str
    scopes: str = SCOPES
    redirect_uri: str = OOB

    def __repr__(self) -> str:  # never show the secret
        return f"AppRegistration(base_url={self.base_url!r}, client_id={self.client_id!r})"


def _host(base_url: str) -> str:
    return base_url.split("://", 1)[-1]


def make_pkce() -> tuple[str, str]:
    """(code_verifier, code_challenge) for PKCE with S256 (RFC 7636)."""
    verifier = base64.urlsafe_b64encode(_random.token_bytes(48)).rstrip(b"=").decode("ascii")
    challenge = pkce_challenge(verifier)
    return verifier, challenge


def pkce_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def register_app(
    session: requests.Session, base_url: str, *, scopes: str = SCOPES
) -> AppRegistration:
    base = normalise_base_url(base_url)
    http = HttpClient(session, network=NETWORK)
    try:
        resp = http.request(
            "POST",
            base + "/api/v1/apps",
            data={
                "client_name": CLIENT_NAME,
                "redirect_uris": OOB,
                "scopes": scopes,
                "website": WEBSITE,
            },
        )
    except Permanent as exc:
        raise channel_error(Permanent, MSG_APP_REFUSED, host=_host(base), detail=str(exc)) from None
    try:
        data = http.json(resp)
    except BadPayload:
        raise channel_error(BadPayload, MSG_NOT_MASTODON, host=_host(base)) from None
    cid, secret = (
        (data.get("client_id"), data.get("client_secret"))
        if isinstance(data, dict)
        else (None, None)
    )
    if not isinstance(cid, str) or not cid or not isinstance(secret, str) or not secret:
        raise channel_error(BadPayload, MSG_NOT_MASTODON, host=_host(base))
    return AppRegistration(base_url=base, client_id=cid, client_secret=secret, scopes=scopes)


def pkce_methods(session: requests.Session, base_url: str) -> list[str] | None:
    """``code_challenge_methods_supported`` from the server's OAuth metadata, or None when it
    publishes none (older servers; PKCE parameters are sent anyway and ignored there)."""
    base = normalise_base_url(base_url)
    http = HttpClient(session, network=NETWORK)
    try:
        data, _ = http.get_json(base + "/.well-known/oauth-authorization-server")
    except Exception:  # absent (404), old server, offline: the flow still works without it
        return None
    methods = data.get("code_challenge_methods_supported") if isinstance(data, dict) else None
    if isinstance(methods, list):
        return [m for m in methods if isinstance(m, str)]
    return None


def authorize_url(reg: AppRegistration, code_challenge: str) -> str:
    """The page the user opens to log in and get a code (PKCE S256 always sent)."""
    query = urlencode(
        {
            "response_type": "code",
            "client_id": reg.client_id,
            "redirect_uri": reg.redirect_uri,
            "scope": reg.scopes,
            "code_challenge": code_challenge,
            "code_challenge_method": "S256",
        }
    )
    return f"{reg.base_url}/oauth/authorize?{query}"


def exchange_code(
    session: requests.Session, reg: AppRegistration, code: str, code_verifier: str
) -> str:
    """Trade the pasted code for an access token."""
    code = (code or "").strip()
    http = HttpClient(session, network=NETWORK)
    try:
        resp = http.request(
            "POST",
            reg.base_url + "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": reg.client_id,
                "client_secret": reg.client_secret,
                "redirect_uri": reg.redirect_uri,
                "code_verifier": code_verifier,
                "scope": reg.scopes,
            },
        )
    except (Permanent, NeedsLogin):
        # 400 invalid_grant (wrong, used or expired code), 401 invalid_client.
        raise channel_error(NeedsLogin, MSG_CODE_REFUSED, host=_host(reg.base_url)) from None
    data = http.json(resp)
    token = data.get("access_token") if isinstance(data, dict) else None
    if not isinstance(token, str) or not token:
        raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=_host(reg.base_url))
    return token


def verify_credentials(session: requests.Session, base_url: str, token: str) -> dict[str, Any]:
    """The logged-in Account (``NeedsLogin`` when the token is not valid)."""
    base = normalise_base_url(base_url)
    http = HttpClient(session, network=NETWORK)
    data, _ = http.get_json(
        base + "/api/v1/accounts/verify_credentials",
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
    )
    if not isinstance(data, dict) or not data.get("id") or not isinstance(data.get("acct"), str):
        raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=_host(base))
    return data


def _positive_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value > 0:
        return value
    if isinstance(value, str) and value.isdigit() and int(value) > 0:
        return int(value)
    return None


def instance_post_limit(session: requests.Session, base_url: str) -> int:
    """The server's post length limit: /api/v2/instance, then /api/v1/instance, else 500."""
    base = normalise_base_url(base_url)
    http = HttpClient(session, network=NETWORK)
    default = DEFAULT_LIMITS[ChannelKind.MASTODON] or 500
    for path in ("/api/v2/instance", "/api/v1/instance"):
        try:
            data, _ = http.get_json(base + path)
        except (Permanent, BadPayload):
            continue  # v2 missing on older servers (404), or an odd answer: try the next
        if not isinstance(data, dict):
            continue
        conf = data.get("configuration")
        statuses = conf.get("statuses") if isinstance(conf, dict) else None
        limit = (
            _positive_int(statuses.get("max_characters")) if isinstance(statuses, dict) else None
        )
        if limit is None:
            limit = _positive_int(data.get("max_toot_chars"))  # Pleroma/glitch-soc style v1
        if limit is not None:
            return limit
    return default
