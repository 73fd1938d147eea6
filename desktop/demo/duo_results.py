"""The evaluations and outcome follow-ups of a demo duo (domain.md, step 13; seed 002 §12).

    evaluations(draws, match_id, ended_on, interim_on, today)
    outcomes(draws, match_id, ended_on, reason, words, today)
    without_due_outcome(match, records, today)   # once: Today asks for the one left out

Answers come from the question sets Duo ships (`storage.question_sets`), so they are the
answers a coordinator's form would accept. Most evaluations are given within a month of the
end, so a duo that ended days ago still waits for them. Outcomes follow 3, 6, 9 and 12 months
after the end, each recorded within three weeks of its day, or not yet (then it is due).
Employment grows over the year as in the reference figures of seed 002 §2.4: about three in
four mentees have a job a year after the end.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.demo import duo_texts as texts
from desktop.demo.draws import Draws
from desktop.rules.duo_schedule import outcome_due
from desktop.rules.waiting import add_months
from storage.duo_records import (
    OUTCOME_MONTHS,
    Contract,
    Evaluation,
    EvaluationKind,
    Outcome,
    OutcomeSource,
    Respondent,
    Situation,
)
from storage.duo_summary import summarise
from storage.question_sets import (
    EVALUATION_SETS,
    FREQUENCY_ANSWERS,
    NONE_OF_THE_ABOVE,
    NOT_APPLICABLE,
    SCALE_POINTS,
    Question,
    QuestionKind,
    default_question_set,
)
from storage.records import Match, Record

# (kind, respondent, share of duos that give it); the final ones once the duo ended.
_EVALUATIONS = (
    (EvaluationKind.INTERIM, Respondent.MENTEE, 0.3),
    (EvaluationKind.INTERIM, Respondent.MENTOR, 0.25),
    (EvaluationKind.FINAL, Respondent.MENTEE, 0.85),
    (EvaluationKind.FINAL, Respondent.MENTOR, 0.8),
    (EvaluationKind.FINAL, Respondent.COACH, 0.5),
)
ANSWERED_WITHIN_DAYS = 30  # after the end, for a final evaluation
RECORDED_WITHIN_DAYS = 21  # after its day, for an outcome follow-up
# The follow-up (months after the end) from which a mentee has a job; None: not in the year.
_JOB_FROM = ((3, 30), (6, 18), (9, 12), (12, 10), (None, 30))
_CONTRACTS = (
    (Contract.PERMANENT, 35),
    (Contract.FIXED_TERM_LONG, 40),
    (Contract.FIXED_TERM_SHORT, 25),
)
_SOURCES = (
    (OutcomeSource.CALL, 13),
    (OutcomeSource.EMAIL, 4),
    (OutcomeSource.LINKEDIN, 2),
    (OutcomeSource.OTHER, 1),
)


def evaluations(
    d: Draws, match_id: str, ended_on: date | None, interim_on: date | None, today: date
) -> list[Evaluation]:
    """Interim evaluations on the day of the interim call (`interim_on`), and final ones
    after the end (`ended_on`), those answered by `today`."""
    # One mood for the duo: the answers of both sides lean the same way.
    mood = d.pick(((5, 4), (4, 5), (3, 2), (2, 1)))
    found: list[Evaluation] = []
    for kind, respondent, share in _EVALUATIONS:
        final = kind is EvaluationKind.FINAL
        day = ended_on if final else interim_on
        if day is None:
            continue
        later = d.rng.randint(0, ANSWERED_WITHIN_DAYS) if final else 0
        answered_on = day + timedelta(days=later)
        if answered_on > today or not d.chance(share):
            continue
        question_set = default_question_set(EVALUATION_SETS[(kind, respondent)])
        answers: dict[str, object] = {}
        for question in question_set.questions:
            answer = _answer(d, question, mood)
            if answer not in (None, ""):
                answers[question.code] = answer
        found.append(
            Evaluation(
                id=d.uid(),
                match_id=match_id,
                kind=kind,
                respondent=respondent,
                answered_on=answered_on,
                question_set=question_set.code,
                question_set_version=question_set.version,
                answers=answers,
            )
        )
    return found


def _answer(d: Draws, question: Question, mood: int) -> object:
    """A plausible answer: scales near the duo's mood, "not applicable" now and then, a few
    ticks, a short text or none."""
    kind = question.kind
    if kind in SCALE_POINTS:
        if question.not_applicable and d.chance(0.15):
            return NOT_APPLICABLE
        points = SCALE_POINTS[kind]
        # The mentor's 1-4 improvement scales sit a point lower than the 1-5 scales.
        centre = mood - (1 if kind is QuestionKind.SCALE_4 else 0)
        return min(points[-1], max(points[0], centre + d.rng.randint(-1, 1)))
    if kind is QuestionKind.FREQUENCY:
        return d.pick(list(zip(FREQUENCY_ANSWERS, (1, 4, 15), strict=True)))
    if kind is QuestionKind.CHECKLIST:
        ticked = [option.code for option in question.options if d.chance(0.3)]
        return ticked or [NONE_OF_THE_ABOVE]
    return d.rng.choice(texts.EVALUATION_TEXTS.get(question.code, ("",)))


def outcomes(
    d: Draws, match_id: str, ended_on: date, reason: str, words: dict[str, str], today: date
) -> list[Outcome]:
    """The outcome follow-ups recorded by `today` for a duo that ended on `ended_on`."""
    job_from = 3 if reason == "found-job" else d.pick(_JOB_FROM)
    training_until = 6 if reason == "training" else 3 if d.chance(0.12) else 0
    contract = d.pick(_CONTRACTS)
    at_level, in_sector = d.chance(0.65), d.chance(0.8)
    found: list[Outcome] = []
    for months in OUTCOME_MONTHS:
        due = add_months(ended_on, months)
        recorded_on = due + timedelta(days=d.rng.randint(0, RECORDED_WITHIN_DAYS))
        if recorded_on > today or not d.chance(0.85):
            continue
        if job_from is not None and months >= job_from:
            situation = Situation.EMPLOYED
        elif months <= training_until:
            situation = Situation.TRAINING
        else:
            situation = Situation.OTHER if d.chance(0.03) else Situation.UNEMPLOYED
        employed = situation is Situation.EMPLOYED
        found.append(
            Outcome(
                id=d.uid(),
                match_id=match_id,
                months_after=months,
                recorded_on=recorded_on,
                situation=situation,
                contract=contract if employed else Contract.NONE,
                at_level=at_level if employed else None,
                in_desired_sector=in_sector if employed else None,
                source=d.pick(_SOURCES),
                note=d.rng.choice(texts.OUTCOME_NOTES[situation.value]).format(**words),
            )
        )
    return found


def without_due_outcome(match: Match, records: list[Record], today: date) -> list[Record] | None:
    """`records` without the outcome follow-up of the ended duo of `match` that has come due
    by `today` (the one Today asks for while it is not recorded); None when none is due."""
    summary = summarise(match)
    months = None if summary is None else outcome_due(summary, today)
    if months is None:
        return None
    return [r for r in records if not (isinstance(r, Outcome) and r.months_after == months)]
