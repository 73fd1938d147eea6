"""Properties of matching that must hold for any pool a coach could type in, with Hypothesis.

- The score matrix (numpy, every pair at once) gives exactly the totals, job fractions and
  hard-rule exclusions of the scalar score with its explanation, for any weights; every
  explained part carries a known reason code, and the parts add up to the total.
- The whole-pool proposal never exceeds a mentor's free places, never pairs an excluded or
  declined pair, a pair without job fit or under the minimum score, names each mentee once
  (paired or unmatched), and its total is never below the "best pair first" baseline.
- Suggestions are ordered by total then id and never rank an excluded pair.

Profiles are drawn from small vocabularies (a few sectors, towns, languages, slots) so that
overlaps, ties and every hard rule happen often, with the odd spelling a coach may type.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.matching.assignment import greedy_pool, propose_pool
from desktop.matching.features import SLOT_ORDER
from desktop.matching.matrix import exclusion_of, score_matrix
from desktop.matching.profiles import MatchProfile, free_places
from desktop.matching.scoring import REASONS, exclusion, score_pair
from desktop.matching.suggest import suggest_mentors
from desktop.matching.weights import MatchSettings, Weights

TODAY = date(2026, 9, 1)
Pool = tuple[list[MatchProfile], list[MatchProfile], frozenset[tuple[str, str]], MatchSettings]
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None)

_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native", "", "b2", "Native", "fluent")
_PLACES = (
    ("9000", "Gent"), ("9040", "Sint-Amandsberg"), ("9300", "Aalst"), ("1000", "Bruxelles"),
    ("1030", "Schaerbeek"), ("4000", "Liège"), ("", "LIEGE"), ("", ""), ("90", "gent"),
    ("0123", "Ærø"),
)  # fmt: skip
_INTERESTS = ("chess", "Chess", "randonnée", "Randonnee", "jazz", "voetbal", "Шахматы", "料理")


@st.composite
def profiles(draw: st.DrawFn, role: str, number: int) -> MatchProfile:
    """One mentee or mentor, with an id unique to its position in the pool."""
    postcode, municipality = draw(st.sampled_from(_PLACES))
    interests = draw(st.lists(st.sampled_from(_INTERESTS), max_size=3))
    separator = draw(st.sampled_from((", ", ";", "\n")))
    capacity = draw(st.integers(0, 3))
    return MatchProfile(
        id=f"{role}-{number}",
        role=role,
        sectors=tuple(draw(st.lists(st.sampled_from("JMKCFGQ"), max_size=2))),
        occupations=tuple(
            draw(st.lists(st.sampled_from(("25", "21", "24", "3", "31", "52")), max_size=2))
        ),
        postcode=postcode,
        municipality=municipality,
        mobility=draw(st.sampled_from(("", "car", "geen rijbewijs", "permis B", "bike"))),
        languages=draw(
            st.dictionaries(
                st.sampled_from(("nl", "fr", "en", "ar", "NL")),
                st.sampled_from(_LEVELS),
                max_size=3,
            )
        ),
        availability=tuple(draw(st.lists(st.sampled_from((*SLOT_ORDER, "Mon-Day")), max_size=4))),
        gender=draw(st.sampled_from(("female", "male", "other", "", "Female"))),
        year_of_birth=draw(st.none() | st.integers(1950, 2006)),
        interests=separator.join(interests),
        preferred_mentor_gender=draw(st.sampled_from(("", "", "female", "male"))),
        preferred_mentor_age=draw(st.sampled_from(("", "", "under-35", "35-50", "over-50", "old"))),
        waiting_since=draw(
            st.none() | st.integers(-5, 400).map(lambda d: TODAY - timedelta(days=d))
        ),
        accepted=draw(st.booleans() | st.just(True)),
        generalist=role == "mentor" and draw(st.booleans()),
        capacity=capacity,
        open_matches=draw(st.integers(0, 3)),
    )


@st.composite
def pools(draw: st.DrawFn, max_size: int = 6) -> Pool:
    """Mentees, mentors, some declined pairs, and the coordinator's settings."""
    mentee_count = draw(st.integers(0, max_size))
    mentor_count = draw(st.integers(0, max_size))
    mentees = [draw(profiles("mentee", i)) for i in range(mentee_count)]
    mentors = [draw(profiles("mentor", i)) for i in range(mentor_count)]
    all_pairs = [(a.id, b.id) for a in mentees for b in mentors]
    declined = (
        frozenset(draw(st.lists(st.sampled_from(all_pairs), max_size=4)))
        if all_pairs
        else frozenset()
    )
    weights = Weights(*draw(st.lists(st.integers(0, 10), min_size=7, max_size=7)))
    chosen = MatchSettings(
        weights=weights,
        generalist_after_days=draw(st.integers(0, 120)),
        min_score=draw(st.integers(0, 80)),
    )
    return mentees, mentors, declined, chosen


