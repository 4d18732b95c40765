"""Why the selected message ranks as it does, and the user's correction of it (issue 10).

A slim strip between the conversation and the composer: the machine's verdict in a few
words ("complaint · negative: complaint words (“weer kapot”), addressed to us"), the user's
correction when there is one ("You corrected this: not a complaint"), and three actions:
"Not a complaint", "Mood" (negative, neutral, positive) and "Use cmstation's verdict" (the
correction removed). A correction is stored at once (cmstation.listening.triage.correct),
kept by later sweeps, recorded in the event log, and moves the message between "new" and
"needs a reply"; the list, the counts and the conversation follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton

from cmstation.core.models import Priority, Sentiment
from cmstation.listening import triage
from cmstation.ui.common.plain_error import plain_error


def rank_words(priority: int, sentiment: Sentiment) -> str:
    """ "complaint · negative", "question · neutral", "positive"."""
    parts = []
    if priority >= Priority.COMPLAINT:
        parts.append(QCoreApplication.translate("TriagePanel", "complaint"))
    elif priority >= Priority.QUESTION:
        parts.append(QCoreApplication.translate("TriagePanel", "question"))
    parts.append(
        {
            Sentiment.NEGATIVE: QCoreApplication.translate("TriagePanel", "negative"),
            Sentiment.NEUTRAL: QCoreApplication.translate("TriagePanel", "neutral"),
            Sentiment.POSITIVE: QCoreApplication.translate("TriagePanel", "positive"),
        }[sentiment]
    )
    return " \u00b7 ".join(parts)


def why_words(verdict: triage.Verdict) -> str:
    cues = [
        QCoreApplication.translate("Triage", c.kind)
        + (f" (\u201c{c.words}\u201d)" if c.words else "")
        for c in verdict.cues
    ]
    return (
        ", ".join(cues) if cues else QCoreApplication.translate("TriagePanel", "nothing stood out")
    )


class TriagePanel(QFrame):
    """See the module docstring. ``corrected(message_id)`` after a correction is stored."""

    corrected = Signal(int)
    # a plain sentence for the status bar (a correction saved, or why it failed)
    status_changed = Signal(str)

    def __init__(self, tasks, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("triagePanel")
        self.tasks = tasks
        self.message_id: int | None = None
        self.explanation: triage.Explanation | None = None
        self._gen = 0
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 2, 14, 2)
        lay.setSpacing(6)
        self.label = QLabel()
        self.label.setObjectName("muted")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        lay.addWidget(self.label, 1)
        self.not_complaint_button = QPushButton(
            QCoreApplication.translate("TriagePanel", "Not a complaint")
        )
        self.not_complaint_button.setObjectName("quietButton")
        self.not_complaint_button.setToolTip(
            QCoreApplication.translate(
                "TriagePanel",
                "This is not a complaint: rank it like any other message (the mood stays).",
            )
        )
        self.not_complaint_button.clicked.connect(lambda: self.correct(not_complaint=True))
        lay.addWidget(self.not_complaint_button)
        self.mood_button = QToolButton()
        self.mood_button.setObjectName("toolButton")
        self.mood_button.setText(QCoreApplication.translate("TriagePanel", "Mood"))
        self.mood_button.setToolTip(
            QCoreApplication.translate(
                "TriagePanel", "Correct the mood cmstation read in this message"
            )
        )
        self.mood_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.mood_button)
        self.mood_actions = {}
        for mood, label in (
            (Sentiment.NEGATIVE, QCoreApplication.translate("TriagePanel", "Negative")),
            (Sentiment.NEUTRAL, QCoreApplication.translate("TriagePanel", "Neutral")),
            (Sentiment.POSITIVE, QCoreApplication.translate("TriagePanel", "Positive")),
        ):
            action = menu.addAction(label)
            action.triggered.connect(lambda _c=False, m=mood: self.correct(mood=m))
            self.mood_actions[mood] = action
        self.mood_button.setMenu(menu)
        lay.addWidget(self.mood_button)
        self.clear_button = QPushButton(
            QCoreApplication.translate("TriagePanel", "Use cmstation's verdict")
        )
        self.clear_button.setObjectName("quietButton")
        self.clear_button.setToolTip(
            QCoreApplication.translate("TriagePanel", "Remove your correction")
        )
        self.clear_button.clicked.connect(self.clear)
        lay.addWidget(self.clear_button)
        self.show_for(None)

    # -- showing -------------------------------------------------------------------------

    def show_for(self, message_id: int | None) -> None:
        """Explain ``message_id`` (read on the task worker); None hides the strip."""
        self.message_id = message_id
        self._gen += 1
        gen = self._gen
        if message_id is None:
            self.explanation = None
            self.hide()
            return

        def done(explanation) -> None:
            if gen == self._gen:
                self._apply(explanation)

        def failed(_exc) -> None:  # the message went away meanwhile: nothing to explain
            if gen == self._gen:
                self.explanation = None
                self.hide()

        self.tasks.run(lambda db: triage.explain(db, message_id), done, failed)

    def _apply(self, e: triage.Explanation) -> None:
        self.explanation = e
        if e.machine.own:
            self.hide()  # our own posts need no triage
            return
        machine = QCoreApplication.translate(
            "TriagePanel", "cmstation reads: {rank}. Why: {why}."
        ).format(rank=rank_words(e.machine.priority, e.machine.sentiment), why=why_words(e.machine))
        if e.correction is not None:
            what = []
            if e.correction.not_complaint:
                what.append(QCoreApplication.translate("TriagePanel", "not a complaint"))
            if e.correction.mood is not None:
                what.append(
                    QCoreApplication.translate("TriagePanel", "mood {mood}").format(
                        mood=rank_words(Priority.NORMAL, e.correction.mood)
                    )
                )
            text = QCoreApplication.translate(
                "TriagePanel", "You corrected this: {what}; shown as {rank}."
            ).format(what=", ".join(what), rank=rank_words(e.shown.priority, e.shown.sentiment))
            self.label.setText(text)
            self.label.setToolTip(machine)
        else:
            self.label.setText(machine)
            self.label.setToolTip("")
        self.not_complaint_button.setVisible(e.shown.complaint)
        self.clear_button.setVisible(e.correction is not None)
        for mood, action in self.mood_actions.items():
            action.setEnabled(mood != e.shown.sentiment)
        self.show()

    # -- correcting -----------------------------------------------------------------------

    def correct(self, *, mood: Sentiment | None = None, not_complaint: bool | None = None):
        mid = self.message_id
        if mid is None:
            return
        self._store(
            lambda db: triage.correct(db, mid, mood=mood, not_complaint=not_complaint),
            QCoreApplication.translate(
                "TriagePanel", "Saved your correction; later sweeps keep it."
            ),
        )

    def clear(self) -> None:
        mid = self.message_id
        if mid is None:
            return
        self._store(
            lambda db: triage.clear(db, mid),
            QCoreApplication.translate("TriagePanel", "Your correction is removed."),
        )

    def _store(self, work, note: str) -> None:
        mid = self.message_id

        def done(explanation) -> None:
            if self.message_id == mid:
                self._apply(explanation)
            self.status_changed.emit(note)
            self.corrected.emit(mid)

        def failed(exc) -> None:
            self.status_changed.emit(
                QCoreApplication.translate(
                    "TriagePanel", "The correction could not be saved: {error}"
                ).format(error=plain_error(exc))
            )

        self.tasks.run(work, done, failed)
