"""The whole-pool proposal: optimal pairs within capacity, and why a mentee is left out (no Qt)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.matching.assignment import Unmatched, UnmatchedMentee, greedy_pool, propose_pool
from desktop.matching.bench import bench_pool, bench_suggest
from desktop.matching.profiles import MatchProfile
from desktop.matching.weights import MatchSettings, Weights
from tests.unit.test_matching_scoring import NO_DECLINED, SETTINGS, TODAY, mentee, mentor

# Only the job counts: totals are 100 times the job fraction, easy to check by hand.
JOB_ONLY = MatchSettings(weights=Weights(10, 0, 0, 0, 0, 0, 0), min_score=35)


def pairs_of(
    mentees: list[MatchProfile],
    mentors: list[MatchProfile],
    declined: frozenset[tuple[str, str]] = NO_DECLINED,
) -> set[tuple[str, str]]:
    """The proposed (mentee id, mentor id) pairs with the default settings."""
    proposal = propose_pool(mentees, mentors, SETTINGS, declined, TODAY)
    return {(p.score.mentee_id, p.score.mentor_id) for p in proposal.pairs}


def test_the_pool_beats_taking_the_best_pair_first() -> None:
    # Amina fits Jan perfectly (100) and Sofie's sector (70); Karim, an ICT technician, fits
    # only Jan, by related work (40). Best pair first gives 100; the pool gives 70 + 40.
    amina = mentee("mentee-amina", occupations=("25",), sectors=("J",))
    karim = mentee("mentee-karim", occupations=("35",), sectors=("C",))
    jan = mentor("mentor-jan", occupations=("25",), sectors=("J",))
    sofie = mentor("mentor-sofie", occupations=(), sectors=("J",))
    greedy = greedy_pool([amina, karim], [jan, sofie], JOB_ONLY, NO_DECLINED, TODAY)
    best = propose_pool([amina, karim], [jan, sofie], JOB_ONLY, NO_DECLINED, TODAY)
    assert [(p.score.mentee_id, p.score.mentor_id) for p in greedy.pairs] == [
        ("mentee-amina", "mentor-jan")
    ]
    assert greedy.total == pytest.approx(100)
    assert {(p.score.mentee_id, p.score.mentor_id) for p in best.pairs} == {
        ("mentee-amina", "mentor-sofie"),
        ("mentee-karim", "mentor-jan"),
    }
    assert best.total == pytest.approx(110)
    assert best.unmatched == ()


def test_a_mentor_with_two_free_places_gets_two_mentees() -> None:
    mentees = [
        mentee("mentee-olena", waiting_since=TODAY - timedelta(days=100)),
        mentee("mentee-tesfay", waiting_since=TODAY - timedelta(days=80)),
        mentee("mentee-lan", waiting_since=TODAY - timedelta(days=10)),
    ]
    assert pairs_of(mentees, [mentor(capacity=2)]) == {
        ("mentee-olena", "mentor-jan"),
        ("mentee-tesfay", "mentor-jan"),
    }
    assert pairs_of(mentees, [mentor(capacity=3, open_matches=2)]) == {
        ("mentee-olena", "mentor-jan")
    }
    assert len(pairs_of(mentees, [mentor(capacity=3)])) == 3


def test_equal_candidates_give_the_same_proposal_whatever_the_input_order() -> None:
    mentees = [mentee(f"mentee-{name}") for name in ("wei", "ana", "jonas", "fatou")]
    mentors = [mentor(f"mentor-{name}") for name in ("ines", "piotr")]
    first = propose_pool(mentees, mentors, SETTINGS, NO_DECLINED, TODAY)
    again = propose_pool(mentees[::-1], mentors[::-1], SETTINGS, NO_DECLINED, TODAY)
    assert first == again
    assert len(first.pairs) == 2
    assert {u.reason for u in first.unmatched} == {Unmatched.PLACES_TAKEN}


def test_an_empty_pool_proposes_nothing() -> None:
    empty = propose_pool([], [], SETTINGS, NO_DECLINED, TODAY)
    assert (empty.pairs, empty.unmatched, empty.total) == ((), (), 0)
    assert propose_pool([], [mentor()], SETTINGS, NO_DECLINED, TODAY).pairs == ()
    alone = propose_pool([mentee()], [], SETTINGS, NO_DECLINED, TODAY)
    assert alone.unmatched == (
        UnmatchedMentee("mentee-amina", Unmatched.NO_ELIGIBLE_MENTOR, None, None),
    )


def test_a_declined_pair_is_never_proposed_again() -> None:
    near, further = mentor("mentor-jan"), mentor("mentor-ayse", postcode="9040", municipality="")
    declined = frozenset({("mentee-amina", "mentor-jan")})
    assert pairs_of([mentee()], [near, further]) == {("mentee-amina", "mentor-jan")}
    assert pairs_of([mentee()], [near, further], declined=declined) == {
        ("mentee-amina", "mentor-ayse")
    }


@pytest.mark.parametrize(
    "excluded",
    [
        mentor(open_matches=1),  # at capacity
        mentor(accepted=False),
        mentor(languages={"fr": "native"}),  # no common language
    ],
    ids=["at-capacity", "not-accepted", "no-common-language"],
)
def test_an_excluded_mentor_is_never_proposed(excluded: MatchProfile) -> None:
    proposal = propose_pool([mentee()], [excluded], SETTINGS, NO_DECLINED, TODAY)
    assert proposal.pairs == ()
    assert proposal.unmatched == (
        UnmatchedMentee("mentee-amina", Unmatched.NO_ELIGIBLE_MENTOR, None, None),
    )


def test_a_generalist_is_proposed_only_after_the_wait() -> None:
    recruiter = mentor("mentor-thandiwe", occupations=("33",), sectors=("N",), generalist=True)
    new = mentee(waiting_since=TODAY - timedelta(days=20))
    proposal = propose_pool([new], [recruiter], SETTINGS, NO_DECLINED, TODAY)
    assert proposal.pairs == ()
    [left] = proposal.unmatched
    assert (left.reason, left.best_mentor_id) == (Unmatched.NO_JOB_FIT, "mentor-thandiwe")
    waited = mentee(waiting_since=TODAY - timedelta(days=70))
    [pair] = propose_pool([waited], [recruiter], SETTINGS, NO_DECLINED, TODAY).pairs
    assert pair.score.mentor_id == "mentor-thandiwe"
    assert pair.score.parts[0].reason == "generalist"


def test_the_longer_wait_wins_a_contested_mentor() -> None:
    tesfay = mentee("mentee-tesfay", waiting_since=TODAY - timedelta(days=200))
    olena = mentee("mentee-olena", waiting_since=TODAY - timedelta(days=5))
    for order in ([tesfay, olena], [olena, tesfay]):
        proposal = propose_pool(order, [mentor()], SETTINGS, NO_DECLINED, TODAY)
        assert [(p.score.mentee_id, p.score.mentor_id) for p in proposal.pairs] == [
            ("mentee-tesfay", "mentor-jan")
        ]
        [left] = proposal.unmatched
        assert (left.mentee_id, left.reason) == ("mentee-olena", Unmatched.PLACES_TAKEN)
        assert left.best_mentor_id == "mentor-jan"
        assert left.best_total is not None and left.best_total < proposal.total


def test_a_pair_below_the_minimum_score_is_not_proposed() -> None:
    strict = MatchSettings(min_score=95)
    proposal = propose_pool([mentee()], [mentor()], strict, NO_DECLINED, TODAY)
    assert proposal.pairs == ()
    [left] = proposal.unmatched
    assert (left.reason, left.best_mentor_id) == (Unmatched.BELOW_MIN_SCORE, "mentor-jan")


def test_a_pair_without_job_fit_is_never_proposed_however_well_the_rest_fits() -> None:
    nurse = mentor(occupations=("32",), sectors=("Q",))
    lenient = MatchSettings(min_score=0)
    proposal = propose_pool([mentee()], [nurse], lenient, NO_DECLINED, TODAY)
    assert proposal.pairs == ()
    assert proposal.unmatched[0].reason is Unmatched.NO_JOB_FIT


def test_all_weights_zero_proposes_no_pairs() -> None:
    silent = MatchSettings(weights=Weights(0, 0, 0, 0, 0, 0, 0), min_score=0)
    proposal = propose_pool([mentee()], [mentor()], silent, NO_DECLINED, TODAY)
    assert (proposal.pairs, proposal.total) == ((), 0)
    assert proposal.unmatched[0].best_total == 0


def test_pairs_and_unmatched_come_longest_wait_first() -> None:
    mentees = [
        mentee("mentee-b", waiting_since=TODAY - timedelta(days=40)),
        mentee("mentee-a", waiting_since=TODAY - timedelta(days=40)),
        mentee("mentee-c", waiting_since=TODAY - timedelta(days=90)),
        mentee("mentee-d", waiting_since=None),
        mentee("mentee-e", languages={"ti": "native"}),
        mentee("mentee-f", languages={"ti": "native"}, waiting_since=TODAY - timedelta(days=99)),
    ]
    proposal = propose_pool(mentees, [mentor(capacity=4)], SETTINGS, NO_DECLINED, TODAY)
    assert [p.score.mentee_id for p in proposal.pairs] == [
        "mentee-c",
        "mentee-a",
        "mentee-b",
        "mentee-d",
    ]
    assert [u.mentee_id for u in proposal.unmatched] == ["mentee-f", "mentee-e"]
    assert proposal.total == pytest.approx(sum(p.score.total for p in proposal.pairs))


def test_the_benchmark_runs_on_a_small_pool() -> None:
    assert bench_pool(12, runs=1) > 0
    assert bench_suggest(40, runs=2) > 0
