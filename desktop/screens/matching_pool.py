"""The whole-pool proposal: the best set of pairs for everyone waiting, reviewed pair by pair.

The proposal is worked out on a worker thread from a snapshot of the pool, then shown as it
was: nothing is saved until the coach confirms a pair, one at a time. When cases change
meanwhile, the proposal stays on screen (pairs already confirmed stay confirmed) and a note
says so; confirming a pair still goes through the workflow, which refuses what is no longer
allowed, and the row says why.
Keyboard: Enter on a pair opens the side-by-side review; on a mentee without a match, their case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.error_text import error_text
from desktop.matching.assignment import PoolProposal, propose_pool
from desktop.matching.from_index import MatchPool
from desktop.matching.scoring import PairScore
from desktop.matching.weights import MatchSettings
from desktop.screens.case_words import CaseWords
from desktop.screens.match_words import score_text
from desktop.screens.matching_actions import save_proposal
from desktop.screens.matching_models import TextTableModel
from desktop.screens.matching_rows import (
    PairColumn,
    PairDecision,
    UnmatchedColumn,
    pair_row,
    unmatched_rows,
)
from desktop.screens.matching_tables import chain_tab_order, list_table
from desktop.session import Session
from desktop.tasks import Task, run_task
from storage.errors import DuoError

_PAIR_WIDTHS = {
    PairColumn.MENTEE: 165,
    PairColumn.WAITED: 90,
    PairColumn.MENTOR: 165,
    PairColumn.SCORE: 80,
    PairColumn.DECISION: 210,
}
_UNMATCHED_WIDTHS = {
    UnmatchedColumn.MENTEE: 180,
    UnmatchedColumn.WAITED: 90,
    UnmatchedColumn.BEST: 260,
}
# What the coach may still do with a pair, by its state: a confirmed pair is saved for good.
_CAN_CONFIRM = frozenset({PairDecision.OPEN, PairDecision.SKIPPED, PairDecision.FAILED})
_CAN_SKIP = frozenset({PairDecision.OPEN, PairDecision.FAILED})


class PoolPanel(QWidget):
    """The proposal for everyone waiting, with the coach's decision on each pair."""

    open_case = Signal(str)  # participant id
    review_requested = Signal(str, str)  # mentee id, mentor id

    def __init__(self, session: Session, context: AppContext, today: Callable[[], date]) -> None:
        super().__init__()
        self.session = session
        self.context = context
        self._today = today
        self._pool: MatchPool | None = None
        self._settings = MatchSettings()
        self._words = CaseWords(staff={}, lists={})
        self._task: Task | None = None
        # The proposal shown, and the pool and day it was worked out for.
        self._proposal: PoolProposal | None = None
        self._proposed_from: MatchPool | None = None
        self._proposed_on = date.min
        self._decisions: dict[str, tuple[PairDecision, str]] = {}  # mentee id -> decision
        self._saving: str | None = None  # the mentee whose pair is being saved right now

        self.run_button = QPushButton(self.tr("Propose for everyone &waiting…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Working out the proposal"))
        self.busy.hide()
        self.summary = QLabel(
            self.tr(
                "Duo proposes, for every waiting mentee at once, the pairs with the best total "
                "score within every mentor's free places; a long wait raises a mentee's "
                "priority. Nothing is saved until you confirm a pair."
            )
        )
        self.summary.setWordWrap(True)
        self.stale_note = QLabel(
            self.tr(
                "Participants changed since this proposal was worked out. Confirming a pair "
                "checks it again; propose again for a fresh proposal."
            )
        )
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet("color: #9a6200;")
        self.stale_note.hide()
        self.pairs_title = QLabel(self.tr("Pa&irs proposed"))
        self.pair_model = TextTableModel(
            (
                self.tr("Mentee"),
                self.tr("Waited"),
                self.tr("Mentor"),
                self.tr("Score"),
                self.tr("Why"),
                self.tr("Decision"),
            ),
            right_aligned=(PairColumn.SCORE,),
            long_texts=(PairColumn.WHY, PairColumn.DECISION),
        )
        self.pairs = list_table(
            self.pair_model, self.tr("Pairs proposed"), _PAIR_WIDTHS, PairColumn.WHY
        )
        self.confirm_button = QPushButton(self.tr("&Confirm pair"))
        self.skip_button = QPushButton(self.tr("&Skip pair"))
        self.review_button = QPushButton(self.tr("&Review side by side…"))
        self.unmatched_title = QLabel(self.tr("&No good match"))
        self.unmatched_model = TextTableModel(
            (self.tr("Mentee"), self.tr("Waited"), self.tr("Why"), self.tr("Best mentor")),
            long_texts=(UnmatchedColumn.REASON, UnmatchedColumn.BEST),
        )
        self.unmatched = list_table(
            self.unmatched_model,
            self.tr("Mentees with no good match"),
            _UNMATCHED_WIDTHS,
            UnmatchedColumn.REASON,
        )
        self.open_button = QPushButton(self.tr("Open c&ase"))

        self._lay_out()
        self._connect()
        self._enable_actions()

    # --- building -------------------------------------------------------------------------

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.busy)
        top.addStretch(1)
        pair_actions = QHBoxLayout()
        for button in (self.confirm_button, self.skip_button, self.review_button):
            pair_actions.addWidget(button)
        pair_actions.addStretch(1)
        unmatched_actions = QHBoxLayout()
        unmatched_actions.addWidget(self.open_button)
        unmatched_actions.addStretch(1)

        sections = QSplitter(Qt.Orientation.Vertical)
        sections.setChildrenCollapsible(False)
        for title, table, actions in (
            (self.pairs_title, self.pairs, pair_actions),
            (self.unmatched_title, self.unmatched, unmatched_actions),
        ):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setBuddy(table)
            section = QWidget()
            column = QVBoxLayout(section)
            column.setContentsMargins(0, 6, 0, 0)
            column.addWidget(title)
            column.addWidget(table, 1)
            column.addLayout(actions)
            sections.addWidget(section)
        # The pairs are the coach's work list: they get two thirds of the height.
        sections.setStretchFactor(0, 2)
        sections.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stale_note)
        layout.addWidget(sections, 1)
        order = (
            self.run_button,
            self.pairs,
            self.confirm_button,
            self.skip_button,
            self.review_button,
            self.unmatched,
            self.open_button,
        )
        chain_tab_order(self, order)

    def _connect(self) -> None:
        self.run_button.clicked.connect(self.propose_for_everyone)
        self.pairs.selectionModel().currentRowChanged.connect(self._enable_actions)
        self.pairs.row_chosen.connect(lambda _row: self.review())
        self.confirm_button.clicked.connect(self.confirm)
        self.skip_button.clicked.connect(self.skip)
        self.review_button.clicked.connect(self.review)
        self.unmatched.selectionModel().currentRowChanged.connect(self._enable_actions)
        self.unmatched.row_chosen.connect(lambda _row: self._open_unmatched())
        self.open_button.clicked.connect(self._open_unmatched)

    # --- public ---------------------------------------------------------------------------

    def set_pool(self, pool: MatchPool, settings: MatchSettings, words: CaseWords) -> None:
        """The pool the next proposal is worked out from; the one shown stays as it is."""
        self._pool, self._settings, self._words = pool, settings, words

    def note_change(self, case_id: str = "") -> None:
        """Cases or settings changed: say the proposal shown may be out of date."""
        if self._proposal is not None and case_id != self._saving:
            self.stale_note.show()

    def is_running(self) -> bool:
        """Whether a proposal is being worked out."""
        return self._task is not None

    def propose_for_everyone(self) -> None:
        """Work the proposal out on a worker thread; the window stays responsive."""
        pool = self._pool
        if pool is None or self._task is not None:
            return
        settings, today = self._settings, self._today()
        self.run_button.setEnabled(False)
        self.busy.show()
        self._task = run_task(
            self,
            lambda _progress: propose_pool(
                pool.mentees, pool.mentors, settings, pool.declined, today
            ),
            lambda proposal: self._show_proposal(proposal, pool, today),
            self._failed,
        )

    def current_score(self) -> PairScore | None:
        """The score of the pair chosen in the list."""
        if self._proposal is None:
            return None
        row = self.pairs.currentIndex().row()
        pairs = self._proposal.pairs
        return pairs[row].score if 0 <= row < len(pairs) else None

    def decision(self, mentee_id: str) -> PairDecision | None:
        """What the coach decided about the pair proposed for a mentee."""
        found = self._decisions.get(mentee_id)
        return found[0] if found is not None else None

    def confirm(self) -> None:
        """Save the chosen pair as a match proposal; a refusal is shown and kept on its row."""
        score = self.current_score()
        if score is None or self.decision(score.mentee_id) not in _CAN_CONFIRM:
            return
        self._saving = score.mentee_id
        try:
            error = save_proposal(self.session, self.context, self, score, self._today())
        finally:
            self._saving = None
        if error is None:
            self._decide(score, PairDecision.CONFIRMED)
        else:
            message = (
                error_text(error) if isinstance(error, DuoError) else self.tr("unexpected problem")
            )
            self._decide(score, PairDecision.FAILED, message)

    def skip(self) -> None:
        """Leave the chosen pair unsaved and go on to the next."""
        score = self.current_score()
        if score is not None and self.decision(score.mentee_id) in _CAN_SKIP:
            self._decide(score, PairDecision.SKIPPED)

    def review(self) -> None:
        """Ask for the side-by-side review of the chosen pair."""
        score = self.current_score()
        if score is not None:
            self.review_requested.emit(score.mentee_id, score.mentor_id)

    # --- reacting -------------------------------------------------------------------------

    def _show_proposal(self, proposal: PoolProposal, pool: MatchPool, today: date) -> None:
        self._task = None
        self.run_button.setEnabled(True)
        self.busy.hide()
        self.stale_note.hide()
        self._proposal, self._proposed_from, self._proposed_on = proposal, pool, today
        self._decisions = {pair.score.mentee_id: (PairDecision.OPEN, "") for pair in proposal.pairs}
        self.pair_model.set_rows(
            [
                pair_row(pair.score, pool, self._words, today, PairDecision.OPEN)
                for pair in proposal.pairs
            ]
        )
        self.unmatched_model.set_rows(unmatched_rows(proposal, pool, today))
        count = len(proposal.pairs)
        average = proposal.total / count if count else 0.0
        self.summary.setText(
            self.tr(
                "Pairs proposed: {pairs} for {mentees} waiting mentees; total score {total} "
                "(on average {average}). Nothing is saved until you confirm a pair."
            ).format(
                pairs=count,
                mentees=len(pool.mentees),
                total=round(proposal.total),
                average=score_text(average),
            )
        )
        self.pairs.select_row(0)
        self._enable_actions()
        if count:
            self.pairs.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.run_button.setEnabled(True)
        self.busy.hide()
        self.context.dialogs.report(self, error)

    def _decide(self, score: PairScore, decision: PairDecision, message: str = "") -> None:
        pool = self._proposed_from
        if pool is None:
            return
        self._decisions[score.mentee_id] = (decision, message)
        row = self.pair_model.row_of(score.mentee_id)
        self.pair_model.replace_row(
            row, pair_row(score, pool, self._words, self._proposed_on, decision, message)
        )
        if decision is not PairDecision.FAILED:
            self._go_to_next_open(row)
        self._enable_actions()

    def _go_to_next_open(self, after: int) -> None:
        rows = self.pair_model.rowCount()
        for row in (*range(after + 1, rows), *range(after)):
            key = self.pair_model.key(row)
            if key is not None and self.decision(key) is PairDecision.OPEN:
                self.pairs.select_row(row)
                return

    def _enable_actions(self, *_indexes: object) -> None:
        score = self.current_score()
        decision = self.decision(score.mentee_id) if score is not None else None
        self.confirm_button.setEnabled(decision in _CAN_CONFIRM)
        self.skip_button.setEnabled(decision in _CAN_SKIP)
        self.review_button.setEnabled(score is not None)
        self.open_button.setEnabled(self.unmatched.currentIndex().isValid())

    def _open_unmatched(self) -> None:
        mentee = self.unmatched_model.key(self.unmatched.currentIndex().row())
        if mentee is not None:
            self.open_case.emit(mentee)
