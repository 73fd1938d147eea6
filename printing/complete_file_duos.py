"""The mentoring part of a complete file: the matches proposed, and for each duo its
agreement, meetings, the coach's follow-ups, the ending, the evaluations and the outcomes.

All of it lives in the mentee's case file: a mentee's complete file shows it all, with the
mentor of each match by name only, and a mentor's shows the mentor's part of each of their
duos, with the mentee by name only (`complete_file_records` chooses what). Every text is
printed whole; the values recorded sit in two columns, and what was not recorded is left
out. Texts come from `resources/printing/complete_file.json`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from printing.case_labels import CaseLabels
from printing.case_parts import flag, grid_table, known, record
from printing.complete_file_answers import answer_text
from printing.complete_file_records import DuoRecords
from printing.layout import TEXT_WIDTH, labelled_text
from printing.words import Words
from storage.duo_records import Agreement, Ending, Evaluation, FollowUp, Meeting, Outcome
from storage.question_sets import QuestionSet
from storage.records import Match, Role

QuestionSets = Mapping[tuple[str, int], QuestionSet]
_ANSWER_WIDTHS = (TEXT_WIDTH - 5 * cm, 5 * cm)
_SHORT_ANSWER = 60  # characters: a longer written answer is printed below the table
# The labels of a match's (mentor's answer, mentee's answer, mentor's reason, mentee's
# reason) as the reader of the file says them: "your answer" is the mentee's in a mentee's
# file, the mentor's in a mentor's. A mentor's file shows no reason of the mentee's.
_MATCH_LABELS = {
    Role.MENTEE: (
        "match_mentor_answer",
        "match_mentee_answer",
        "match_mentor_reason",
        "match_mentee_reason",
    ),
    Role.MENTOR: ("match_your_answer", "match_answer_of_mentee", "match_your_reason", ""),
}


@dataclass
class DuoPart:
    """Turns the mentoring records of one complete file into flowables, in one language.
    `intake` holds the participant's words (the six domains, yes and no)."""

    records: DuoRecords
    labels: CaseLabels
    words: Words
    intake: Words
    question_sets: QuestionSets = field(default_factory=dict)

    def _day(self, value: date | None) -> str:
        return self.words.date(value) if value else ""

    def _code(self, prefix: str, code: str) -> str:
        return known(self.words, f"{prefix}_{code}", code) if code else ""

    def other(self, match_id: str) -> str:
        """The other person of a match by name ("a person who was erased" when gone)."""
        return self.records.others.get(match_id) or self.words("erased_person")

    def _of_duo(self, key: str, match_id: str, day: date | None) -> str:
        return self.words(key, other=self.other(match_id), day=self._day(day))

    def matches(self) -> list[Flowable]:
        """Each match proposed, and every step it reached."""
        return [flowable for match in self.records.matches for flowable in self._match(match)]

    def _answer(self, answer: str, on: date | None) -> str:
        if not answer:
            return ""
        said = self._code("answer", answer)
        return self.words("answer_on", answer=said, day=self._day(on)) if on else said

    def _match(self, match: Match) -> list[Flowable]:
        w = self.words
        mentor_answer, mentee_answer, mentor_reason, mentee_reason = _MATCH_LABELS[
            self.records.reader
        ]
        meeting = self._day(match.first_meeting_on)
        if meeting and match.first_meeting_place:
            meeting = f"{meeting}, {match.first_meeting_place}"
        rows = [
            (w("match_state"), self._code("state", match.state.value)),
            (w("match_score"), w.number(match.score) + " / 100" if match.score else ""),
            (w(mentor_answer), self._answer(match.mentor_answer, match.mentor_answered_on)),
            (w(mentee_answer), self._answer(match.mentee_answer, match.mentee_answered_on)),
            (w("match_first_meeting"), meeting),
            (w("match_coach_present"), flag(self.intake, match.coach_present)),
            (w("match_validated_on"), self._day(match.validated_on)),
            (w("match_declined_on"), self._day(match.declined_on)),
            (w("match_declined_by"), self._code("by", match.declined_by)),
            (w("match_ended_on"), self._day(match.ended_on)),
        ]
        texts = [
            (w(key), text)
            for key, text in (
                (mentor_reason, match.mentor_reason),
                (mentee_reason, match.mentee_reason),
                ("match_decline_reason", match.decline_reason),
            )
            if key
        ]
        title = w("match_title", other=self.other(match.id), day=self._day(match.proposed_on))
        return record(title, rows, texts)

    def agreements(self) -> list[Flowable]:
        """Each duo's agreement: its terms and who signed when."""
        return [f for agreement in self.records.agreements for f in self._agreement(agreement)]

    def _agreement(self, a: Agreement) -> list[Flowable]:
        w = self.words
        rows = [
            (w("agreement_start_on"), self._day(a.start_on)),
            (w("agreement_planned_months"), w("months", n=a.planned_months)),
            (w("agreement_planned_end_on"), self._day(a.planned_end_on)),
            (w("agreement_contact_every_days"), w("every_days", n=a.contact_every_days)),
            (w("agreement_charter_version"), a.charter_version),
            (w("agreement_mentor_signed_on"), self._day(a.mentor_signed_on)),
            (w("agreement_mentee_signed_on"), self._day(a.mentee_signed_on)),
            (w("agreement_coach_signed_on"), self._day(a.coach_signed_on)),
        ]
        texts = [
            (w("agreement_meeting_places"), a.meeting_places),
            (w("agreement_keep_in_touch"), a.keep_in_touch),
            (w("agreement_mentor_commitments"), a.mentor_commitments),
            (w("agreement_mentee_commitments"), a.mentee_commitments),
        ]
        return record(self._of_duo("agreement_title", a.match_id, a.start_on), rows, texts)

    def meetings(self) -> list[Flowable]:
        """Each session summary, with the five steps written out in full."""
        return [f for meeting in self.records.meetings for f in self._meeting(meeting)]

    def _meeting(self, m: Meeting) -> list[Flowable]:
        w = self.words
        where = self._code("mode", m.mode.value)
        if m.place:
            where = f"{where}, {m.place}"
        topics = [known(self.intake, f"domain_{code}", code) for code in m.domains]
        rows = [
            (w("meeting_kind"), self._code("meeting_kind", m.kind.value)),
            (w("meeting_minutes"), w("minutes", n=m.minutes) if m.minutes else ""),
            (w("meeting_where"), where),
            (w("meeting_reported_by"), self._code("by", m.reported_by.value)),
            (w("meeting_domains"), ", ".join(topics)),
            (w("meeting_next_meeting_on"), self._day(m.next_meeting_on)),
        ]
        texts = [
            (w("meeting_check_in"), m.check_in),
            (w("meeting_topic"), m.topic),
            (w("meeting_goal"), m.goal),
            (w("meeting_plan"), m.plan),
            (w("meeting_work"), m.work),
            (w("meeting_next_steps"), m.next_steps),
            (w("meeting_next_topic"), m.next_topic),
            (w("meeting_next_preparation"), m.next_preparation),
            (w("meeting_works_well"), m.works_well),
            (w("meeting_missing"), m.missing),
        ]
        return record(self._of_duo("meeting_title", m.match_id, m.held_on), rows, texts)

    def follow_ups(self) -> list[Flowable]:
        """Each follow-up call of the coach, with a concern and its next action."""
        return [f for follow_up in self.records.follow_ups for f in self._follow_up(follow_up)]

    def _follow_up(self, f: FollowUp) -> list[Flowable]:
        w = self.words
        rows = [
            (w("follow_up_kind"), self._code("follow_up", f.kind.value)),
            (w("follow_up_with_whom"), self._code("by", f.with_whom.value)),
            (w("follow_up_channel"), self.labels.label("contact_channels", f.channel)),
            (w("follow_up_concern"), flag(self.intake, f.concern)),
            (w("follow_up_next_action_on"), self._day(f.next_action_on)),
        ]
        texts = [
            (w("follow_up_how_it_goes"), f.how_it_goes),
            (w("follow_up_problems"), f.problems),
            (w("follow_up_support"), f.support),
            (w("follow_up_next_action"), f.next_action),
        ]
        return record(self._of_duo("follow_up_title", f.match_id, f.held_on), rows, texts)

    def endings(self) -> list[Flowable]:
        """How each duo ended, the final meeting, the feedback; a reopening too."""
        return [f for ending in self.records.endings for f in self._ending(ending)]

    def _ending(self, e: Ending) -> list[Flowable]:
        w = self.words
        final = self._day(e.final_meeting_on)
        if final and e.final_meeting_online:
            final = w("online_on", day=final)
        rows = [
            (w("ending_kind"), self._code("end", e.kind.value)),
            (w("ending_ended_by"), self._code("by", e.ended_by.value)),
            (w("ending_reason"), self.labels.label("end_reasons", e.reason)),
            (w("ending_final_meeting_on"), final),
            (w("ending_reopened_on"), self._day(e.reopened_on)),
        ]
        texts = [
            (w("ending_note"), e.note),
            (w("ending_feedback_to_mentee"), e.feedback_to_mentee),
            (w("ending_feedback_to_mentor"), e.feedback_to_mentor),
            (w("ending_reopen_reason"), e.reopen_reason),
        ]
        return record(self._of_duo("ending_title", e.match_id, e.ended_on), rows, texts)

    def evaluations(self) -> list[Flowable]:
        """Each evaluation: every question with its answer, in the version answered."""
        return [f for evaluation in self.records.evaluations for f in self._evaluation(evaluation)]

    def _evaluation(self, e: Evaluation) -> list[Flowable]:
        w = self.words
        questions = self.question_sets.get((e.question_set, e.question_set_version))
        rows = [
            (w("evaluation_kind"), self._code("evaluation", e.kind.value)),
            (w("evaluation_respondent"), self._code("by", e.respondent.value)),
            (w("evaluation_question_set"), questions.title if questions else e.question_set),
            (w("evaluation_question_set_version"), str(e.question_set_version)),
        ]
        # One table per section of the questionnaire, under the section's own words: "The
        # handbook" alone means little without "How supportive did you find…?".
        by_section: dict[str, list[list[str]]] = {}
        written: list[tuple[str, str]] = []
        for code, answer in e.answers.items():
            section, question, shown = answer_text(questions, code, answer, w, self.intake)
            # A written answer flows as text: a table row never splits over pages.
            if isinstance(answer, str) and shown == answer and len(answer) > _SHORT_ANSWER:
                written.append((question, answer))
            else:
                by_section.setdefault(section, []).append([question, shown])
        flowables = record(self._of_duo("evaluation_title", e.match_id, e.answered_on), rows)
        for section, answered in by_section.items():
            header = [section or w("evaluation_question"), w("evaluation_answer")]
            flowables += [Spacer(1, 4), grid_table(header, answered, _ANSWER_WIDTHS)]
        for question, text in written:
            flowables += labelled_text(question, text)
        return flowables

    def outcomes(self) -> list[Flowable]:
        """Each outcome follow-up after the end: the situation, the job, the source."""
        return [f for outcome in self.records.outcomes for f in self._outcome(outcome)]

    def _outcome(self, o: Outcome) -> list[Flowable]:
        w = self.words
        rows = [
            (w("outcome_recorded_on"), self._day(o.recorded_on)),
            (w("outcome_situation"), self._code("situation", o.situation.value)),
            (w("outcome_contract"), self._code("contract", o.contract.value)),
            (w("outcome_at_level"), flag(self.intake, o.at_level)),
            (w("outcome_in_desired_sector"), flag(self.intake, o.in_desired_sector)),
            (w("outcome_source"), self._code("source", o.source.value)),
        ]
        title = w("outcome_title", other=self.other(o.match_id), n=o.months_after)
        return record(title, rows, [(w("outcome_note"), o.note)])


def duo_parts(part: DuoPart) -> Sequence[tuple[str, list[Flowable], int]]:
    """The mentoring sections of a complete file, in order: (title key, flowables, count).
    A mentor's file has no outcomes: they are about the mentee's work, not the mentor."""
    records = part.records
    sections = [
        ("section_matches", part.matches(), len(records.matches)),
        ("section_agreements", part.agreements(), len(records.agreements)),
        ("section_meetings", part.meetings(), len(records.meetings)),
        ("section_follow_ups", part.follow_ups(), len(records.follow_ups)),
        ("section_endings", part.endings(), len(records.endings)),
        ("section_evaluations", part.evaluations(), len(records.evaluations)),
    ]
    if records.reader is Role.MENTEE:
        sections.append(("section_outcomes", part.outcomes(), len(records.outcomes)))
    return sections
