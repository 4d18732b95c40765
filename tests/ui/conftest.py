"""UI fixtures: a small workspace built through the storage layer, isolated QSettings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cmstation.core.models import (
    Author,
    Channel,
    ChannelKind,
    Message,
    MessageKind,
    MessageState,
    Priority,
    Sentiment,
)
from cmstation.storage import channels, messages, open_workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """As the app starts in English: its plural forms ("1 reply", "2 replies") installed."""
    from cmstation.ui.shell.app import install_translations

    translators = install_translations(qapp, "en")
    yield translators
    for t in translators:
        qapp.removeTranslator(t)


NOW = 1_763_000_000  # fixed "now" so times render the same every run
AUTHORS = ["anna", "bram", "chris", "daan", "eva", "femke"]


def make_workspace(path, *, n: int = 60) -> dict:
    """Two channels, ``n`` mentions with a mix of states, moods and languages, and a thread."""
    db = open_workspace(path)
    masto = channels.add_channel(
        db,
        Channel(kind=ChannelKind.MASTODON, name="@fietsen@mastodon.nl", url="https://mastodon.nl"),
        now=NOW - 90 * 86400,
    )
    sky = channels.add_channel(
        db,
        Channel(kind=ChannelKind.BLUESKY, name="fietsen.bsky.social", url="https://bsky.social"),
        now=NOW - 90 * 86400,
    )
    msgs = []
    for i in range(n):
        a = AUTHORS[i % len(AUTHORS)]
        neg = i % 5 == 0
        msgs.append(
            Message(
                channel_id=masto if i % 3 else sky,
                remote_id=f"r{i}",
                text=(
                    f"Bericht {i}: mijn ketting is er weer af, wat nu?"
                    if neg
                    else f"Message {i}: lovely ride on the new cargo bike"
                ),
                created_at=NOW - i * 3600,
                author=Author(
                    remote_id=f"id-{a}", handle=f"@{a}@example.social", display_name=a.title()
                ),
                url=f"https://example.social/@{a}/{i}",
                lang="nl" if neg else "en",
                state=MessageState.NEEDS_REPLY if i % 2 == 0 else MessageState.NEW,
                sentiment=Sentiment.NEGATIVE if neg else Sentiment.POSITIVE,
                priority=Priority.COMPLAINT if neg else Priority.NORMAL,
            )
        )
    # a thread on the Mastodon channel: root <- reply <- our answer
    msgs.append(
        Message(
            channel_id=masto,
            remote_id="t-root",
            text="Wie repareert bakfietsen in Utrecht?",
            created_at=NOW - 200 * 3600,
            state=MessageState.DONE,
            author=Author(remote_id="id-gijs", handle="@gijs@example.social", display_name="Gijs"),
            url="https://example.social/@gijs/t-root",
        )
    )
    msgs.append(
        Message(
            channel_id=masto,
            remote_id="t-reply",
            text="@fietsen weten jullie dat?",
            created_at=NOW - 199 * 3600,
            in_reply_to_id="t-root",
            thread_root_id="t-root",
            kind=MessageKind.REPLY,
            state=MessageState.NEEDS_REPLY,
            priority=Priority.QUESTION,
            author=Author(
                remote_id="id-hanna", handle="@hanna@example.social", display_name="Hanna"
            ),
            url="https://example.social/@hanna/t-reply",
        )
    )
    msgs.append(
        Message(
            channel_id=masto,
            remote_id="t-own",
            text="Ja! Kom langs, we kijken ernaar. ^Eva",
            created_at=NOW - 198 * 3600,
            in_reply_to_id="t-reply",
            thread_root_id="t-root",
            kind=MessageKind.OWN_REPLY,
            is_own=True,
            state=MessageState.DONE,
            author=Author(remote_id="id-us", handle="@fietsen@mastodon.nl", display_name="Fietsen"),
            url="https://mastodon.nl/@fietsen/t-own",
        )
    )
    ids = messages.upsert_messages(db, msgs, now=NOW).ids
    db.conn.close()
    return {
        "mastodon": masto,
        "bluesky": sky,
        "ids": ids,
        "thread_reply": ids[-2],
        "thread_root": ids[-3],
        "thread_own": ids[-1],
    }


@pytest.fixture
def ui_now():
    return NOW


@pytest.fixture
def ui_settings(tmp_path):
    """QSettings in a temp file: tests never touch the user's configuration."""
    s = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "ws" / "workspace.sqlite3"
    info = make_workspace(path)
    info["path"] = path
    return info


@pytest.fixture
def window(qtbot, workspace, ui_settings):
    from cmstation.ui.shell.app import build_window

    w = build_window(workspace["path"], settings=ui_settings, now=NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.message_model.rowCount() > 0 and w.table.currentIndex().isValid())
    qtbot.waitUntil(lambda: getattr(w, "_counts", None) is not None)
    yield w
    w.close()


@pytest.fixture
def fake(fake_mastodon):
    """The loopback fake Mastodon server for the test (tests/conftest.py's fake_mastodon)."""
    return fake_mastodon
