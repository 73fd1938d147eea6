"""The evaluation questions: shipped defaults, versions a coordinator edits, answers checked."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.duo_records import EvaluationKind, Respondent
from storage.errors import DuoError
from storage.programme import Programme
from storage.question_sets import (
    EVALUATION_SETS,
    NONE_OF_THE_ABOVE,
    NOT_APPLICABLE,
    SET_CODES,
    SETTINGS_PREFIX,
    Option,
    Question,
    QuestionKind,
    QuestionSet,
    answer_is_valid,
    check_question_set,
    current_question_set,
    default_question_set,
    from_json,
    question_set,
    question_set_versions,
    save_question_set,
    to_json,
    validate_answers,
)

COORDINATOR = "coordinator"
SAVED_ON = date(2026, 11, 23)


def _of_kind(set_code: str, kind: QuestionKind) -> list[Question]:
    return [q for q in default_question_set(set_code).questions if q.kind is kind]


def test_every_evaluation_has_a_shipped_set_that_can_be_answered() -> None:
    for kind in EvaluationKind:
        for respondent in Respondent:
            assert EVALUATION_SETS[(kind, respondent)] in SET_CODES
    for code in SET_CODES:
        shipped = default_question_set(code)
        assert (shipped.code, shipped.version) == (code, 1)
        check_question_set(shipped)


def test_the_final_mentee_set_asks_about_the_fifteen_goals_and_the_network() -> None:
    goals = [
        q for q in default_question_set("final-mentee").questions if q.code.startswith("goal-")
    ]
    assert len(goals) == 15
    assert {g.kind for g in goals} == {QuestionKind.SCALE_5}
    assert {g.not_applicable for g in goals} == {"I did not need help with this"}
    assert "goal-cv-letters" in {g.code for g in goals}
    (network,) = _of_kind("final-mentee", QuestionKind.CHECKLIST)
    assert len(network.options) == 6
    assert "network-introduced" in {o.code for o in network.options}


def test_the_process_questions_offer_not_used_and_the_coach_questions_a_frequency() -> None:
    final = default_question_set("final-mentee")
    assert final.question("process-handbook").not_applicable == "Not used"
    assert final.question("process-satisfaction").not_applicable == ""
    assert final.question("coach-answered").kind is QuestionKind.FREQUENCY
    assert default_question_set("interim-mentor").question("coach-monthly").kind is (
        QuestionKind.FREQUENCY
    )


def test_the_final_mentor_set_has_the_eight_improvement_scales() -> None:
    items = _of_kind("final-mentor", QuestionKind.SCALE_4)
    assert len(items) == 8
    assert "mentor-motivate-coach" in {q.code for q in items}
    assert {(q.low_label, q.high_label) for q in items} == {
        ("No improvement", "Significant improvement")
    }


def test_a_new_programme_uses_the_shipped_version(programme: Programme) -> None:
    assert question_set_versions(programme, "coach") == [default_question_set("coach")]
    assert current_question_set(programme, "coach").version == 1


def _edited(original: QuestionSet) -> QuestionSet:
    """The coordinator drops the last question and rewords the first."""
    first = replace(original.questions[0], text="Zijn jullie tevreden? / Êtes-vous satisfaits ?")
    return replace(original, questions=(first, *original.questions[1:-1]))


def test_an_edit_becomes_version_two_and_version_one_stays_readable(programme: Programme) -> None:
    shipped = default_question_set("interim-mentee")
    saved = save_question_set(programme, _edited(shipped), author=COORDINATOR)
    assert saved.version == 2
    assert current_question_set(programme, "interim-mentee") == saved
    assert question_set(programme, "interim-mentee", 1) == shipped
    removed = shipped.questions[-1].code
    old_answers = {removed: "Meer online afspraken, graag."}
    assert validate_answers(question_set(programme, "interim-mentee", 1), old_answers) == []
    assert validate_answers(saved, old_answers) == [removed]
    assert [v.version for v in question_set_versions(programme, "interim-mentee")] == [1, 2]


def test_a_saved_version_says_when_and_by_whom(programme: Programme) -> None:
    shipped = default_question_set("final-mentor")
    assert (shipped.saved_on, shipped.saved_by) == (None, "")
    saved = save_question_set(programme, _edited(shipped), author=COORDINATOR, today=SAVED_ON)
    assert (saved.saved_on, saved.saved_by) == (SAVED_ON, COORDINATOR)
    assert current_question_set(programme, "final-mentor") == saved
    # Saved by someone else another day, the next version has its own date and author.
    again = replace(saved, title="Mentor — Mentorin", saved_on=date(2020, 1, 1), saved_by="x")
    third = save_question_set(programme, again, author="Thandiwe", today=date(2027, 2, 28))
    assert (third.saved_on, third.saved_by) == (date(2027, 2, 28), "Thandiwe")
    first, second, _ = question_set_versions(programme, "final-mentor")
    assert (first.saved_on, second.saved_on) == (None, SAVED_ON)


def test_a_version_is_saved_today_unless_told(programme: Programme) -> None:
    before = date.today()
    saved = save_question_set(programme, _edited(default_question_set("coach")), author="c")
    assert saved.saved_on is not None and before <= saved.saved_on <= date.today()


def test_a_version_stored_before_versions_were_dated_still_reads(programme: Programme) -> None:
    shipped = default_question_set("interim-mentor")
    old = {
        "code": "interim-mentor",
        "version": 2,
        "title": shipped.title,
        "questions": [{"code": "how", "kind": "text", "text": "Hoe gaat het? / Comment ça va ?"}],
    }
    _set_stored(programme, "interim-mentor", json.dumps([old]))
    stored = current_question_set(programme, "interim-mentor")
    assert (stored.version, stored.saved_on, stored.saved_by) == (2, None, "")
    assert stored.question("how").kind is QuestionKind.TEXT


def test_saving_an_unchanged_set_adds_no_version(programme: Programme) -> None:
    shipped = default_question_set("coach")
    assert save_question_set(programme, shipped, author=COORDINATOR) == shipped
    second = save_question_set(programme, _edited(shipped), author=COORDINATOR)
    padded = replace(second, title=f"  {second.title} ", version=7)
    assert save_question_set(programme, padded, author=COORDINATOR) == second
    third = save_question_set(programme, replace(second, title="Coach — 觀察"), author=COORDINATOR)
    assert [second.version, third.version] == [2, 3]


def test_an_unknown_version_is_refused_clearly(programme: Programme) -> None:
    with pytest.raises(DuoError, match="Version 4 of the question set “final-mentor”"):
        question_set(programme, "final-mentor", 4)


def _set_stored(programme: Programme, code: str, value: str) -> None:
    with programme.edit_programme_file(author=COORDINATOR) as edit:
        edit.set_settings({SETTINGS_PREFIX + code: value})


_BAD_DAY = [
    {"code": "final-mentee", "version": 2, "title": "x", "questions": [], "saved_on": "soon"}
]


@pytest.mark.parametrize(
    "damaged", ["{not json", '{"a": 1}', "[42, null]", '[{"version": 2}]', json.dumps(_BAD_DAY)]
)
def test_an_unreadable_stored_value_falls_back_to_the_shipped_set(
    programme: Programme, damaged: str
) -> None:
    _set_stored(programme, "final-mentee", damaged)
    assert current_question_set(programme, "final-mentee") == default_question_set("final-mentee")


def test_a_damaged_version_keeps_its_number_when_the_next_is_saved(programme: Programme) -> None:
    _set_stored(programme, "coach", json.dumps([{"version": 2, "title": 5}]))
    saved = save_question_set(programme, _edited(default_question_set("coach")), author=COORDINATOR)
    assert saved.version == 3
    assert [v.version for v in question_set_versions(programme, "coach")] == [1, 3]


def test_question_sets_leave_the_programme_profile_readable(programme: Programme) -> None:
    save_question_set(programme, _edited(default_question_set("coach")), author=COORDINATOR)
    assert programme.profile().idle_lock_minutes == 10


def _replace_question(original: QuestionSet, index: int, **changes: object) -> QuestionSet:
    questions = list(original.questions)
    questions[index] = replace(questions[index], **changes)  # type: ignore[arg-type]
    return replace(original, questions=tuple(questions))


FINAL = default_question_set("final-mentee")
NETWORK_AT = [q.code for q in FINAL.questions].index("network")
FIRST_CODE = FINAL.questions[0].code


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (replace(FINAL, title="  "), "Give the question set a title"),
        (replace(FINAL, questions=()), "at least one question"),
        (_replace_question(FINAL, 1, code=" "), "Each question needs a code"),
        (
            _replace_question(FINAL, 1, code=FIRST_CODE),
            f"Two questions have the code “{FIRST_CODE}”",
        ),
        (_replace_question(FINAL, 0, text=""), f"The question “{FIRST_CODE}” has no text"),
        (_replace_question(FINAL, 0, low_label=""), f"The question “{FIRST_CODE}” is a scale"),
        (
            _replace_question(FINAL, NETWORK_AT, options=()),
            "The checklist “network” has no options",
        ),
        (
            _replace_question(FINAL, NETWORK_AT, options=(Option(NONE_OF_THE_ABOVE, "None"),)),
            "needs its own code",
        ),
        (replace(FINAL, code="exit-interview"), "Duo has no question set “exit-interview”"),
    ],
)
def test_a_set_that_cannot_be_answered_is_refused(
    programme: Programme, broken: QuestionSet, message: str
) -> None:
    with pytest.raises(DuoError, match=message):
        save_question_set(programme, broken, author=COORDINATOR)
    assert question_set_versions(programme, "final-mentee") == [FINAL]


def test_answers_are_checked_against_their_question() -> None:
    goal = FINAL.question("goal-self-confidence")
    satisfaction = FINAL.question("process-satisfaction")
    network = FINAL.question("network")
    assert answer_is_valid(goal, 5) and answer_is_valid(goal, NOT_APPLICABLE)
    assert not answer_is_valid(goal, 6) and not answer_is_valid(goal, True)
    assert not answer_is_valid(satisfaction, NOT_APPLICABLE)
    mentor_scale = default_question_set("final-mentor").question("mentor-hire")
    assert answer_is_valid(mentor_scale, 4) and not answer_is_valid(mentor_scale, 5)
    assert answer_is_valid(FINAL.question("coach-monthly"), "sometimes")
    assert not answer_is_valid(FINAL.question("coach-monthly"), 2)
    assert answer_is_valid(network, ["network-introduced", "network-online"])
    assert answer_is_valid(network, [NONE_OF_THE_ABOVE])
    assert not answer_is_valid(network, [NONE_OF_THE_ABOVE, "network-online"])
    assert not answer_is_valid(network, ["network-online", "network-online"])
    assert not answer_is_valid(network, "network-online")
    assert answer_is_valid(FINAL.question("suggestions"), "Plus de rencontres en ligne 🙂")


def test_a_partial_evaluation_is_valid_and_wrong_answers_are_named() -> None:
    assert validate_answers(FINAL, {}) == []
    assert validate_answers(FINAL, {"goal-motivation": 4, "suggestions": None}) == []
    answers = {"network": ["network-introduced", "lunch"], "goal-network": 0, "mood": "good"}
    assert validate_answers(FINAL, answers) == ["goal-network", "network", "mood"]


@given(st.integers())
def test_a_scale_accepts_exactly_its_points(value: int) -> None:
    goal = FINAL.question("goal-network")
    assert answer_is_valid(goal, value) == (1 <= value <= 5)


_texts = st.text()
_options = st.lists(st.builds(Option, code=_texts, text=_texts), max_size=3).map(tuple)
_questions = st.builds(
    Question,
    code=_texts,
    kind=st.sampled_from(QuestionKind),
    text=_texts,
    low_label=_texts,
    high_label=_texts,
    not_applicable=_texts,
    options=_options,
    section=_texts,
)
_sets = st.builds(
    QuestionSet,
    code=_texts,
    version=st.integers(min_value=1, max_value=2**53),
    title=_texts,
    questions=st.lists(_questions, max_size=4).map(tuple),
    saved_on=st.none() | st.dates(),
    saved_by=_texts,
)


@given(_sets)
def test_any_question_set_survives_json(original: QuestionSet) -> None:
    text = to_json(original)
    assert text.isascii()
    assert from_json(text) == original
