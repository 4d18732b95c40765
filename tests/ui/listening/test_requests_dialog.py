"""The channel menu's "Requests…" against the loopback Mastodon: the held-back accounts are
listed, Accept and Dismiss settle them on the server and in the event log."""

from __future__ import annotations

import sys
from pathlib import Path

from read_workspace import read_workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "helpers"))

from fake_mastodon_direct import filtered_mention, install  # noqa: E402

from cmstation.core.models import Channel, ChannelKind  # noqa: E402
from cmstation.listening.adapters import ACCESS_TOKEN  # noqa: E402
from cmstation.secrets import SessionOnlySecretStore, channel_key  # noqa: E402
from cmstation.storage import channels, events, open_workspace  # noqa: E402
from cmstation.ui.shell.app import build_window  # noqa: E402


def test_requests_are_listed_and_settled(qtbot, tmp_path, ui_settings, fake_mastodon):
    install(fake_mastodon)
    path = tmp_path / "ws" / "workspace.sqlite3"
    db = open_workspace(path)
    cid = channels.add_channel(
        db,
        Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake_mastodon.base_url, account="eva"),
    )
    db.conn.close()
    store = SessionOnlySecretStore()
    store.set(channel_key(cid, ACCESS_TOKEN), fake_mastodon.token)
    nieuw = fake_mastodon.add_account("nieuw", "Nina Nieuw")
    troll = fake_mastodon.add_account("troll")
    filtered_mention(fake_mastodon, nieuw, "<p>@eva waar is mijn pakket?</p>")
    filtered_mention(fake_mastodon, troll, "<p>@eva spam</p>")

    w = build_window(path, settings=ui_settings)
    qtbot.addWidget(w)
    w.listening.controller.secrets_provider = lambda: store
    w.listening.open_secrets = lambda _allow: store
    w.show()
    dlg = w.listening.open_requests(cid)
    qtbot.waitUntil(lambda: dlg.list.topLevelItemCount() == 2, timeout=5000)
    assert "2 requests waiting" in dlg.status.text()
    names = [dlg.list.topLevelItem(i).text(0) for i in range(2)]
    assert any("Nina Nieuw" in n for n in names)
    first = next(i for i in range(2) if "Nina" in names[i])
    dlg.list.setCurrentItem(dlg.list.topLevelItem(first))
    with qtbot.wait_signal(dlg.loaded, timeout=5000):
        dlg.accept_button.click()
    assert nieuw["id"] in fake_mastodon.accepted_accounts
    assert dlg.list.topLevelItemCount() == 1
    dlg.list.setCurrentItem(dlg.list.topLevelItem(0))
    with qtbot.wait_signal(dlg.loaded, timeout=5000):
        dlg.dismiss_button.click()
    assert dlg.list.topLevelItemCount() == 0 and "No requests" in dlg.status.text()
    kinds = read_workspace(path, lambda db: [e["kind"] for e in events.recent(db)])
    assert "request_accepted" in kinds and "request_dismissed" in kinds
    dlg.close()
    w.close()
