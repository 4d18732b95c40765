"""What the channel dialog does with each network: the Mastodon login in the browser, the
Bluesky app password, a feed's check, a manual channel; then storing the channel or the
renewed login (a part of ChannelDialog, in its translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from cmstation.core.models import ChannelKind
from cmstation.listening import adapters as factory
from cmstation.listening import channel_flows


class ChannelNetworksMixin:
    """Network steps for ChannelDialog (see the module docstring)."""

    def _instance_changed(self, _text: str) -> None:
        self._mastodon_login = None
        self.code_edit.setEnabled(False)
        self.authorize_label.hide()
        self._update_buttons()

    def _mastodon_begin(self) -> None:
        instance = self.instance_edit.text().strip()
        if not instance:
            return

        def opened(login: channel_flows.MastodonLogin) -> None:
            self._mastodon_login = login
            QDesktopServices.openUrl(QUrl(login.authorize_url))
            self.authorize_label.setText(
                QCoreApplication.translate(
                    "ChannelDialog",
                    "The login page is open in your browser. If it did not open, copy this "
                    "address into the browser:\n{url}",
                ).format(url=login.authorize_url)
            )
            self.authorize_label.show()
            self.code_edit.setEnabled(True)
            self.code_edit.setFocus()
            self._update_buttons()
            self.step_finished.emit()

        session = self._http()
        self._with_secrets(
            lambda: self._background(
                QCoreApplication.translate(
                    "ChannelDialog", "Registering cmstation with {server}\u2026"
                ).format(server=instance),
                lambda: channel_flows.begin_mastodon(session, instance),
                opened,
            )
        )

    def _mastodon_finish(self) -> None:
        login = self._mastodon_login
        code = self.code_edit.text().strip()
        if login is None or not code:
            return
        name, minutes, session = self.name_edit.text(), self.minutes_spin.value(), self._http()
        self._with_secrets(
            lambda: self._background(
                QCoreApplication.translate("ChannelDialog", "Checking the code\u2026"),
                lambda: channel_flows.finish_mastodon(
                    session, login, code, name=name, sweep_minutes=minutes
                ),
                self._store,
            )
        )

    def _bluesky_connect(self) -> None:
        handle = self.handle_edit.text().strip()
        password = self.app_password_edit.text()
        pds = self.pds_edit.text().strip() or factory.DEFAULT_PDS
        name, minutes, session = self.name_edit.text(), self.minutes_spin.value(), self._http()
        self._with_secrets(
            lambda: self._background(
                QCoreApplication.translate("ChannelDialog", "Logging in to {server}\u2026").format(
                    server=pds
                ),
                lambda: channel_flows.login_bluesky(
                    session, pds, handle, password, name=name, sweep_minutes=minutes
                ),
                self._bluesky_done,
            )
        )

    def _bluesky_done(self, prepared) -> None:
        self.app_password_edit.clear()  # only the session tokens are kept (in the keyring)
        self._store(prepared)

    def _feed_add(self) -> None:
        url = self.feed_edit.text().strip()
        name, minutes, session = self.name_edit.text(), self.minutes_spin.value(), self._http()
        self._background(
            QCoreApplication.translate("ChannelDialog", "Fetching the feed\u2026"),
            lambda: channel_flows.prepare_feed(session, url, name=name, sweep_minutes=minutes),
            self._store,
        )

    def _manual_add(self) -> None:
        self._store(channel_flows.prepare_manual(name=self.name_edit.text()))

    def _store(self, prepared: channel_flows.PreparedChannel) -> None:
        if self.relogin is not None:
            self._store_relogin(prepared)
            return
        secrets = self._secrets if prepared.needs_secret else None
        reason = self.gate.override_reason
        clock = self._clock

        def work(db):
            return channel_flows.store_prepared(
                db, prepared, secrets, override_reason=reason, clock=clock
            )

        def done(cid: int) -> None:
            self._set_busy("")
            self.added_id = cid
            ch = prepared.channel
            text = QCoreApplication.translate(
                "ChannelDialog", "{name} is set up. cmstation listens to it from now on."
            ).format(name=ch.name)
            if ch.kind == ChannelKind.MANUAL:
                text = QCoreApplication.translate(
                    "ChannelDialog",
                    "{name} is set up. Add items with Ctrl+Shift+N or drop them onto the window.",
                ).format(name=ch.name)
            if secrets is not None and not getattr(secrets, "persistent", True):
                text += "\n\n" + QCoreApplication.translate(
                    "ChannelDialog",
                    "The login is kept for this session only: you will be asked to log in "
                    "again after cmstation restarts.",
                )
            self.done_label.setText(text)
            self._go(self.PAGE_DONE)
            self.channel_added.emit(cid)
            self.step_finished.emit()

        self._set_busy(QCoreApplication.translate("ChannelDialog", "Saving\u2026"))
        self._tasks.run(work, done, self._show_error)

    def _store_relogin(self, prepared: channel_flows.PreparedChannel) -> None:
        cid, secrets = self.relogin.id, self._secrets

        def done(_r) -> None:
            self._set_busy("")
            self.added_id = cid
            self.done_label.setText(
                QCoreApplication.translate(
                    "ChannelDialog", "Logged in again. Listening on {name} resumes now."
                ).format(name=self.relogin.name)
            )
            self._go(self.PAGE_DONE)
            self.relogged_in.emit(cid)
            self.step_finished.emit()

        self._set_busy(QCoreApplication.translate("ChannelDialog", "Saving\u2026"))
        self._tasks.run(
            lambda db: channel_flows.store_relogin(db, cid, prepared, secrets),
            done,
            self._show_error,
        )
