"""Logging in to Bluesky: the session tokens, createSession with an app password, finding a
handle's PDS, and reading XRPC errors (a part of the Bluesky channel; the adapter is
:mod:`cmstation.channels.bluesky`)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from cmstation.channels.base import (
    BadPayload,
    NeedsLogin,
    Permanent,
)
from cmstation.channels.http import (
    MSG_BAD_JSON,
    MSG_REJECTED,
    HttpClient,
    channel_error,
    check_url,
    normalise_base_url,
)
from cmstation.channels.strict_json import loads_json
from cmstation.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NETWORK = "Bluesky"
MSG_LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "channels",
    "Bluesky did not accept the handle {handle} with this app password. Check both, and "
    "use an app password (Settings > Privacy and security > App passwords), not the main one.",
)
MSG_TWO_FACTOR = QT_TRANSLATE_NOOP(
    "channels",
    "This Bluesky account asks for an e-mail code at login. Use an app password instead "
    "(Settings > Privacy and security > App passwords).",
)
MSG_NO_PDS = QT_TRANSLATE_NOOP("channels", "Cannot find the Bluesky server (PDS) of {handle}.")


# --- tokens ----------------------------------------------------------------------------


@dataclass(slots=True)
class BlueskyTokens:
    """A session: kept in the keyring (``to_json``), never in the workspace or a log."""

    access_jwt: str
    refresh_jwt: str
    did: str
    handle: str
    #: The account's own PDS from its DID document ("" = use the channel's server).
    pds_url: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> BlueskyTokens:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a token object")
        for key in ("access_jwt", "refresh_jwt", "did"):
            if not isinstance(data.get(key), str) or not data[key]:
                raise ValueError(f"missing {key}")
        return cls(
            access_jwt=data["access_jwt"],
            refresh_jwt=data["refresh_jwt"],
            did=data["did"],
            handle=str(data.get("handle") or ""),
            pds_url=str(data.get("pds_url") or ""),
        )

    def __repr__(self) -> str:  # never show a token
        return f"BlueskyTokens(did={self.did!r}, handle={self.handle!r}, pds_url={self.pds_url!r})"


def _pds_from_did_doc(doc: Any) -> str:
    if not isinstance(doc, dict):
        return ""
    for svc in doc.get("service") or []:
        if not isinstance(svc, dict):
            continue
        if str(svc.get("id", "")).endswith("#atproto_pds") or svc.get("type") == (
            "AtprotoPersonalDataServer"
        ):
            endpoint = svc.get("serviceEndpoint")
            if isinstance(endpoint, str) and endpoint:
                try:
                    return check_url(endpoint.rstrip("/"))
                except Permanent:
                    return ""
    return ""


def tokens_from(data: Any, fallback_handle: str) -> BlueskyTokens:
    if not isinstance(data, dict):
        raise ValueError("not an object")
    access, refresh, did = data.get("accessJwt"), data.get("refreshJwt"), data.get("did")
    if not all(isinstance(v, str) and v for v in (access, refresh, did)):
        raise ValueError("session without tokens")
    return BlueskyTokens(
        access_jwt=access,
        refresh_jwt=refresh,
        did=did,
        handle=str(data.get("handle") or fallback_handle),
        pds_url=_pds_from_did_doc(data.get("didDoc")),
    )


def xrpc_error(resp: requests.Response) -> tuple[str, str]:
    try:
        data = loads_json(resp.content)
    except ValueError:
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    return str(data.get("error") or ""), str(data.get("message") or "")


def rejected(http: HttpClient, resp: requests.Response, name: str, message: str) -> Permanent:
    host = urlsplit(resp.url or "").netloc
    return channel_error(
        Permanent,
        MSG_REJECTED,
        network=NETWORK,
        host=host,
        status=resp.status_code,
        detail=(message or name or resp.reason or str(resp.status_code))[:200],
    )


def create_session(
    session: requests.Session, pds_url: str, handle: str, app_password: str
) -> BlueskyTokens:
    """Log in once (``com.atproto.server.createSession``) with the handle and an app password."""
    base = normalise_base_url(pds_url)
    handle = handle.strip().lstrip("@")
    http = HttpClient(session, network=NETWORK)
    resp = http.request(
        "POST",
        f"{base}/xrpc/com.atproto.server.createSession",
        ok=(400, 401),
        json={"identifier": handle, "password": app_password},
    )
    if resp.status_code in (400, 401):
        name, message = xrpc_error(resp)
        if name == "AuthFactorTokenRequired":
            raise channel_error(NeedsLogin, MSG_TWO_FACTOR)
        if resp.status_code == 401 or name in ("AuthenticationRequired", "AccountTakedown"):
            raise channel_error(NeedsLogin, MSG_LOGIN_REFUSED, handle=handle)
        raise rejected(http, resp, name, message)
    try:
        return tokens_from(http.json(resp), handle)
    except ValueError:
        raise channel_error(
            BadPayload, MSG_BAD_JSON, network=NETWORK, host=urlsplit(base).netloc
        ) from None


def resolve_pds(
    session: requests.Session,
    handle: str,
    *,
    resolver_url: str = "https://bsky.social",
    plc_url: str = "https://plc.directory",
) -> str:
    """The PDS that hosts ``handle``: handle -> DID (resolveHandle) -> DID document -> PDS."""
    http = HttpClient(session, network=NETWORK)
    handle = handle.strip().lstrip("@")
    base = normalise_base_url(resolver_url)
    data, _ = http.get_json(
        f"{base}/xrpc/com.atproto.identity.resolveHandle", params={"handle": handle}
    )
    did = data.get("did") if isinstance(data, dict) else None
    if not isinstance(did, str) or not did.startswith("did:"):
        raise channel_error(Permanent, MSG_NO_PDS, handle=handle)
    if did.startswith("did:plc:"):
        doc_url = f"{normalise_base_url(plc_url)}/{quote(did)}"
    elif did.startswith("did:web:"):
        host = did.removeprefix("did:web:").replace("%3A", ":")
        doc_url = f"https://{host}/.well-known/did.json"
    else:
        raise channel_error(Permanent, MSG_NO_PDS, handle=handle)
    doc, _ = http.get_json(doc_url)
    pds = _pds_from_did_doc(doc)
    if not pds:
        raise channel_error(Permanent, MSG_NO_PDS, handle=handle)
    return pds
