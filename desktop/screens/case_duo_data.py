"""What the Duo page shows of a case file, gathered once per read: one duo's records (the
latest, or the one chosen), its summary (`storage.duo_summary.summarise`, the same facts the
index keeps), the names, the mentee's duos to choose from, and the texts of its lists. No
widgets: the page puts these into its sections.

    facts = DuoFacts.of(case, words, programme, today)   # None: the mentee has no duo
    facts = DuoFacts.of(case, words, programme, today, match_id)   # an earlier duo
    facts.meeting_rows()                                   # [(meeting, line), …] newest first
    facts.consented(Respondent.MENTOR)                     # may the mentor be asked?
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from desktop.i18n import shown_list
from desktop.rules.consent import EVALUATION, has_consent
from desktop.rules.duo_schedule import duo_start, interim_due_on
from desktop.rules.quality import Check, duo_checklist
from desktop.screens import case_duo_text as text
from desktop.screens.case_duo_text import DuoCounts
from desktop.screens.case_words import CaseWords, day_text
from desktop.screens.duo_words import meeting_line
from desktop.screens.today_words import criterion_label
from storage.cases import CaseFile
from storage.duo_records import (
    Agreement,
    Ending,
    Evaluation,
    EvaluationKind,
    FollowUp,
    Meeting,
    Outcome,
    Respondent,
)
from storage.duo_summary import DuoSummary, summarise
from storage.index import Index, IndexEntry, MatchEntry
from storage.programme import Programme
from storage.records import Consent, Event, Match, MatchState

END_REASONS = "end_reasons"


class _OfDuo(Protocol):
    match_id: str


R = TypeVar("R", bound=_OfDuo)
Held = TypeVar("Held", Meeting, FollowUp)


translate = QCoreApplication.translate


def _name(entry: IndexEntry | None) -> str:
    return entry.display_name if entry else translate("DuoPage", "(a participant who was erased)")


def _of(match_id: str, records: Sequence[R]) -> list[R]:
    return [record for record in records if record.match_id == match_id]


def _newest_first(records: Sequence[Held]) -> list[Held]:
    return sorted(records, key=lambda item: (item.held_on, item.created_at or 0), reverse=True)


def _summary(match: Match, case: CaseFile) -> DuoSummary:
    summary = summarise(
        match,
        agreements=case.agreements,
        meetings=case.meetings,
        follow_ups=case.follow_ups,
        endings=case.endings,
        evaluations=case.evaluations,
        outcomes=case.outcomes,
    )
    assert summary is not None  # only validated matches are summarised here
    return summary


def _choice_label(mentor: str, summary: DuoSummary) -> str:
    """How a duo is named in the page's chooser: the mentor, and when it ran."""
    start = day_text(duo_start(summary))
    if summary.ended_on is None:
        return translate("DuoPage", "Duo with {mentor} (since {start})").format(
            mentor=mentor, start=start
        )
    return translate("DuoPage", "Duo with {mentor} ({start} – ended {end})").format(
        mentor=mentor, start=start, end=day_text(summary.ended_on)
    )


