"""Suggestions for one participant: mentors for a waiting mentee, or mentees for a mentor.

On the left, the people to match (waiting mentees, the longest wait first, or mentors with a
free place); on the right, the ranking for the one chosen (`matching_ranking`). Suggestions
are worked out when the choice on the left changes, never per keystroke of the name filter.
Keyboard: Ctrl+F goes to the name filter, Enter there to the suggestions; Enter on a person
opens their case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.matching.from_index import MatchPool
from desktop.matching.suggest import Suggestions, suggest_mentees, suggest_mentors
from desktop.matching.weights import MatchSettings
from desktop.screens.case_words import CaseWords
from desktop.screens.match_words import score_text
from desktop.screens.matching_actions import save_proposal
from desktop.screens.matching_models import TextRow, TextTableModel
from desktop.screens.matching_ranking import RankingView
from desktop.screens.matching_rows import (
    PeopleColumn,
    filter_by_name,
    name_of,
    people_rows,
    search_keys,
)
from desktop.screens.matching_tables import chain_tab_order, list_table
from desktop.session import Session
from storage.records import Role
from widgets.search_field import SearchField

_PEOPLE_WIDTHS = {PeopleColumn.DETAIL: 110}


class SuggestionsPanel(QWidget):
    """The people to match on the left, the suggestions for the one chosen on the right."""

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
        self._keys: dict[str, str] = {}
        self._people: list[TextRow] = []
        self._shown_for: str | None = None  # whose suggestions are shown (None: work out again)

        self.mentees_choice = QRadioButton(self.tr("&Mentees waiting"))
        self.mentors_choice = QRadioButton(self.tr("Mentors with free p&laces"))
        self.mentees_choice.setChecked(True)
        self._roles = QButtonGroup(self)
        self._roles.addButton(self.mentees_choice)
        self._roles.addButton(self.mentors_choice)
        self.search = SearchField(self.tr("Part of a name"))
        self.people_model = TextTableModel(self._people_titles())
        self.people = list_table(
            self.people_model, self.tr("People to match"), _PEOPLE_WIDTHS, PeopleColumn.NAME
        )
        self.open_button = QPushButton(self.tr("Open &case"))
        self.open_button.setEnabled(False)
        self.ranking = RankingView()
        self._lay_out()
        self._connect()

    def _people_titles(self) -> tuple[str, str]:
        if self._role() is Role.MENTEE:
            return self.tr("Name"), self.tr("Waited")
        return self.tr("Name"), self.tr("Free places")

    def _lay_out(self) -> None:
        roles = QHBoxLayout()
        roles.addWidget(self.mentees_choice)
        roles.addWidget(self.mentors_choice)
        roles.addStretch(1)
        search = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        search.addWidget(search_label)
        search.addWidget(self.search, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addLayout(roles)
        column.addLayout(search)
        column.addWidget(self.people, 1)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.ranking)
        # The suggestions and their reasons need the room; names and waits are short.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        chain_tab_order(
            self,
            (
                self.mentees_choice,
                self.mentors_choice,
                self.search,
                self.people,
                self.open_button,
                *self.ranking.focus_order(),
            ),
        )

    def _connect(self) -> None:
        self.search.set_results_view(self.people)
        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self._to_suggestions)
        self._roles.buttonToggled.connect(self._role_switched)
        self.people.keep_current_across_resets(self.people_model.key, self.people_model.row_of)
        self.people.selectionModel().currentRowChanged.connect(self._person_chosen)
        self.people.row_chosen.connect(lambda _row: self._open_person())
        self.open_button.clicked.connect(self._open_person)
        self.ranking.review_requested.connect(self.review_requested)
        self.ranking.propose_requested.connect(self.propose)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

    # --- public ---------------------------------------------------------------------------

    def set_pool(self, pool: MatchPool, settings: MatchSettings, words: CaseWords) -> None:
        """Show this pool, keeping the role, the filter and the chosen person if still there."""
        self._pool, self._settings, self._words = pool, settings, words
        self._keys = search_keys(pool)
        self._people = people_rows(pool, self._role(), self._today())
        self._shown_for = None  # the pool changed: work the suggestions out again
        self._apply_filter()
        self._person_chosen()

    def show_role(self, role: Role) -> None:
        """List the waiting mentees, or the mentors with free places."""
        choice = self.mentees_choice if role is Role.MENTEE else self.mentors_choice
        choice.setChecked(True)

    def choose(self, participant_id: str) -> bool:
        """Make a participant on the left the chosen one; False if not listed."""
        row = self.people_model.row_of(participant_id)
        if row >= 0:
            self.people.select_row(row)
        return row >= 0

    def focus_search(self) -> None:
        """Put the cursor in the name filter, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def propose(self) -> None:
        """Propose the chosen pair once the coach confirms; the workflow re-checks it."""
        score = self.ranking.current_score()
        if score is None or self._pool is None:
            return
        mentee, mentor = name_of(self._pool, score.mentee_id), name_of(self._pool, score.mentor_id)
        question = self.tr(
            "Propose {mentor} as the mentor of {mentee} ({score})? The mentee's path moves "
            "to matching. Next, ask the mentor: they receive the mentee's CV and profile."
        ).format(mentor=mentor, mentee=mentee, score=score_text(score.total))
        if not self.context.dialogs.confirm(
            self, self.tr("Propose a match"), question, self.tr("Propose")
        ):
            return
        self.ranking.message.clear()
        if save_proposal(self.session, self.context, self, score, self._today()) is None:
            self.ranking.message.setText(
                self.tr(
                    "Proposed {mentor} as the mentor of {mentee}. Next: ask the mentor."
                ).format(mentor=mentor, mentee=mentee)
            )

    # --- reacting -------------------------------------------------------------------------

    def _role(self) -> Role:
        return Role.MENTEE if self.mentees_choice.isChecked() else Role.MENTOR

    def _role_switched(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        self.people_model.set_titles(self._people_titles())
        if self._pool is not None:
            self._people = people_rows(self._pool, self._role(), self._today())
            self._apply_filter()
            self._person_chosen()

    def _apply_filter(self) -> None:
        self.people_model.set_rows(filter_by_name(self._people, self._keys, self.search.text()))
        if self.people_model.rowCount() == 0:
            self._person_chosen()

    def _to_suggestions(self) -> None:
        if self.ranking.suggestion_model.rowCount():
            self.ranking.suggestions.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_person(self) -> None:
        person = self.people_model.key(self.people.currentIndex().row())
        if person is not None:
            self.open_case.emit(person)

    def _person_chosen(self, *_indexes: object) -> None:
        person_id = self.people_model.key(self.people.currentIndex().row())
        if person_id == self._shown_for and person_id is not None:
            return
        self._shown_for = person_id
        pool, today = self._pool, self._today()
        person = pool.profiles.get(person_id) if pool is not None and person_id else None
        self.open_button.setEnabled(person is not None)
        if pool is None or person is None:
            self.ranking.show_ranking(None, Suggestions((), ()), pool, self._words, today)
            return
        if person.role == Role.MENTEE:
            found = suggest_mentors(person, pool.mentors, self._settings, pool.declined, today)
        else:
            found = suggest_mentees(person, pool.mentees, self._settings, pool.declined, today)
        self.ranking.show_ranking(person, found, pool, self._words, today)