@PROPERTY_SETTINGS
@given(pools())
def test_the_matrix_scores_every_pair_exactly_like_the_scalar_score(pool: Pool) -> None:
    mentees, mentors, declined, chosen = pool
    matrix = score_matrix(mentees, mentors, chosen, declined, TODAY)
    assert matrix.total.shape == (len(mentees), len(mentors))
    for i, a in enumerate(mentees):
        for j, b in enumerate(mentors):
            scalar = score_pair(a, b, chosen, TODAY)
            assert abs(matrix.total[i, j] - scalar.total) <= 1e-9
            assert matrix.job[i, j] == scalar.parts[0].fraction
            assert exclusion_of(int(matrix.exclusion[i, j])) == exclusion(a, b, declined)
            assert all(part.reason in REASONS[part.component] for part in scalar.parts)
            assert abs(sum(part.points for part in scalar.parts) - scalar.total) <= 1e-9


@PROPERTY_SETTINGS
@given(pools())
def test_the_pool_respects_every_rule_and_never_loses_to_greedy(pool: Pool) -> None:
    mentees, mentors, declined, chosen = pool
    proposal = propose_pool(mentees, mentors, chosen, declined, TODAY)
    by_id = {p.id: p for p in (*mentees, *mentors)}
    paired = [p.score.mentee_id for p in proposal.pairs]
    unmatched = [u.mentee_id for u in proposal.unmatched]
    assert sorted(paired + unmatched) == sorted(p.id for p in mentees)
    for mentor in mentors:
        places = sum(p.score.mentor_id == mentor.id for p in proposal.pairs)
        assert places <= free_places(mentor)
    for pair in proposal.pairs:
        a, b = by_id[pair.score.mentee_id], by_id[pair.score.mentor_id]
        assert exclusion(a, b, declined) is None
        assert (a.id, b.id) not in declined
        assert pair.score.parts[0].fraction > 0
        assert pair.score.total >= chosen.min_score
        assert pair.score == score_pair(a, b, chosen, TODAY)
    greedy = greedy_pool(mentees, mentors, chosen, declined, TODAY)
    assert proposal.total >= greedy.total - 1e-9


@PROPERTY_SETTINGS
@given(pools(max_size=8))
def test_suggestions_are_ordered_and_never_rank_an_excluded_mentor(pool: Pool) -> None:
    mentees, mentors, declined, chosen = pool
    for a in mentees[:2]:
        found = suggest_mentors(a, mentors, chosen, declined, TODAY, limit=5)
        keys = [(-s.score.total, s.score.mentor_id) for s in found.ranked]
        assert keys == sorted(keys)
        assert [s.rank for s in found.ranked] == list(range(1, len(found.ranked) + 1))
        excluded = {e.other_id: e.reason for e in found.excluded}
        for mentor in mentors:
            assert excluded.get(mentor.id) == exclusion(a, mentor, declined)
        eligible = len(mentors) - len(excluded)
        assert len(found.ranked) == min(5, eligible)
        shown = {s.score.mentor_id for s in found.ranked}
        if found.ranked:
            lowest = found.ranked[-1].score.total
            for mentor in mentors:
                if mentor.id not in excluded and mentor.id not in shown:
                    assert score_pair(a, mentor, chosen, TODAY).total <= lowest