@dataclass
class DuoFacts:
    """One duo of a mentee (the latest unless another was chosen), with everything the
    page shows of it, and the mentee's duos to choose from."""

    today: date
    mentee_id: str
    match: Match
    names: str
    summary: DuoSummary
    agreement: Agreement | None
    meetings: list[Meeting]
    follow_ups: list[FollowUp]
    endings: list[Ending]
    evaluations: list[Evaluation]
    outcomes: list[Outcome]
    events: list[Event]
    mentee_entry: IndexEntry | None
    mentor_entry: IndexEntry | None
    reasons: dict[str, str]  # end reason code → label
    # (match id, label) of each of the mentee's duos, the latest first.
    choices: list[tuple[str, str]] = field(default_factory=list)
    # The latest duo while it runs: where a meeting reported now belongs.
    running_id: str = ""
    # The mentee's consents (the mentor's consent to evaluations is in the index).
    mentee_consents: list[Consent] = field(default_factory=list)

    @classmethod
    def of(
        cls, case: CaseFile, words: CaseWords, programme: Programme, today: date, match_id: str = ""
    ) -> DuoFacts | None:
        """The facts of the duo `match_id` (the latest, running or ended, when it is "" or
        not one of the case's duos); None before any duo."""
        duos = [match for match in case.matches if match.validated_on is not None]
        if not duos:
            return None
        index = programme.index
        match = next((item for item in duos if item.id == match_id), duos[-1])
        reasons = words.lists.get(END_REASONS)
        if reasons is None:
            # Read only when an ending is to be named: it opens the programme file.
            items = shown_list(programme, END_REASONS) if case.endings else []
            reasons = {item.code: item.label for item in items}
        mentor_entry = index.get(match.mentor_id)
        facts = cls(
            today=today,
            mentee_id=case.participant.id,
            match=match,
            names=text.pair_names(case.participant.display_name, _name(mentor_entry)),
            summary=_summary(match, case),
            agreement=next(iter(_of(match.id, case.agreements)), None),
            meetings=_of(match.id, case.meetings),
            follow_ups=_of(match.id, case.follow_ups),
            endings=_of(match.id, case.endings),
            evaluations=_of(match.id, case.evaluations),
            outcomes=_of(match.id, case.outcomes),
            events=case.events,
            mentee_entry=index.get(case.participant.id),
            mentor_entry=mentor_entry,
            reasons=reasons,
            running_id=duos[-1].id if duos[-1].ended_on is None else "",
            mentee_consents=case.consents,
        )
        for duo in reversed(duos):
            mentor = _name(index.get(duo.mentor_id))
            facts.choices.append((duo.id, _choice_label(mentor, _summary(duo, case))))
        return facts

    # --- what the sections show ------------------------------------------------------------

    @property
    def earliest(self) -> date:
        """The first day anything of the duo can be dated: its first meeting."""
        return self.match.first_meeting_on or self.summary.validated_on

    @property
    def ending(self) -> Ending | None:
        """The ending that counts (not reopened), if the duo ended."""
        return next(
            (
                item
                for item in self.endings
                if item.reopened_on is None and item.ended_on == self.match.ended_on
            ),
            None,
        )

    @property
    def reason_label(self) -> str:
        """The label of the ending's reason ("" when none)."""
        ending = self.ending
        return self.reasons.get(ending.reason, ending.reason) if ending else ""

    @property
    def latest_follow_up(self) -> FollowUp | None:
        """The latest follow-up: the one that says whether a concern is open."""
        ordered = _newest_first(self.follow_ups)
        return ordered[0] if ordered else None

    def evaluation(self, kind: EvaluationKind, respondent: Respondent) -> Evaluation | None:
        """The stored evaluation of this moment and respondent, if any."""
        return next(
            (
                item
                for item in self.evaluations
                if (item.kind, item.respondent) == (kind, respondent)
            ),
            None,
        )

    def consented(self, respondent: Respondent) -> bool:
        """Whether `respondent` may be contacted for evaluations and outcome follow-ups:
        their consent is given and not withdrawn. The coach answers for themself."""
        if respondent is Respondent.MENTEE:
            return has_consent(self.mentee_consents, EVALUATION, on=self.today)
        if respondent is Respondent.MENTOR:
            return self.mentor_entry is not None and self.mentor_entry.evaluation_consent
        return True

    @property
    def without_consent(self) -> frozenset[Respondent]:
        """Who of the duo may not be contacted for evaluations and outcome follow-ups."""
        return frozenset(who for who in Respondent if not self.consented(who))

    def meeting_rows(self) -> list[tuple[Meeting, str]]:
        """The meetings and contacts with their lines, newest first."""
        return [(item, meeting_line(item)) for item in _newest_first(self.meetings)]

    def follow_up_rows(self, words: CaseWords) -> list[tuple[FollowUp, str]]:
        """The follow-ups with their lines, newest first."""
        return [(item, text.follow_up_line(item, words)) for item in _newest_first(self.follow_ups)]

    def interim_text(self) -> str:
        """When the interim call is due, while it has not been held ("" once held)."""
        if self.summary.interim_call_on is not None or not self.summary.running:
            return ""
        due = interim_due_on(self.summary)
        if due <= self.today:
            return translate("DuoPage", "The interim call with both was due on {day}.").format(
                day=day_text(due)
            )
        return translate("DuoPage", "The interim call with both is due on {day}.").format(
            day=day_text(due)
        )

    def last_change(self, words: CaseWords) -> str:
        """Who changed the agreement last, and when ("" without an agreement)."""
        if self.agreement is None:
            return ""
        lines = text.change_lines(self.events, self.agreement.id, words)
        return lines[0] if lines else ""

    def ending_html(self) -> str:
        """The ending that counts (or the planned end), then endings undone by a reopening."""
        ending = self.ending
        parts = (
            [text.ending_html(ending, self.reason_label)]
            if ending
            else [f"<p>{text.planned_end_text(self.summary, self.today)}</p>"]
        )
        parts.extend(
            text.ending_html(item, self.reasons.get(item.reason, item.reason))
            for item in reversed(self.endings)
            if item.reopened_on is not None
        )
        return "".join(parts)

    def quality_rows(self) -> list[tuple[str, str, str, bool]]:
        """(mark, criterion, how it stands, falls short) for each quality criterion."""
        entry = MatchEntry(
            id=self.match.id,
            mentee_id=self.mentee_id,
            mentor_id=self.match.mentor_id,
            state=self.match.state,
            state_since=self.match.state_since,
            proposed_on=self.match.proposed_on,
            duo=self.summary,
        )
        results = duo_checklist(entry, self.mentee_entry, self.mentor_entry, self.today)
        return [
            (
                text.MARKS[result.check],
                criterion_label(result.criterion),
                text.check_text(result),
                result.check is Check.NOT_MET,
            )
            for result in results
        ]


def mentor_rows(mentor_id: str, index: Index) -> tuple[list[tuple[str, tuple[str, str, str]]], str]:
    """A mentor's duos from the index, running ones first then the latest ended: (mentee id,
    (name, state, last contact)) each, and a one-line summary."""
    duos = [m for m in index.matches() if m.mentor_id == mentor_id and m.duo is not None]
    duos.sort(key=lambda m: (m.state is not MatchState.DUO, -m.state_since.toordinal()))
    rows = []
    for match in duos:
        summary = match.duo
        assert summary is not None
        if summary.ended_on is None:
            state = translate("DuoPage", "running since {day}").format(
                day=day_text(summary.validated_on)
            )
        else:
            state = translate("DuoPage", "ended on {day}").format(day=day_text(summary.ended_on))
        last = summary.last_contact_on
        rows.append(
            (
                match.mentee_id,
                (
                    _name(index.get(match.mentee_id)),
                    state,
                    day_text(last) if last else translate("DuoPage", "none yet"),
                ),
            )
        )
    if not rows:
        return rows, translate(
            "DuoPage", "No duo yet: this mentor's duos appear here once validated."
        )
    running = sum(1 for m in duos if m.state is MatchState.DUO)
    duos_text = (
        translate("DuoPage", "1 duo") if len(rows) == 1 else DuoCounts.tr("%n duos", "", len(rows))
    )
    return rows, translate(
        "DuoPage", "{duos}, {running} running. Enter opens the mentee's case."
    ).format(duos=duos_text, running=running)
