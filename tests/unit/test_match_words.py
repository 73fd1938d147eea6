"""Every reason the scoring can give is told in words: no code ever reaches the coach."""

from __future__ import annotations

import pytest

from desktop.matching.assignment import Unmatched
from desktop.matching.scoring import REASONS, Component, Exclusion, Part
from desktop.screens.case_words import CaseWords
from desktop.screens.match_words import (
    component_label,
    exclusion_text,
    part_text,
    unmatched_text,
)

WORDS = CaseWords(
    staff={},
    lists={"occupations": {"22": "Health professionals"}, "sectors": {"Q": "Health care"}},
)
VALUES = {
    Component.JOB: ("22",),
    Component.PLACE: ("90", "mobile"),
    Component.AVAILABILITY: ("mon-evening", "sat"),
    Component.LANGUAGES: ("nl", "B1", "en", ""),
    Component.PREFERENCES: ("female", "over-50"),
    Component.INTERESTS: ("chess", "cooking"),
    Component.WAITING: ("74",),
}
ALL_REASONS = [(component, reason) for component, reasons in REASONS.items() for reason in reasons]


@pytest.mark.parametrize(("component", "reason"), ALL_REASONS)
def test_every_reason_reads_as_a_sentence(component: Component, reason: str) -> None:
    text = part_text(Part(component, 0.5, 1.0, reason, VALUES[component]), WORDS)
    assert text and text != reason
    for code in ("mobile", "mon-evening", "over-50", "female"):
        assert code not in text  # codes are turned into words


def test_values_are_named_the_way_the_coach_knows_them() -> None:
    def text(component: Component, reason: str) -> str:
        return part_text(Part(component, 1, 1, reason, VALUES[component]), WORDS)

    assert text(Component.JOB, "same-occupation") == "Same occupation: Health professionals"
    assert text(Component.PLACE, "same-area") == "Same area (postcodes 90…); the mentee drives"
    assert text(Component.AVAILABILITY, "shared") == "Both free: Mon evening, Sat"
    assert text(Component.LANGUAGES, "common").startswith("In common: Dutch (B1), English")
    assert text(Component.PREFERENCES, "met") == "Wishes met: a woman, over 50"
    assert text(Component.WAITING, "waited") == "Waited 74 days"


def test_components_exclusions_and_unmatched_reasons_all_have_words() -> None:
    assert all(component_label(component) for component in Component)
    assert all(exclusion_text(reason) for reason in Exclusion)
    assert all(unmatched_text(reason) for reason in Unmatched)
