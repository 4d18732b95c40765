"""Manual capture: an item pasted or dropped in by hand (LinkedIn, Instagram, X, e-mail...).

``manual_message`` checks what was typed and turns it into a ``Message`` for the manual
channel; ``split_drop`` pulls a link out of dropped text. No network is involved.
"""

from __future__ import annotations

import hashlib
import re
import time
from urllib.parse import urlsplit

from cmstation.channels.html_text import clean_text
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Author, Message, MessageKind

CTX = "channels"
MAX_TEXT = 20_000
MSG_NO_TEXT = QT_TRANSLATE_NOOP("channels", "Paste the text of the message first.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "channels", "The text is too long ({length} characters; at most {limit})."
)
MSG_BAD_LINK = QT_TRANSLATE_NOOP(
    "channels",
    "\u201c{link}\u201d is not a web address. Paste the link to the post as it appears in "
    "the browser, starting with https://.",
)

_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


class BadManualItem(CmstationError):
    def __init__(self, source: str, **params: object) -> None:
        self.text = Text(CTX, source, dict(params))
        super().__init__(self.text.render())


def check_link(link: str) -> str:
    """The link trimmed, when it is an http(s) address with a host; '' stays ''."""
    link = (link or "").strip()
    if not link:
        return ""
    try:
        parts = urlsplit(link)
        host = parts.hostname
    except ValueError:
        raise BadManualItem(MSG_BAD_LINK, link=link[:200]) from None
    if parts.scheme.lower() not in ("http", "https") or not host or any(c.isspace() for c in link):
        raise BadManualItem(MSG_BAD_LINK, link=link[:200])
    return link


def manual_message(
    channel_id: int,
    text: str,
    link: str = "",
    author: str = "",
    network: str = "",
    *,
    now: float | None = None,
) -> Message:
    """A pasted item as a Message (kind ``manual``); ``BadManualItem`` when input is unusable.

    The remote id is derived from the link (or from the network, author and text when there
    is no link), so pasting the same item twice finds the stored one.
    """
    body = clean_text(text or "")
    if not body:
        raise BadManualItem(MSG_NO_TEXT)
    if len(body) > MAX_TEXT:
        raise BadManualItem(MSG_TOO_LONG, length=len(body), limit=MAX_TEXT)
    url = check_link(link)
    network = clean_text(network or "").strip()[:60]
    who = clean_text(author or "").strip()[:200]
    basis = url or f"{network.lower()}\n{who.lower()}\n{body}"
    rid = "manual:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]
    person = None
    if who:
        person = Author(
            remote_id=f"{network.lower() or 'manual'}:{who.lower()}",
            handle=who,
            display_name=who,
        )
    return Message(
        channel_id=channel_id,
        remote_id=rid,
        text=body,
        created_at=int(time.time() if now is None else now),
        author=person,
        url=url,
        kind=MessageKind.MANUAL,
        thread_root_id=rid,
    )


def split_drop(data: str) -> tuple[str, str]:
    """Dropped text -> (text, first link in it). A bare URL gives ("", url)."""
    data = (data or "").strip()
    m = _URL.search(data)
    if not m:
        return data, ""
    link = m.group(0).rstrip(".,;:!?)")
    rest = (data[: m.start()] + data[m.start() + len(link) :]).strip()
    return rest, link
