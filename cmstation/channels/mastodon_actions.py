"""Reactions and moderation on Mastodon: favourite, boost, mute, block, report.

Favourite, boost, mute and block (and their undos) are idempotent on the server: doing one
twice leaves one, so a retry after a lost answer is safe. A report is not: the caller keeps
it from going twice (cmstation.outbox.actions_worker). All calls answer the entity the
documentation gives (a Status, a Relationship, a Report); we keep only its id.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from cmstation.channels.base import BadPayload
from cmstation.channels.http import MSG_BAD_JSON, channel_error
from cmstation.channels.mastodon import NETWORK, MastodonAdapter

#: cmstation's report reasons -> Mastodon's report categories (POST /api/v1/reports).
REPORT_CATEGORIES = {"spam": "spam", "abuse": "other", "violation": "violation", "other": "other"}


def _post(adapter: MastodonAdapter, path: str, body: dict[str, Any] | None = None) -> Any:
    resp = adapter.http.request(
        "POST", adapter._url(path), json=body or {}, headers=adapter._headers()
    )
    data = adapter.http.json(resp)
    if not isinstance(data, dict) or data.get("id") in (None, ""):
        raise channel_error(BadPayload, MSG_BAD_JSON, network=NETWORK, host=adapter.host)
    return data


def _status(status_id: str) -> str:
    return "/api/v1/statuses/" + quote(str(status_id), safe="")


def _account(account_id: str) -> str:
    return "/api/v1/accounts/" + quote(str(account_id), safe="")


def favourite(adapter: MastodonAdapter, status_id: str, *, undo: bool = False) -> str:
    """POST /api/v1/statuses/:id/favourite (or unfavourite); returns the status id."""
    data = _post(adapter, _status(status_id) + ("/unfavourite" if undo else "/favourite"))
    return str(data["id"])


def boost(adapter: MastodonAdapter, status_id: str, *, undo: bool = False) -> str:
    """POST /api/v1/statuses/:id/reblog (public) or unreblog; returns the boost's id (the
    reblog wrapper status) or, when undone, the original's."""
    if undo:
        return str(_post(adapter, _status(status_id) + "/unreblog")["id"])
    data = _post(adapter, _status(status_id) + "/reblog", {"visibility": "public"})
    return str(data["id"])


def mute(adapter: MastodonAdapter, account_id: str, *, undo: bool = False) -> str:
    """POST /api/v1/accounts/:id/mute (or unmute); the Relationship's id (the account)."""
    return str(_post(adapter, _account(account_id) + ("/unmute" if undo else "/mute"))["id"])


def block(adapter: MastodonAdapter, account_id: str, *, undo: bool = False) -> str:
    """POST /api/v1/accounts/:id/block (or unblock)."""
    return str(_post(adapter, _account(account_id) + ("/unblock" if undo else "/block"))["id"])


def report(
    adapter: MastodonAdapter,
    account_id: str,
    status_id: str,
    *,
    reason: str = "other",
    comment: str = "",
    forward: bool = False,
) -> str:
    """POST /api/v1/reports with the status; returns the report's id. ``forward`` also sends
    it to the moderators of the author's own server."""
    body: dict[str, Any] = {
        "account_id": str(account_id),
        "status_ids": [str(status_id)],
        "comment": comment[:1000],
        "category": REPORT_CATEGORIES.get(reason, "other"),
        "forward": bool(forward),
    }
    return str(_post(adapter, "/api/v1/reports", body)["id"])
