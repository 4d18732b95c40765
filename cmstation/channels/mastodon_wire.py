"""Mastodon's wire format, shared by the adapter's modules: ids and list positions, times,
``Link`` headers, and the Status and Account entities as core types.

https://docs.joinmastodon.org/entities/Status/, /entities/Account/ and
https://docs.joinmastodon.org/api/guidelines/#pagination.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from cmstation.channels.html_text import html_to_text
from cmstation.core.models import Author, Message, MessageKind

log = logging.getLogger("cmstation.channels.mastodon")

#: A list id longer than this is not one (it would take over the cursor: ids sort by length).
MAX_ID_LENGTH = 64


def id_key(remote_id: str) -> tuple[int, str]:
    """Sort key for Mastodon ids (numeric strings; compare by length, then text)."""
    s = str(remote_id)
    return (len(s), s)


def newest_id(ids: list[str]) -> str:
    return max(ids, key=id_key) if ids else ""


def list_id(value: Any) -> str:
    """A list position from the wire (a string, or an integer from some servers); "" when it
    is none (missing, another type, absurdly long)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return ""
    text = str(value)
    return text if 0 < len(text) <= MAX_ID_LENGTH else ""


def _skip(where: str, exc: BaseException) -> None:
    """One malformed item: logged (the details are for the log, not the user), then skipped."""
    log.warning("skipped a malformed item from %s: %s: %s", where, type(exc).__name__, exc)


def parse_time(value: Any) -> int:
    """ISO 8601 (``2019-12-08T03:48:33.901Z``) -> unix seconds; ValueError if not a time."""
    if not isinstance(value, str) or not value:
        raise ValueError("no time")
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        raise ValueError("time without zone")
    return int(dt.timestamp())


def parse_link_header(value: str | None) -> dict[str, str]:
    """``<url>; rel="next", <url>; rel="prev"`` -> {"next": url, "prev": url}."""
    out: dict[str, str] = {}
    for m in re.finditer(r"<([^>]*)>\s*;\s*([^,]*)", value or ""):
        url, params = m.group(1), m.group(2)
        rel = re.search(r'rel\s*=\s*"?([^";]+)"?', params)
        if rel:
            for r in rel.group(1).split():
                out.setdefault(r, url)
    return out


def account_to_author(account: Any, host: str) -> Author:
    if not isinstance(account, dict):
        raise ValueError("account is not an object")
    acct = account.get("acct")
    aid = account.get("id")
    if not isinstance(acct, str) or not acct or aid in (None, ""):
        raise ValueError("account without id or acct")
    handle = acct if "@" in acct else f"{acct}@{host}"  # local accounts have a bare acct
    display = account.get("display_name")
    url = account.get("url")
    return Author(
        remote_id=str(aid),
        handle=handle,
        display_name=display if isinstance(display, str) else "",
        url=url if isinstance(url, str) else "",
        followers=follower_count(account.get("followers_count")),
    )


#: More followers than this is no real count (the largest accounts have a few hundred million).
MAX_FOLLOWERS = 10**10


def follower_count(value: Any) -> int | None:
    """Account.followers_count as stored (the reach of what they write); None when it is
    missing or no plausible count (negative, huge, not an integer)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= MAX_FOLLOWERS else None


def status_to_message(status: Any, *, channel_id: int, host: str, kind: MessageKind) -> Message:
    """One Status entity -> Message; ValueError/TypeError/KeyError when it is malformed."""
    if not isinstance(status, dict):
        raise ValueError("status is not an object")
    sid = list_id(status["id"])
    if not sid:
        raise ValueError("status without id")
    content = status.get("content")
    if content is None:
        content = ""
    if not isinstance(content, str):
        raise ValueError("content is not text")
    spoiler = status.get("spoiler_text") or ""
    if not isinstance(spoiler, str):
        raise ValueError("spoiler_text is not text")
    text = html_to_text(content)
    if spoiler.strip():
        text = f"CW: {spoiler.strip()}\n\n{text}" if text else f"CW: {spoiler.strip()}"
    reply_to = list_id(status.get("in_reply_to_id"))
    lang = status.get("language")
    url = status.get("url") or status.get("uri") or ""
    if kind == MessageKind.MENTION and reply_to:
        kind = MessageKind.REPLY
    if kind in (MessageKind.MENTION, MessageKind.REPLY) and status.get("visibility") == "direct":
        kind = MessageKind.DIRECT  # a private message: never shown or answered in public
    return Message(
        channel_id=channel_id,
        remote_id=sid,
        text=text,
        html=content,
        created_at=parse_time(status.get("created_at")),
        author=account_to_author(status.get("account"), host),
        url=url if isinstance(url, str) else "",
        lang=lang.split("-")[0].lower() if isinstance(lang, str) else "",
        kind=kind,
        in_reply_to_id=reply_to,
        # The conversation root is not in a Status: for a reply, its parent is the best
        # guess (the sweep corrects it from stored parents or the status context).
        thread_root_id=reply_to or sid,
    )
