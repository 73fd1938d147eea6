"""Settings, matching page: how much each part of a match counts, when a generalist mentor
comes in, the lowest score the whole-pool proposal accepts, and a live preview.

The preview ranks the mentors for one waiting mentee with the weights as they stand on the
page, every time one changes, and shows how each rank moved against the saved weights, so
the coordinator sees what a change does before pressing OK. Nothing is stored here: the
dialog asks `edited(profile)` on OK.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.matching.from_index import MatchPool, match_settings
from desktop.matching.profiles import MatchProfile
from desktop.matching.scoring import Component, PairScore
from desktop.matching.suggest import suggest_mentors
from desktop.matching.weights import DEFAULT_WEIGHTS, MAX_WEIGHT, MIN_WEIGHT, MatchSettings, Weights
from desktop.models.participants import wait_text
from desktop.screens.case_pages import note_label
from desktop.screens.case_words import CaseWords
from desktop.screens.match_words import component_label, part_text, score_text
from storage.programme import ProgrammeProfile

PREVIEW_SIZE = 5  # mentors shown: what a coach reads before looking further
MAX_GENERALIST_WEEKS = 52
DAYS_PER_WEEK = 7
_Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def component_hint(component: Component) -> str:
    """What a score component measures, in one line."""
    return {
        Component.JOB: translate(
            "MatchingSettings", "The mentor's occupation or sector against the mentee's job target"
        ),
        Component.PLACE: translate(
            "MatchingSettings", "How close they live; a mentee who drives counts as closer"
        ),
        Component.AVAILABILITY: translate(
            "MatchingSettings", "Moments of the week when both are free"
        ),
        Component.LANGUAGES: translate(
            "MatchingSettings", "A language both speak, at the mentee's level"
        ),
        Component.PREFERENCES: translate(
            "MatchingSettings", "The mentee's wishes about the mentor's gender and age"
        ),
        Component.INTERESTS: translate("MatchingSettings", "Interests both named at the intake"),
        Component.WAITING: translate(
            "MatchingSettings", "How long the mentee has waited: decides who gets a mentor first"
        ),
    }[component]


def weights_to_store(stored: Mapping[str, int], weights: Weights) -> Mapping[str, int]:
    """What the programme keeps for these weights: the stored mapping when nothing changed
    (so opening and closing Settings writes nothing), empty for the defaults (so the
    programme follows Duo's defaults), else every weight."""
    if weights == Weights.from_dict(stored):
        return stored
    return {} if weights == DEFAULT_WEIGHTS else weights.as_dict()


def move_text(rank: int, saved_rank: int | None) -> str:
    """How a rank in the preview moved against the saved settings, in a few characters:
    "▲2", "▼1", "" when it stayed, or "new" for a mentor who was not among the best shown."""
    if saved_rank is None or saved_rank > PREVIEW_SIZE:
        return translate("MatchingSettings", "new")
    if saved_rank > rank:
        return translate("MatchingSettings", "▲{places}").format(places=saved_rank - rank)
    if saved_rank < rank:
        return translate("MatchingSettings", "▼{places}").format(places=rank - saved_rank)
    return ""


@dataclass(frozen=True)
class PreviewRow:
    """One mentor in the preview."""

    rank: int
    name: str
    score: PairScore
    saved_rank: int | None  # with the saved settings; None when not ranked then
    below_minimum: bool


class PreviewModel(QAbstractTableModel):
    """The top mentors for the sample mentee: rank, name, score and move."""

    RANK, MENTOR, SCORE, MOVE = range(4)

    def __init__(self, words: CaseWords) -> None:
        super().__init__()
        self._words = words
        self.rows: list[PreviewRow] = []

    def set_rows(self, rows: Iterable[PreviewRow]) -> None:
        """Show these mentors."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        """One row per mentor shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        """Rank, mentor, score, move."""
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.RANK: self.tr("Rank"),
            self.MENTOR: self.tr("Mentor"),
            self.SCORE: self.tr("Score"),
            self.MOVE: self.tr("Change"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows; the score's tooltip explains it part by part."""
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.MENTOR:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: PreviewRow, column: int) -> str:
        if column == self.RANK:
            return str(row.rank)
        if column == self.MENTOR:
            return row.name
        if column == self.SCORE:
            return score_text(row.score.total)
        return move_text(row.rank, row.saved_rank)

    def _tooltip(self, row: PreviewRow, column: int) -> str | None:
        if column == self.SCORE:
            lines = [
                self.tr("{part}: {points} points — {why}").format(
                    part=component_label(part.component),
                    points=round(part.points),
                    why=part_text(part, self._words),
                )
                for part in row.score.parts
            ]
            if row.below_minimum:
                lines.append(self.tr("Below the lowest score the whole-pool proposal accepts."))
            return "\n".join(lines)
        if column == self.MOVE:
            if row.saved_rank is None:
                return self.tr("Not ranked with the saved settings.")
            return self.tr("Rank {rank} with the saved settings.").format(rank=row.saved_rank)
        return None


class MatchingSettingsPage(QWidget):
    """Weights, the generalist wait, the lowest score, and the preview; kept until OK."""

    def __init__(
        self,
        profile: ProgrammeProfile,
        pool: MatchPool,
        words: CaseWords,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._saved = saved = match_settings(profile)
        self._pool = pool
        self._today = today
        self._saved_ranks: dict[str, dict[str, int]] = {}  # mentee id → mentor id → rank

        self.sliders: dict[Component, QSlider] = {}
        self.values: dict[Component, QLabel] = {}
        weights_box = self._weights_box(saved.weights)

        self.generalist_weeks = QSpinBox()
        self.generalist_weeks.setRange(1, MAX_GENERALIST_WEEKS)
        self.generalist_weeks.setSuffix(self.tr(" weeks"))
        self.generalist_weeks.setValue(_weeks(saved.generalist_after_days))
        self.min_score = QSpinBox()
        self.min_score.setRange(0, 100)
        self.min_score.setSuffix(self.tr(" / 100"))
        self.min_score.setValue(max(0, min(100, saved.min_score)))
        for spin in (self.generalist_weeks, self.min_score):
            spin.setMinimumWidth(120)
        pool_box = QGroupBox(self.tr("Proposals"))
        pool_form = QFormLayout(pool_box)
        pool_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # A long label (in French, say) goes above its field instead of being squeezed away.
        pool_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        pool_form.addRow(self.tr("Propose a ge&neralist mentor after:"), self.generalist_weeks)
        pool_form.addRow(
            note_label(self.tr("of waiting, when no mentor works in the mentee's field."))
        )
        pool_form.addRow(self.tr("Lowest &score the whole-pool proposal accepts:"), self.min_score)

        self.reset_button = QPushButton(self.tr("&Reset to defaults"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.setToolTip(self.tr("Cancel undoes it, as every change on this page."))
        self.reset_button.clicked.connect(self.reset_to_defaults)

        left = QVBoxLayout()
        left.addWidget(weights_box)
        left.addWidget(pool_box)
        left.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self._preview_box(words), 2)

        for slider in self.sliders.values():
            slider.valueChanged.connect(self._weights_changed)
        self.generalist_weeks.valueChanged.connect(self.refresh_preview)
        self.min_score.valueChanged.connect(self.refresh_preview)
        self.mentee.currentIndexChanged.connect(self.refresh_preview)
        self._weights_changed()

    # --- building ---------------------------------------------------------------------------

    def _weights_box(self, weights: Weights) -> QGroupBox:
        box = QGroupBox(self.tr("How much each part of a match counts"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        heading = QLabel(self.tr("&Weights, from 0 (ignored) to 10 (counts most):"))
        grid.addWidget(heading, 0, 0, 1, 3)
        current = weights.as_dict()
        for number, component in enumerate(Component):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(MIN_WEIGHT, MAX_WEIGHT)
            slider.setPageStep(2)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setTickInterval(1)
            slider.setValue(current[component.value])
            slider.setAccessibleName(component_label(component))
            slider.setAccessibleDescription(component_hint(component))
            slider.setObjectName(f"weight.{component.value}")
            value = QLabel()
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("00") + 4)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QLabel(component_label(component))
            label.setBuddy(slider)
            hint = note_label(component_hint(component))
            row = 1 + 2 * number
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            # Room under each hint (however many lines it wraps to), so it reads with the
            # slider above it, not the one below.
            hint.setContentsMargins(0, 0, 0, 10)
            grid.addWidget(hint, row + 1, 0, 1, 3, Qt.AlignmentFlag.AlignTop)
            self.sliders[component] = slider
            self.values[component] = value
        heading.setBuddy(self.sliders[Component.JOB])
        return box

    def _preview_box(self, words: CaseWords) -> QGroupBox:
        box = QGroupBox(self.tr("Preview"))
        self.mentee = QComboBox()
        today = self._today()
        for profile in self._pool.mentees:
            self.mentee.addItem(self._mentee_text(profile, today), profile.id)
        self.mentee.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mentee.setMinimumContentsLength(16)
        mentee_label = QLabel(self.tr("Sample &mentee:"))
        mentee_label.setBuddy(self.mentee)
        self.model = PreviewModel(words)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreviewModel.MENTOR, QHeaderView.ResizeMode.Stretch)
        self.message = _wrapped()
        self.left_top = _wrapped()
        explanation = note_label(
            self.tr(
                "The best {count} mentors for this mentee with the settings as they are "
                "now. ▲ and ▼ show how far each moved against the saved settings; “new”, "
                "that they were not among the best {count} before. Point at a score for its "
                "parts."
            ).format(count=PREVIEW_SIZE)
        )
        # Exactly the rows shown, so the explanation stays right under them.
        rows = self.table.verticalHeader().defaultSectionSize() * PREVIEW_SIZE
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header.sizeHint().height() + rows + frame)
        column = QVBoxLayout(box)
        column.addWidget(mentee_label)
        column.addWidget(self.mentee)
        column.addWidget(self.table)
        column.addWidget(self.message)
        column.addWidget(self.left_top)
        column.addWidget(explanation)
        column.addStretch(1)
        if not self._pool.mentees:
            for widget in (mentee_label, self.mentee, self.table, explanation):
                widget.hide()
            _show(
                self.message,
                self.tr(
                    "The preview needs a mentee on the waiting list. Once a mentee is "
                    "accepted, their suggested mentors show here as you change the weights."
                ),
            )
        return box

    def _mentee_text(self, mentee: MatchProfile, today: date) -> str:
        entry = self._pool.entries.get(mentee.id)
        name = entry.display_name if entry is not None else mentee.id
        if mentee.waiting_since is None:
            return name
        return self.tr("{name} (waiting {wait})").format(
            name=name, wait=wait_text(mentee.waiting_since, today)
        )

    # --- values -----------------------------------------------------------------------------

    def weights(self) -> Weights:
        """The weights as set on the page."""
        return Weights(**{c.value: slider.value() for c, slider in self.sliders.items()})

    def generalist_after_days(self) -> int:
        """The generalist wait in days; the saved number when its weeks were not changed."""
        weeks = self.generalist_weeks.value()
        saved = self._saved.generalist_after_days
        return saved if weeks == _weeks(saved) else weeks * DAYS_PER_WEEK

    def settings(self) -> MatchSettings:
        """Everything on the page, as the matching rules take it."""
        return MatchSettings(
            weights=self.weights(),
            generalist_after_days=self.generalist_after_days(),
            min_score=self.min_score.value(),
        )

    def edited(self, profile: ProgrammeProfile) -> ProgrammeProfile:
        """`profile` with the matching settings of this page."""
        return dataclasses.replace(
            profile,
            match_weights=weights_to_store(self._profile.match_weights, self.weights()),
            generalist_after_days=self.generalist_after_days(),
            min_match_score=self.min_score.value(),
        )

    def reset_to_defaults(self) -> None:
        """Duo's own weights and thresholds on the page (stored only on OK)."""
        defaults = MatchSettings()
        for component, slider in self.sliders.items():
            slider.setValue(getattr(defaults.weights, component.value))
        self.generalist_weeks.setValue(_weeks(defaults.generalist_after_days))
        self.min_score.setValue(defaults.min_score)

    # --- preview ----------------------------------------------------------------------------

    def _weights_changed(self) -> None:
        for component, slider in self.sliders.items():
            self.values[component].setText(str(slider.value()))
        self.refresh_preview()

    def sample_mentee(self) -> MatchProfile | None:
        """The mentee the preview ranks mentors for."""
        mentee_id = self.mentee.currentData()
        return self._pool.profiles.get(mentee_id) if mentee_id else None

    def refresh_preview(self) -> None:
        """Rank the mentors for the sample mentee with the settings on the page."""
        mentee = self.sample_mentee()
        if mentee is None:
            self.model.set_rows([])
            return
        settings = self.settings()
        found = suggest_mentors(
            mentee, self._pool.mentors, settings, self._pool.declined, self._today(), PREVIEW_SIZE
        )
        saved_ranks = self._ranks_with_saved_settings(mentee)
        rows = [
            PreviewRow(
                rank=item.rank,
                name=self._name(item.score.mentor_id),
                score=item.score,
                saved_rank=saved_ranks.get(item.score.mentor_id),
                below_minimum=item.score.total < settings.min_score,
            )
            for item in found.ranked
        ]
        self.model.set_rows(rows)
        _show(
            self.message,
            ""
            if rows
            else self.tr(
                "No mentor can take this mentee now: every mentor is full, was declined "
                "before or has no language in common."
            ),
        )
        shown = {row.score.mentor_id for row in rows}
        gone = [
            self._name(mentor_id)
            for mentor_id, rank in saved_ranks.items()
            if rank <= PREVIEW_SIZE and mentor_id not in shown
        ]
        _show(
            self.left_top,
            self.tr("No longer among the best {count}: {names}.").format(
                count=PREVIEW_SIZE, names=", ".join(gone)
            )
            if gone
            else "",
        )

    def _ranks_with_saved_settings(self, mentee: MatchProfile) -> dict[str, int]:
        if mentee.id not in self._saved_ranks:
            found = suggest_mentors(
                mentee,
                self._pool.mentors,
                self._saved,
                self._pool.declined,
                self._today(),
                limit=len(self._pool.mentors),
            )
            self._saved_ranks[mentee.id] = {
                item.score.mentor_id: item.rank for item in found.ranked
            }
        return self._saved_ranks[mentee.id]

    def _name(self, participant_id: str) -> str:
        entry = self._pool.entries.get(participant_id)
        return entry.display_name if entry is not None else participant_id


def _weeks(days: int) -> int:
    return max(1, min(MAX_GENERALIST_WEEKS, round(days / DAYS_PER_WEEK)))


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are typed by people
    if not text:
        label.hide()  # until there is something to say
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
