"""The middle of the review: a pair's total score, what keeps it from being proposed, and one
row per component (its name, a bar for how well it fits, its points, and why).

It shows what it is given: the score comes from `desktop.matching.scoring`, the sentences
from `match_words`, so the review explains a score exactly as the suggestions do.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.matching.scoring import Component, PairScore, Part
from desktop.screens.case_words import CaseWords
from desktop.screens.match_words import component_label, part_text, score_text

# A warning keeps its own text and background colours, so it reads the same in any theme.
_BLOCKER_STYLE = (
    "QLabel { color: #5f2120; background-color: #fdecea; border: 1px solid #c62828; "
    "border-radius: 4px; padding: 8px; font-weight: bold; }"
)
_BAR_HEIGHT = 10  # pixels: a bar to glance at, not a control


class PartRow(QWidget):
    """One component: its name and points, a bar for how well it fits, and why."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.points = QLabel(self)
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(_BAR_HEIGHT)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(0, 1)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.points, 0, 1)
        grid.addWidget(self.bar, 1, 0, 1, 2)
        grid.addWidget(self.reason, 2, 0, 1, 2)


class ScoreBreakdown(QScrollArea):
    """The score of one pair, explained part by part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Ctrl+2 lands here; arrows scroll
        self.setAccessibleName(self.tr("Score breakdown"))
        content = QWidget(self)
        self.total = QLabel(content)
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.total.setFont(font)
        self.total.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.blocker = QLabel(content)
        self.blocker.setWordWrap(True)
        self.blocker.setStyleSheet(_BLOCKER_STYLE)
        self.blocker.setTextFormat(Qt.TextFormat.PlainText)
        self.blocker.hide()
        self.note = QLabel(
            self.tr(
                "A score only proposes: check the pair yourself before you propose it. The "
                "weights are set in Programme › Settings."
            ),
            content,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self._parts = QVBoxLayout()
        self._parts.setSpacing(14)
        self.rows: list[PartRow] = []
        layout = QVBoxLayout(content)
        layout.addWidget(self.total)
        layout.addWidget(self.blocker)
        layout.addSpacing(8)
        layout.addLayout(self._parts)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setWidget(content)

    def show_score(
        self, score: PairScore, most: Mapping[Component, float], words: CaseWords, blocker: str
    ) -> None:
        """Show a pair's score; `most` is what each component adds when it fits fully, and
        `blocker` (or "") says why the pair cannot be proposed now."""
        self.total.setText(score_text(score.total))
        self.blocker.setText(blocker)
        self.blocker.setVisible(bool(blocker))
        while len(self.rows) < len(score.parts):
            self._add_row()
        for row, part in zip(self.rows, score.parts, strict=False):
            self._show_part(row, part, most[part.component], words)
        descriptions = [
            self.tr("{component}: {points}").format(
                component=row.name.text(), points=row.points.text()
            )
            for row in self.rows
        ]
        self.setAccessibleDescription(
            "; ".join([self.total.text(), *([blocker] if blocker else []), *descriptions])
        )

    def _add_row(self) -> None:
        row = PartRow(self.widget())
        self._parts.addWidget(row)
        self.rows.append(row)

    def _show_part(self, row: PartRow, part: Part, most: float, words: CaseWords) -> None:
        name = component_label(part.component)
        row.name.setText(name)
        row.bar.setValue(round(part.fraction * 100))
        row.bar.setAccessibleName(
            self.tr("{component}: fits {percent}%").format(
                component=name, percent=round(part.fraction * 100)
            )
        )
        if most:
            row.points.setText(
                self.tr("{points} of {most}").format(points=round(part.points), most=round(most))
            )
        else:
            row.points.setText(self.tr("not counted"))
        row.reason.setText(part_text(part, words))
