"""Edit a saved search: its name, what it looks for, and whether a channel listens for it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import Channel, ChannelKind
from cmstation.storage.saved_searches import SavedSearch
from cmstation.ui.common.theme import apply_style

# the channel kinds whose networks can be searched (feeds and manual items cannot)
SEARCHING_KINDS = (ChannelKind.MASTODON, ChannelKind.BLUESKY)

STYLE = """
QLabel#hint { color: @muted; }
QLabel#error { color: @error; background: @error_bg; border: 1px solid @error_border;
               border-radius: 4px; padding: 6px; }
"""


@dataclass(frozen=True, slots=True)
class SearchEdit:
    """What the dialog gives back (the fields of ``update_saved_search``)."""

    name: str
    query: str
    channel_id: int | None
    exclude_words: str
    lang: str
    listen: bool


def exclude_list(text: str) -> str:
    """Words to leave out, as stored: comma-separated (a sweep splits on commas and spaces)."""
    return ", ".join(w for w in re.split(r"[,\s]+", text) if w)


class SavedSearchDialog(QDialog):
    """Edit ``search``; ``channels`` are the workspace's channels (the ones that can search
    are offered for listening). :meth:`result_search` gives the edit once accepted."""

    def __init__(
        self,
        search: SavedSearch,
        channels: list[Channel],
        parent: QWidget | None = None,
        *,
        focus_listening: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit saved search"))
        self.setMinimumWidth(460)
        apply_style(self, STYLE)
        self._original = search
        lay = QVBoxLayout(self)

        form = QFormLayout()
        self.name_edit = QLineEdit(search.name)
        self.name_edit.setPlaceholderText(self.tr("Shown in the navigation"))
        form.addRow(self.tr("Name"), self.name_edit)
        self.query_edit = QLineEdit(search.query)
        self.query_edit.setPlaceholderText(self.tr("Words, or a hashtag such as #bakfiets"))
        form.addRow(self.tr("Search for"), self.query_edit)
        query_hint = QLabel(
            self.tr(
                "The inbox shows the messages whose text or author matches this. "
                "When a channel listens, its sweeps search the network for it."
            )
        )
        query_hint.setObjectName("hint")
        query_hint.setWordWrap(True)
        form.addRow("", query_hint)
        lay.addLayout(form)

        box = QGroupBox(self.tr("Listening"))
        listen_form = QFormLayout(box)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("No channel: only filter the inbox"), None)
        searching = [c for c in channels if c.kind in SEARCHING_KINDS]
        for ch in searching:
            self.channel_combo.addItem(
                self.tr("{channel} ({network})").format(
                    channel=ch.name, network=self._network_name(ch.kind)
                ),
                ch.id,
            )
        if search.listen and search.channel_id is not None:
            self.channel_combo.setCurrentIndex(
                max(0, self.channel_combo.findData(search.channel_id))
            )
        listen_form.addRow(self.tr("Listen on"), self.channel_combo)
        self.channel_note = QLabel(self._channel_note(searching))
        self.channel_note.setObjectName("hint")
        self.channel_note.setWordWrap(True)
        listen_form.addRow("", self.channel_note)
        self.exclude_edit = QLineEdit(search.exclude_words)
        self.exclude_edit.setPlaceholderText(self.tr("Words, e.g. vacature, verhuur"))
        listen_form.addRow(self.tr("Leave out hits with"), self.exclude_edit)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem(self.tr("Any language"), "")
        self.lang_combo.addItem(self.tr("Dutch"), "nl")
        self.lang_combo.addItem(self.tr("English"), "en")
        if search.lang and self.lang_combo.findData(search.lang) < 0:
            self.lang_combo.addItem(search.lang, search.lang)  # set with `cmstation search`
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(search.lang)))
        listen_form.addRow(self.tr("Language of the hits"), self.lang_combo)
        lay.addWidget(box)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        lay.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        self.channel_combo.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self._update_enabled()
        (self.channel_combo if focus_listening else self.name_edit).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _network_name(self, kind: ChannelKind) -> str:
        return self.tr("Mastodon") if kind == ChannelKind.MASTODON else self.tr("Bluesky")

    def _channel_note(self, searching: list[Channel]) -> str:
        if not searching:
            return self.tr(
                "None of your channels can search the network. Listening works on Mastodon "
                "and Bluesky channels; feed and manual channels only bring in what they get."
            )
        return self.tr(
            "A sweep of that channel searches the network for this and adds the hits to "
            "your inbox. Only Mastodon and Bluesky channels can search; feed and manual "
            "channels are not listed."
        )

    def _update_enabled(self) -> None:
        listening = self.channel_combo.currentData() is not None
        tip = "" if listening else self.tr("Used when a channel listens for this search")
        for w in (self.exclude_edit, self.lang_combo):
            w.setEnabled(listening)
            w.setToolTip(tip)

    def _problem(self) -> tuple[str, QWidget] | None:
        if not self.name_edit.text().strip():
            return self.tr("Give the search a name; it is shown in the navigation."), self.name_edit
        if not " ".join(self.query_edit.text().split()).strip("#"):
            return (
                self.tr("Type what to search for: words, or a hashtag such as #bakfiets."),
                self.query_edit,
            )
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            text, field = problem
            self.error_label.setText(text)
            self.error_label.show()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error_label.hide()
        super().accept()

    def result_search(self) -> SearchEdit:
        """The edited values, tidied (spaces, the exclude list)."""
        channel_id = self.channel_combo.currentData()
        listen = channel_id is not None
        if not listen and not self._original.listen:
            # a search kept as a filter over one channel (`cmstation search add --no-listen`)
            channel_id = self._original.channel_id
        return SearchEdit(
            name=" ".join(self.name_edit.text().split()),
            query=" ".join(self.query_edit.text().split()),
            channel_id=channel_id,
            exclude_words=exclude_list(self.exclude_edit.text()),
            lang=self.lang_combo.currentData() or "",
            listen=listen,
        )
