"""The words for matching: score components, their reasons, exclusions, and match steps.

The matching rules return codes (`desktop.matching`); a coach reads sentences. Every
sentence is translated here, once, so the suggestions, the pool proposal, the review and
the settings preview explain a score in the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.labels import availability_slots, level_label, match_state_label
from desktop.matching.scoring import Component, Exclusion, Part
from desktop.screens.case_words import CaseWords, language_name

if TYPE_CHECKING:
    from desktop.matching.assignment import Unmatched

# The case view and the lists show match states without loading the assignment (SciPy).
__all__ = [
    "component_label",
    "exclusion_text",
    "match_state_label",
    "part_text",
    "score_text",
    "unmatched_text",
]


translate = QCoreApplication.translate


def component_label(component: Component) -> str:
    """The name of a score component, as in Settings and in every breakdown."""
    return {
        Component.JOB: translate("MatchWords", "Job target"),
        Component.PLACE: translate("MatchWords", "Place and mobility"),
        Component.AVAILABILITY: translate("MatchWords", "Availability"),
        Component.LANGUAGES: translate("MatchWords", "Languages"),
        Component.PREFERENCES: translate("MatchWords", "Stated preferences"),
        Component.INTERESTS: translate("MatchWords", "Shared interests"),
        Component.WAITING: translate("MatchWords", "Time waited"),
    }[component]


def score_text(total: float) -> str:
    """A score out of 100, as shown in lists."""
    return translate("MatchWords", "{score} / 100").format(score=round(total))


def _codes(values: tuple[str, ...], words: CaseWords, list_name: str) -> str:
    return ", ".join(dict.fromkeys(words.label(list_name, code) for code in values))


def _slots(values: tuple[str, ...]) -> str:
    labels = dict(availability_slots())
    return ", ".join(labels.get(code, code) for code in values)


def _languages(values: tuple[str, ...]) -> str:
    # The values come in (language, the mentee's level) pairs, the best level first.
    pairs = zip(values[::2], values[1::2], strict=False)
    return ", ".join(
        f"{language_name(code)} ({level_label(level)})" if level else language_name(code)
        for code, level in pairs
    )


def _preferences(values: tuple[str, ...]) -> str:
    words = {
        "female": translate("MatchWords", "a woman"),
        "male": translate("MatchWords", "a man"),
        "other": translate("MatchWords", "another gender"),
        "under-35": translate("MatchWords", "under 35"),
        "35-50": translate("MatchWords", "35 to 50"),
        "over-50": translate("MatchWords", "over 50"),
    }
    return ", ".join(words.get(value, value) for value in values)


def _job_text(part: Part, words: CaseWords) -> str:
    values = part.values
    texts = {
        "same-occupation": lambda: translate("MatchWords", "Same occupation: {what}").format(
            what=_codes(values, words, "occupations")
        ),
        "same-sector": lambda: translate("MatchWords", "Same sector: {what}").format(
            what=_codes(values, words, "sectors")
        ),
        "related-occupation": lambda: translate("MatchWords", "Related occupations: {what}").format(
            what=_codes(values, words, "occupations")
        ),
        "related-sector": lambda: translate("MatchWords", "Related sectors: {what}").format(
            what=_codes(values, words, "sectors")
        ),
        "generalist": lambda: translate(
            "MatchWords", "A generalist (HR or recruiter), proposed after a long wait"
        ),
        "none": lambda: translate("MatchWords", "Different fields of work"),
    }
    return texts.get(part.reason, lambda: part.reason)()


def _place_text(part: Part) -> str:
    mobile = "mobile" in part.values
    values = tuple(value for value in part.values if value != "mobile")
    texts = {
        "same-postcode": lambda: translate("MatchWords", "Same postcode ({what})").format(
            what=", ".join(values)
        ),
        "same-municipality": lambda: translate("MatchWords", "Same municipality ({what})").format(
            what=", ".join(values)
        ),
        "same-area": lambda: translate("MatchWords", "Same area (postcodes {what}…)").format(
            what=", ".join(values)
        ),
        "same-province": lambda: translate("MatchWords", "Same region (postcodes {what}…)").format(
            what=", ".join(values)
        ),
        "far": lambda: translate("MatchWords", "Live far apart"),
        "unknown": lambda: translate("MatchWords", "Postcode not known for one of them"),
    }
    text = texts.get(part.reason, lambda: part.reason)()
    return (
        translate("MatchWords", "{place}; the mentee drives").format(place=text) if mobile else text
    )


def part_text(part: Part, words: CaseWords) -> str:
    """Why a component scored what it did, in one sentence."""
    component, reason, values = part.component, part.reason, part.values
    if component is Component.JOB:
        return _job_text(part, words)
    if component is Component.PLACE:
        return _place_text(part)
    if reason == "unknown":
        return {
            Component.AVAILABILITY: translate(
                "MatchWords", "Free moments not known for one of them"
            ),
            Component.INTERESTS: translate("MatchWords", "Interests not known for one of them"),
            Component.WAITING: translate("MatchWords", "Not waiting"),
        }.get(component, translate("MatchWords", "Not known"))
    if component is Component.AVAILABILITY:
        if reason == "shared":
            return translate("MatchWords", "Both free: {what}").format(what=_slots(values))
        return translate("MatchWords", "No free moment in common")
    if component is Component.LANGUAGES:
        if reason == "common":
            return translate("MatchWords", "In common: {what}").format(what=_languages(values))
        return translate("MatchWords", "No language in common")
    if component is Component.PREFERENCES:
        return {
            "none-stated": lambda: translate("MatchWords", "No preference stated"),
            "met": lambda: translate("MatchWords", "Wishes met: {what}").format(
                what=_preferences(values)
            ),
            "partly-met": lambda: translate("MatchWords", "Some wishes met: {what}").format(
                what=_preferences(values)
            ),
            "not-met": lambda: translate(
                "MatchWords", "The mentee's wishes about the mentor are not met"
            ),
        }.get(reason, lambda: reason)()
    if component is Component.INTERESTS:
        if reason == "shared":
            return translate("MatchWords", "Both like: {what}").format(what=", ".join(values))
        return translate("MatchWords", "No interest in common")
    if reason == "waited":
        return translate("MatchWords", "Waited {days} days").format(
            days=values[0] if values else "0"
        )
    return reason


def exclusion_text(reason: Exclusion) -> str:
    """Why a pair is never suggested."""
    return {
        Exclusion.AT_CAPACITY: translate("MatchWords", "Has as many mentees as agreed"),
        Exclusion.DECLINED: translate(
            "MatchWords", "Proposed before: declined, or a duo that has ended"
        ),
        Exclusion.NOT_ACCEPTED: translate("MatchWords", "Not accepted yet"),
        Exclusion.NO_COMMON_LANGUAGE: translate("MatchWords", "No language in common"),
    }[reason]


def unmatched_text(reason: Unmatched) -> str:
    """Why the whole-pool proposal found no mentor for a mentee."""
    from desktop.matching.assignment import Unmatched  # SciPy: loaded only for the pool

    return {
        Unmatched.NO_ELIGIBLE_MENTOR: translate(
            "MatchWords",
            "No mentor can take them: every mentor is full, declined before or has no "
            "language in common",
        ),
        Unmatched.NO_JOB_FIT: translate(
            "MatchWords",
            "No mentor in the same or a related field yet; a generalist is proposed after "
            "the wait set in Settings",
        ),
        Unmatched.BELOW_MIN_SCORE: translate(
            "MatchWords", "The best mentor scores below the minimum set in Settings"
        ),
        Unmatched.PLACES_TAKEN: translate(
            "MatchWords",
            "Good mentors exist, but their places went to mentees who waited longer or fit better",
        ),
    }[reason]
