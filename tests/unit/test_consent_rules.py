"""Whether a consent stands: given, not withdrawn, and for the purpose asked about."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.rules.consent import EVALUATION, has_consent
from storage.records import Consent

GIVEN = date(2026, 1, 5)
WITHDRAWN = date(2026, 4, 20)


def consent(
    purpose: str = EVALUATION, given_on: date = GIVEN, withdrawn_on: date | None = None
) -> Consent:
    return Consent(purpose=purpose, given_on=given_on, text_version="1", withdrawn_on=withdrawn_on)


def test_a_consent_given_and_not_withdrawn_stands() -> None:
    assert has_consent([consent()], EVALUATION)
    assert has_consent([consent()], EVALUATION, on=GIVEN)


def test_no_consent_or_one_to_another_purpose_does_not() -> None:
    assert not has_consent([], EVALUATION)
    assert not has_consent([consent("programme"), consent("share-cv")], EVALUATION)


def test_a_withdrawn_consent_no_longer_stands() -> None:
    withdrawn = [consent(withdrawn_on=WITHDRAWN)]
    assert not has_consent(withdrawn, EVALUATION)
    assert not has_consent(withdrawn, EVALUATION, on=WITHDRAWN)
    assert has_consent(withdrawn, EVALUATION, on=WITHDRAWN - timedelta(days=1))


def test_a_consent_stands_only_from_the_day_it_was_given() -> None:
    assert not has_consent([consent()], EVALUATION, on=GIVEN - timedelta(days=1))


def test_a_consent_given_again_after_a_withdrawal_stands() -> None:
    again = [consent(withdrawn_on=WITHDRAWN), consent(given_on=date(2026, 5, 2))]
    assert has_consent(again, EVALUATION)
    assert not has_consent(again, EVALUATION, on=date(2026, 4, 30))
    assert has_consent(again, EVALUATION, on=date(2026, 5, 2))


days = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))
consents = st.lists(
    st.builds(
        consent,
        purpose=st.sampled_from([EVALUATION, "programme", "share-cv"]),
        given_on=days,
        withdrawn_on=st.none() | days,
    ),
    max_size=5,
)


@given(consents, st.none() | days)
def test_the_order_of_the_records_does_not_matter(records: list[Consent], on: date | None) -> None:
    assert has_consent(records, EVALUATION, on) == has_consent(records[::-1], EVALUATION, on)


@given(consents, st.none() | days)
def test_withdrawing_every_consent_by_then_leaves_none(
    records: list[Consent], on: date | None
) -> None:
    day = on or date(2028, 12, 31)
    withdrawn = [consent(c.purpose, c.given_on, min(c.withdrawn_on or day, day)) for c in records]
    assert not has_consent(withdrawn, EVALUATION, on)


@given(consents, consents, st.none() | days)
def test_more_records_never_take_a_standing_consent_away(
    records: list[Consent], more: list[Consent], on: date | None
) -> None:
    if has_consent(records, EVALUATION, on):
        assert has_consent(records + more, EVALUATION, on)
