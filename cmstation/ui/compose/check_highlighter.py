"""Underlines the reply checker's findings in the composer (wavy, coloured by severity).

Findings index the text in Python characters; Qt positions count UTF-16 units. The two
differ after an emoji outside the Basic Multilingual Plane, so offsets are mapped here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from cmstation.compose import Finding, Severity
from cmstation.ui.common.theme import colour

_SEVERITY_ROLES = {Severity.INFO: "info", Severity.WARNING: "warning", Severity.ERROR: "error"}


def severity_colour(severity: Severity) -> QColor:
    """The colour of a finding's severity in the current palette (light or dark)."""
    return colour(_SEVERITY_ROLES[severity])


class Utf16Map:
    """Python index <-> UTF-16 position for one text."""

    def __init__(self, text: str) -> None:
        # indexes (in Python characters) of characters that take two UTF-16 units
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._wide_u16 = [i + n for n, i in enumerate(self._wide)]

    def to_qt(self, index: int) -> int:
        if not self._wide:
            return index
        return index + bisect_right(self._wide, index - 1)

    def from_qt(self, pos: int) -> int:
        if not self._wide:
            return pos
        return pos - bisect_right(self._wide_u16, pos - 2)


def finding_format(finding: Finding, message: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(severity_colour(finding.severity))
    fmt.setToolTip(message)
    return fmt


class CheckHighlighter(QSyntaxHighlighter):
    """Set :meth:`set_findings` after each check; the underlines follow."""

    def __init__(self, document: QTextDocument, translate=None) -> None:
        super().__init__(document)
        self._findings: tuple[Finding, ...] = ()
        self._spans: list[tuple[int, int, Finding]] = []  # Qt positions
        self._translate = translate

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._findings

    def set_findings(self, findings: Sequence[Finding], text: str) -> None:
        self._findings = tuple(findings)
        umap = Utf16Map(text)
        self._spans = [
            (umap.to_qt(f.start), umap.to_qt(f.end), f) for f in self._findings if f.end > f.start
        ]
        self.rehighlight()

    def spans(self) -> list[tuple[int, int, Finding]]:
        return list(self._spans)

    def finding_at(self, pos: int) -> Finding | None:
        """The most severe finding under Qt position ``pos``."""
        hits = [f for s, e, f in self._spans if s <= pos < e]
        return max(hits, key=lambda f: f.severity.rank, default=None)

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        block = self.currentBlock()
        b0 = block.position()
        b1 = b0 + block.length()
        # lower severities first, so the worst one wins where spans overlap
        for s, e, f in sorted(self._spans, key=lambda x: x[2].severity.rank):
            if e <= b0 or s >= b1:
                continue
            start = max(s, b0) - b0
            end = min(e, b1 - 1) - b0
            if end > start:
                msg = f.message.render(self._translate) if self._translate else str(f.message)
                self.setFormat(start, end - start, finding_format(f, msg))
