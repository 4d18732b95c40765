"""Message > Rules…: the inbox rules as an ordered list (the first that matches acts, unless
it says "and continue"): move up and down, switch on and off, add, edit and remove a rule;
"Try on the inbox" says how many messages the rules would act on (a dry run), "Apply to the
existing inbox" acts on exactly those as one change set, which the dialog's Undo (or Ctrl+Z
in the window) takes back. Everything runs on the window's worker (storage/rules.py,
listening/rules_pass.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import Priority
from cmstation.core.rules import RULE_KINDS, Rule
from cmstation.core.rules_toml import rule_as_dict, rule_from_table
from cmstation.listening import rules_pass
from cmstation.storage import rules as rule_store
from cmstation.ui.common.plain_error import plain_error

RULE_ROLE = Qt.ItemDataRole.UserRole + 1


def _split(text: str) -> list[str]:
    return [x.strip() for x in (text or "").split(",") if x.strip()]


def _combo(choices: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    for text, data in choices:
        box.addItem(text, data)
    return box


def _choose(box: QComboBox, value) -> None:
    i = box.findData(value)
    box.setCurrentIndex(max(i, 0))


class RuleEditor(QDialog):
    """One rule: its conditions and what it does."""

    def __init__(self, rule: Rule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule_id = rule.id if rule else None
        self.setWindowTitle(
            QCoreApplication.translate("RulesDialog", "Edit rule")
            if rule
            else QCoreApplication.translate("RulesDialog", "New rule")
        )
        form = QFormLayout(self)
        self.name = QLineEdit()
        form.addRow(QCoreApplication.translate("RulesDialog", "Name"), self.name)
        form.addRow(QLabel(QCoreApplication.translate("RulesDialog", "When a new message…")))
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            QCoreApplication.translate("RulesDialog", "every one of these words")
        )
        form.addRow(QCoreApplication.translate("RulesDialog", "Has the words"), self.text)
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(
            QCoreApplication.translate("RulesDialog", "refund, geld terug")
        )
        form.addRow(
            QCoreApplication.translate("RulesDialog", "Has any of (comma between)"), self.keywords
        )
        self.lang = _combo(
            [
                (QCoreApplication.translate("RulesDialog", "any language"), ""),
                (QCoreApplication.translate("RulesDialog", "Dutch"), "nl"),
                (QCoreApplication.translate("RulesDialog", "English"), "en"),
            ]
        )
        form.addRow(QCoreApplication.translate("RulesDialog", "Language"), self.lang)
        self.sentiment = _combo(
            [
                (QCoreApplication.translate("RulesDialog", "any mood"), ""),
                (QCoreApplication.translate("RulesDialog", "negative"), "negative"),
                (QCoreApplication.translate("RulesDialog", "neutral"), "neutral"),
                (QCoreApplication.translate("RulesDialog", "positive"), "positive"),
            ]
        )
        form.addRow(QCoreApplication.translate("RulesDialog", "Mood"), self.sentiment)
        self.complaint = QCheckBox(QCoreApplication.translate("RulesDialog", "only complaints"))
        form.addRow("", self.complaint)
        self.channels = QLineEdit()
        self.channels.setPlaceholderText(
            QCoreApplication.translate("RulesDialog", "a channel's name or kind, e.g. bluesky")
        )
        form.addRow(QCoreApplication.translate("RulesDialog", "Channel"), self.channels)
        self.kind = _combo(
            [(QCoreApplication.translate("RulesDialog", "any kind"), "")]
            + [(str(k), str(k)) for k in RULE_KINDS]
        )
        form.addRow(QCoreApplication.translate("RulesDialog", "Kind"), self.kind)
        self.authors = QLineEdit()
        self.authors.setPlaceholderText("@anna@mastodon.nl")
        form.addRow(QCoreApplication.translate("RulesDialog", "From (comma between)"), self.authors)
        self.vip = QCheckBox(QCoreApplication.translate("RulesDialog", "only VIPs"))
        self.has_link = QCheckBox(QCoreApplication.translate("RulesDialog", "only with a link"))
        form.addRow("", self.vip)
        form.addRow("", self.has_link)
        self.min_followers = QSpinBox()
        self.min_followers.setRange(0, 100_000_000)
        self.min_followers.setSpecialValueText(QCoreApplication.translate("RulesDialog", "any"))
        form.addRow(
            QCoreApplication.translate("RulesDialog", "At least followers"), self.min_followers
        )
        form.addRow(QLabel(QCoreApplication.translate("RulesDialog", "…then")))
        self.labels = QLineEdit()
        self.labels.setPlaceholderText(
            QCoreApplication.translate("RulesDialog", "labels to add, comma between")
        )
        form.addRow(QCoreApplication.translate("RulesDialog", "Add labels"), self.labels)
        self.state = _combo(
            [
                (QCoreApplication.translate("RulesDialog", "leave as it is"), ""),
                (QCoreApplication.translate("RulesDialog", "needs a reply"), "needs_reply"),
                (QCoreApplication.translate("RulesDialog", "done"), "done"),
                (QCoreApplication.translate("RulesDialog", "ignored"), "ignored"),
                (QCoreApplication.translate("RulesDialog", "spam"), "spam"),
            ]
        )
        form.addRow(QCoreApplication.translate("RulesDialog", "Mark as"), self.state)
        self.priority = _combo(
            [
                (QCoreApplication.translate("RulesDialog", "leave as it is"), None),
                (QCoreApplication.translate("RulesDialog", "low"), Priority.LOW),
                (QCoreApplication.translate("RulesDialog", "normal"), Priority.NORMAL),
                (QCoreApplication.translate("RulesDialog", "question"), Priority.QUESTION),
                (QCoreApplication.translate("RulesDialog", "complaint"), Priority.COMPLAINT),
            ]
        )
        form.addRow(QCoreApplication.translate("RulesDialog", "Priority"), self.priority)
        self.notify = QCheckBox(QCoreApplication.translate("RulesDialog", "show a notification"))
        self.and_continue = QCheckBox(
            QCoreApplication.translate("RulesDialog", "and continue (later rules may act too)")
        )
        self.enabled = QCheckBox(QCoreApplication.translate("RulesDialog", "switched on"))
        self.enabled.setChecked(True)
        for box in (self.notify, self.and_continue, self.enabled):
            form.addRow("", box)
        self.error = QLabel()
        self.error.setObjectName("ruleError")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if rule is not None:
            self._fill(rule)

    def _fill(self, r: Rule) -> None:
        w, t = r.when, r.then
        self.name.setText(r.name)
        self.text.setText(w.text)
        self.keywords.setText(", ".join(w.keywords))
        _choose(self.lang, w.lang[0] if w.lang else "")
        _choose(self.sentiment, w.sentiment[0] if w.sentiment else "")
        self.complaint.setChecked(bool(w.complaint))
        self.channels.setText(", ".join(w.channels))
        _choose(self.kind, w.kinds[0] if w.kinds else "")
        self.authors.setText(", ".join(w.authors))
        self.vip.setChecked(bool(w.vip))
        self.has_link.setChecked(bool(w.has_link))
        self.min_followers.setValue(w.min_followers or 0)
        self.labels.setText(", ".join(t.labels))
        _choose(self.state, t.state)
        _choose(self.priority, t.priority)
        self.notify.setChecked(t.notify)
        self.and_continue.setChecked(r.and_continue)
        self.enabled.setChecked(r.enabled)

    def table(self) -> dict:
        when = {
            "text": self.text.text().strip(),
            "keywords": _split(self.keywords.text()),
            "lang": [self.lang.currentData()] if self.lang.currentData() else [],
            "sentiment": [self.sentiment.currentData()] if self.sentiment.currentData() else [],
            "complaint": True if self.complaint.isChecked() else None,
            "channels": _split(self.channels.text()),
            "kinds": [self.kind.currentData()] if self.kind.currentData() else [],
            "authors": _split(self.authors.text()),
            "vip": True if self.vip.isChecked() else None,
            "min_followers": self.min_followers.value() or None,
            "has_link": True if self.has_link.isChecked() else None,
        }
        then = {
            "labels": _split(self.labels.text()),
            "state": self.state.currentData() or "",
            "priority": self.priority.currentData(),
            "notify": True if self.notify.isChecked() else None,
        }
        return {
            "name": self.name.text(),
            "continue": self.and_continue.isChecked(),
            "enabled": self.enabled.isChecked(),
            "when": {k: v for k, v in when.items() if v not in ("", [], None)},
            "then": {k: v for k, v in then.items() if v not in ("", [], None)},
        }

    def rule(self) -> Rule:
        """The rule as entered; a plain-worded error when it is not a rule."""
        return replace(rule_from_table(self.table()), id=self.rule_id)

    def accept(self) -> None:
        try:
            self.rule()
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.error.setText(plain_error(exc))
            return
        super().accept()


def summary(r: Rule) -> str:
    d = rule_as_dict(r)
    when = ", ".join(f"{k} {v}" for k, v in d["when"].items())
    then = ", ".join(f"{k} {v}" for k, v in d["then"].items())
    flags = []
    if r.and_continue:
        flags.append(QCoreApplication.translate("RulesDialog", "and continue"))
    if not r.enabled:
        flags.append(QCoreApplication.translate("RulesDialog", "(off)"))
    return f"{r.position}. {r.name}  \u2014  {when} \u2192 {then} {' '.join(flags)}".rstrip()


class RulesDialog(QDialog):
    """See the module docstring; ``window`` gives the worker, the clock and the undo stack."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._tasks = window.tasks
        self.rules: list[Rule] = []
        self.last_dry: rules_pass.DryRun | None = None
        self.last_applied = None
        self._undo = None
        self.setWindowTitle(QCoreApplication.translate("RulesDialog", "Rules"))
        self.resize(720, 460)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "RulesDialog",
                    "For each new message the first rule that matches acts, unless it says "
                    "\u201cand continue\u201d. Never on your own posts.",
                )
            )
        )
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("ruleList")
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_rule())
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", QCoreApplication.translate("RulesDialog", "Add\u2026"), self.new_rule),
            ("edit", QCoreApplication.translate("RulesDialog", "Edit\u2026"), self.edit_rule),
            ("remove", QCoreApplication.translate("RulesDialog", "Remove"), self.remove_rule),
            ("up", QCoreApplication.translate("RulesDialog", "Move up"), lambda: self.move(-1)),
            ("down", QCoreApplication.translate("RulesDialog", "Move down"), lambda: self.move(1)),
        ):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, s=slot: s())
            side.addWidget(b)
            self.buttons[key] = b
        side.addStretch(1)
        row.addLayout(side)
        lay.addLayout(row, 1)
        tries = QHBoxLayout()
        for key, text, slot in (
            ("try", QCoreApplication.translate("RulesDialog", "Try on the inbox"), self.try_rules),
            (
                "apply",
                QCoreApplication.translate("RulesDialog", "Apply to the existing inbox"),
                self.apply_rules,
            ),
            (
                "undo",
                QCoreApplication.translate("RulesDialog", "Undo what they did"),
                self.undo_apply,
            ),
        ):
            b = QPushButton(text)
            b.setObjectName(f"rules_{key}")
            b.clicked.connect(lambda _c=False, s=slot: s())
            tries.addWidget(b)
            self.buttons[key] = b
        self.buttons["undo"].setEnabled(False)
        tries.addStretch(1)
        lay.addLayout(tries)
        self.result = QLabel()
        self.result.setObjectName("rulesResult")
        self.result.setWordWrap(True)
        lay.addWidget(self.result)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.reload()

    # -- the list -------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.result.setText(plain_error(exc))

    def reload(self, select_id: int | None = None) -> None:
        def done(rules: list[Rule]) -> None:
            self.rules = rules
            self.list.blockSignals(True)
            self.list.clear()
            for r in rules:
                item = QListWidgetItem(summary(r))
                item.setData(RULE_ROLE, r.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if r.enabled else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                if r.id == select_id:
                    self.list.setCurrentItem(item)
            self.list.blockSignals(False)

        self._tasks.run(rule_store.list_rules, done, self._failed)

    def current_rule(self) -> Rule | None:
        item = self.list.currentItem()
        rid = item.data(RULE_ROLE) if item is not None else None
        return next((r for r in self.rules if r.id == rid), None)

    def _item_changed(self, item: QListWidgetItem) -> None:
        rid, on = item.data(RULE_ROLE), item.checkState() == Qt.CheckState.Checked
        self._tasks.run(
            lambda db: rule_store.set_enabled(db, rid, on),
            lambda _r: self.reload(rid),
            self._failed,
        )

    def new_rule(self) -> None:
        self._edit(None)

    def edit_rule(self) -> None:
        rule = self.current_rule()
        if rule is not None:
            self._edit(rule)

    def _edit(self, rule: Rule | None) -> None:
        dlg = RuleEditor(rule, self)
        dlg.accepted.connect(lambda: self.save(dlg.rule()))
        self.editor = dlg
        dlg.open()

    def save(self, rule: Rule) -> None:
        def work(db):
            if rule.id is None:
                return rule_store.add_rule(db, rule).id
            return rule_store.update_rule(db, rule).id

        self._tasks.run(work, self.reload, self._failed)

    def remove_rule(self) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        self._tasks.run(
            lambda db: rule_store.remove_rule(db, rule.id), lambda _r: self.reload(), self._failed
        )

    def move(self, delta: int) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        position = max(1, rule.position + delta)
        self._tasks.run(
            lambda db: rule_store.move_rule(db, rule.id, position),
            lambda _r: self.reload(rule.id),
            self._failed,
        )

    # -- trying and applying ---------------------------------------------------------------

    def try_rules(self) -> None:
        def done(dry: rules_pass.DryRun) -> None:
            self.last_dry = dry
            lines = [
                QCoreApplication.translate(
                    "RulesDialog", "Would match %n message(s)", "", dry.matched
                )
                + " "
                + QCoreApplication.translate("RulesDialog", "of {total} looked at.").format(
                    total=dry.looked_at
                )
            ]
            lines += [f"  {name}: {n}" for name, n in dry.per_rule.items()]
            self.result.setText("\n".join(lines))

        self.result.setText(QCoreApplication.translate("RulesDialog", "Trying\u2026"))
        self._tasks.run(lambda db: rules_pass.dry_run(db), done, self._failed)

    def apply_rules(self) -> None:
        from cmstation.ui.inbox.bulk_actions import ChangeSetUndo

        clock = getattr(getattr(self.window, "order", None), "clock", None)
        now = int(clock()) if clock is not None else None
        undo = ChangeSetUndo()

        def work(db):
            r = rules_pass.apply_to_inbox(db, now=now)
            if r.token is not None:
                undo.tokens.append(r.token)
            return r

        def done(r) -> None:
            self.last_applied = r
            self.result.setText(
                QCoreApplication.translate("RulesDialog", "Applied to %n message(s)", "", r.matched)
                + " "
                + QCoreApplication.translate(
                    "RulesDialog", "({changed} changed). Undo takes it back."
                ).format(changed=r.changed)
            )
            if r.token is not None:
                self._undo = undo
                self.window._undo.append(undo)
                self.buttons["undo"].setEnabled(True)
            self.window.message_model.reload()
            self.window._counts_soon()

        self.result.setText(QCoreApplication.translate("RulesDialog", "Applying\u2026"))
        self._tasks.run(work, done, self._failed)

    def undo_apply(self) -> None:
        undo, self._undo = self._undo, None
        if undo is None:
            return
        self.window._undo[:] = [u for u in self.window._undo if u is not undo]
        undo.take_back(self.window)
        self.buttons["undo"].setEnabled(False)
        self.result.setText(QCoreApplication.translate("RulesDialog", "Taken back."))
