"""The ranked suggestions for one participant: the list, the chosen one's breakdown, and who a
hard rule keeps out (collapsed, with a count).

It shows what the rules found (`desktop.matching.suggest`) and says which pair the coach
chose; the panel around it works the suggestions out and saves a proposal.
Enter or a double click on a suggestion asks for the side-by-side review.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.matching.from_index import MatchPool
from desktop.matching.profiles import MatchProfile
from desktop.matching.scoring import Component, PairScore
from desktop.matching.suggest import Suggestions
from desktop.screens.case_words import CaseWords
from desktop.screens.match_words import score_text
from desktop.screens.matching_models import TextTableModel
from desktop.screens.matching_rows import (
    BreakdownColumn,
    ExcludedColumn,
    SuggestionColumn,
    breakdown_rows,
    excluded_rows,
    name_of,
    other_id,
    suggestion_rows,
)
from desktop.screens.matching_tables import fit_rows, list_table, mnemonic_safe
from storage.records import Role

_SUGGESTION_WIDTHS = {
    SuggestionColumn.RANK: 36,
    SuggestionColumn.NAME: 170,
    SuggestionColumn.SCORE: 80,
    SuggestionColumn.DETAIL: 100,
}
_BREAKDOWN_WIDTHS = {BreakdownColumn.COMPONENT: 170, BreakdownColumn.POINTS: 60}
_EXCLUDED_WIDTHS = {ExcludedColumn.NAME: 220}
_NO_SUGGESTIONS = Suggestions((), ())


class RankingView(QWidget):
    """Suggestions best first, the breakdown of the chosen one, and the excluded."""

    review_requested = Signal(str, str)  # mentee id, mentor id
    propose_requested = Signal()  # for the chosen suggestion

    def __init__(self) -> None:
        super().__init__()
        self._pool: MatchPool | None = None
        self._person: MatchProfile | None = None
        self._words = CaseWords(staff={}, lists={})
        self._scores: dict[str, PairScore] = {}  # the other side's id -> the pair's score

        self.title = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.suggestion_model = TextTableModel(
            self._suggestion_titles(Role.MENTEE),
            right_aligned=(SuggestionColumn.RANK, SuggestionColumn.SCORE),
            long_texts=(SuggestionColumn.WHY,),
        )
        self.suggestions = list_table(
            self.suggestion_model, self.tr("Suggestions"), _SUGGESTION_WIDTHS
        )
        self.review_button = QPushButton(self.tr("&Review side by side…"))
        self.propose_button = QPushButton(self.tr("Propose matc&h…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.breakdown_title = QLabel()
        self.breakdown_model = TextTableModel(
            (self.tr("Component"), self.tr("Points"), self.tr("Why")),
            right_aligned=(BreakdownColumn.POINTS,),
            long_texts=(BreakdownColumn.WHY,),
        )
        self.breakdown = list_table(
            self.breakdown_model, self.tr("Breakdown of the score"), _BREAKDOWN_WIDTHS
        )
        self.excluded_toggle = QToolButton()
        self.excluded_model = TextTableModel(
            (self.tr("Name"), self.tr("Why not")), long_texts=(ExcludedColumn.REASON,)
        )
        self.excluded = list_table(
            self.excluded_model, self.tr("Excluded by a hard rule"), _EXCLUDED_WIDTHS
        )
        self._lay_out()
        self._connect()
        self.show_ranking(None, _NO_SUGGESTIONS, None, self._words, date.min)

    def _suggestion_titles(self, person_role: Role) -> tuple[str, ...]:
        # Mentors are suggested with their free places, mentees with their wait.
        detail = self.tr("Free places") if person_role is Role.MENTEE else self.tr("Waited")
        return (self.tr("#"), self.tr("Name"), self.tr("Score"), detail, self.tr("Why"))

    def _lay_out(self) -> None:
        self.excluded_toggle.setCheckable(True)
        self.excluded_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.excluded_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.excluded_toggle.setAutoRaise(True)
        self.excluded.hide()
        fit_rows(self.breakdown, len(Component))
        for label, table in (
            (self.title, self.suggestions),
            (self.breakdown_title, self.breakdown),
        ):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setBuddy(table)
        actions = QHBoxLayout()
        actions.addWidget(self.review_button)
        actions.addWidget(self.propose_button)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addWidget(self.suggestions, 3)
        column.addLayout(actions)
        column.addWidget(self.message)
        column.addSpacing(6)
        column.addWidget(self.breakdown_title)
        column.addWidget(self.breakdown)
        column.addWidget(self.excluded_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.excluded, 2)

    def _connect(self) -> None:
        self.suggestions.keep_current_across_resets(
            self.suggestion_model.key, self.suggestion_model.row_of
        )
        self.suggestions.selectionModel().currentRowChanged.connect(self._show_breakdown)
        self.suggestions.row_chosen.connect(lambda _row: self.review())
        self.review_button.clicked.connect(self.review)
        self.propose_button.clicked.connect(self.propose_requested)
        self.excluded_toggle.toggled.connect(self._show_excluded)

    # --- public ---------------------------------------------------------------------------

    def focus_order(self) -> tuple[QWidget, ...]:
        """The widgets Tab goes through, in order."""
        return (
            self.suggestions,
            self.review_button,
            self.propose_button,
            self.breakdown,
            self.excluded_toggle,
            self.excluded,
        )

    def show_ranking(
        self,
        person: MatchProfile | None,
        found: Suggestions,
        pool: MatchPool | None,
        words: CaseWords,
        today: date,
    ) -> None:
        """Show what was found for `person` (None: nobody chosen); the best suggestion is
        chosen for someone new, the same one as before for the same person."""
        same_person = (
            person is not None and self._person is not None and person.id == self._person.id
        )
        self._person, self._pool, self._words = person, pool, words
        self._scores = (
            {other_id(item.score, person): item.score for item in found.ranked} if person else {}
        )
        if person is None or pool is None:
            self.title.setText(self.tr("Su&ggestions"))
            self.summary.setText(self.tr("Choose a mentee or a mentor on the left."))
            self.suggestion_model.set_rows([])
        else:
            role = Role(person.role)
            self.suggestion_model.set_titles(self._suggestion_titles(role))
            self.title.setText(
                self.tr("Su&ggestions for {name}").format(
                    name=mnemonic_safe(name_of(pool, person.id))
                )
            )
            self.summary.setText(self._summary(role, found))
            self.suggestion_model.set_rows(suggestion_rows(found, person, pool, words, today))
            if not same_person:
                self.suggestions.select_row(0)
        self._show_exclusions(found, pool)
        self._show_breakdown()

    def current_score(self) -> PairScore | None:
        """The score of the chosen suggestion."""
        key = self.suggestion_model.key(self.suggestions.currentIndex().row())
        return self._scores.get(key) if key is not None else None

    def review(self) -> None:
        """Ask for the side-by-side review of the chosen pair (mentee first, always)."""
        score = self.current_score()
        if score is not None:
            self.review_requested.emit(score.mentee_id, score.mentor_id)

    # --- reacting -------------------------------------------------------------------------

    def _summary(self, role: Role, found: Suggestions) -> str:
        if found.ranked:
            text = self.tr("The best first. Ranked: {ranked}; excluded by a hard rule: {excluded}.")
            return text.format(ranked=len(found.ranked), excluded=len(found.excluded))
        if role is Role.MENTEE:
            return self.tr("No mentor can be suggested: see who is excluded, and why, below.")
        return self.tr("No mentee can be suggested: see who is excluded, and why, below.")

    def _show_exclusions(self, found: Suggestions, pool: MatchPool | None) -> None:
        self.excluded_model.set_rows(excluded_rows(found, pool) if pool is not None else [])
        count = self.excluded_model.rowCount()
        self.excluded_toggle.setText(
            self.tr("E&xcluded by a hard rule: {count}").format(count=count)
        )
        self.excluded_toggle.setEnabled(count > 0)

    def _show_excluded(self, shown: bool) -> None:
        self.excluded.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.excluded_toggle.setArrowType(arrow)

    def _show_breakdown(self, *_indexes: object) -> None:
        score = self.current_score()
        self.review_button.setEnabled(score is not None)
        self.propose_button.setEnabled(score is not None)
        if score is None or self._pool is None or self._person is None:
            self.breakdown_title.setText(self.tr("&Breakdown"))
            self.breakdown_model.set_rows([])
            return
        other = other_id(score, self._person)
        self.breakdown_title.setText(
            self.tr("&Breakdown: {name}, {score}").format(
                name=mnemonic_safe(name_of(self._pool, other)), score=score_text(score.total)
            )
        )
        self.breakdown_model.set_rows(breakdown_rows(score, self._words))
