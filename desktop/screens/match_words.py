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


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatchWords", text)


def component_label(component: Component) -> str:
    """The name of a score component, as in Settings and in every breakdown."""
    return {
        Component.JOB: _tr("Job target"),
        Component.PLACE: _tr("Place and mobility"),
        Component.AVAILABILITY: _tr("Availability"),
        Component.LANGUAGES: _tr("Languages"),
        Component.PREFERENCES: _tr("Stated preferences"),
        Component.INTERESTS: _tr("Shared interests"),
        Component.WAITING: _tr("Time waited"),
    }[component]


def score_text(total: float) -> str:
    """A score out of 100, as shown in lists."""
    return _tr("{score} / 100").format(score=round(total))


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
        "female": _tr("a woman"),
        "male": _tr("a man"),
        "other": _tr("another gender"),
        "under-35": _tr("under 35"),
        "35-50": _tr("35 to 50"),
        "over-50": _tr("over 50"),
    }
    return ", ".join(words.get(value, value) for value in values)


def _job_text(part: Part, words: CaseWords) -> str:
    values = part.values
    texts = {
        "same-occupation": lambda: _tr("Same occupation: {what}").format(
            what=_codes(values, words, "occupations")
        ),
        "same-sector": lambda: _tr("Same sector: {what}").format(
            what=_codes(values, words, "sectors")
        ),
        "related-occupation": lambda: _tr("Related occupations: {what}").format(
            what=_codes(values, words, "occupations")
        ),
        "related-sector": lambda: _tr("Related sectors: {what}").format(
            what=_codes(values, words, "sectors")
        ),
        "generalist": lambda: _tr("A generalist (HR or recruiter), proposed after a long wait"),
        "none": lambda: _tr("Different fields of work"),
    }
    return texts.get(part.reason, lambda: part.reason)()


def _place_text(part: Part) -> str:
    mobile = "mobile" in part.values
    values = tuple(value for value in part.values if value != "mobile")
    texts = {
        "same-postcode": lambda: _tr("Same postcode ({what})").format(what=", ".join(values)),
        "same-municipality": lambda: _tr("Same municipality ({what})").format(
            what=", ".join(values)
        ),
        "same-area": lambda: _tr("Same area (postcodes {what}…)").format(what=", ".join(values)),
        "same-province": lambda: _tr("Same region (postcodes {what}…)").format(
            what=", ".join(values)
        ),
        "far": lambda: _tr("Live far apart"),
        "unknown": lambda: _tr("Postcode not known for one of them"),
    }
    text = texts.get(part.reason, lambda: part.reason)()
    return _tr("{place}; the mentee drives").format(place=text) if mobile else text


def part_text(part: Part, words: CaseWords) -> str:
    """Why a component scored what it did, in one sentence."""
    component, reason, values = part.component, part.reason, part.values
    if component is Component.JOB:
        return _job_text(part, words)
    if component is Component.PLACE:
        return _place_text(part)
    if reason == "unknown":
        return {
            Component.AVAILABILITY: _tr("Free moments not known for one of them"),
            Component.INTERESTS: _tr("Interests not known for one of them"),
            Component.WAITING: _tr("Not waiting"),
        }.get(component, _tr("Not known"))
    if component is Component.AVAILABILITY:
        if reason == "shared":
            return _tr("Both free: {what}").format(what=_slots(values))
        return _tr("No free moment in common")
    if component is Component.LANGUAGES:
        if reason == "common":
            return _tr("In common: {what}").format(what=_languages(values))
        return _tr("No language in common")
    if component is Component.PREFERENCES:
        return {
            "none-stated": lambda: _tr("No preference stated"),
            "met": lambda: _tr("Wishes met: {what}").format(what=_preferences(values)),
            "partly-met": lambda: _tr("Some wishes met: {what}").format(what=_preferences(values)),
            "not-met": lambda: _tr("The mentee's wishes about the mentor are not met"),
        }.get(reason, lambda: reason)()
    if component is Component.INTERESTS:
        if reason == "shared":
            return _tr("Both like: {what}").format(what=", ".join(values))
        return _tr("No interest in common")
    if reason == "waited":
        return _tr("Waited {days} days").format(days=values[0] if values else "0")
    return reason


def exclusion_text(reason: Exclusion) -> str:
    """Why a pair is never suggested."""
    return {
        Exclusion.AT_CAPACITY: _tr("Has as many mentees as agreed"),
        Exclusion.DECLINED: _tr("Proposed before: declined, or a duo that has ended"),
        Exclusion.NOT_ACCEPTED: _tr("Not accepted yet"),
        Exclusion.NO_COMMON_LANGUAGE: _tr("No language in common"),
    }[reason]


def unmatched_text(reason: Unmatched) -> str:
    """Why the whole-pool proposal found no mentor for a mentee."""
    from desktop.matching.assignment import Unmatched  # SciPy: loaded only for the pool

    return {
        Unmatched.NO_ELIGIBLE_MENTOR: _tr(
            "No mentor can take them: every mentor is full, declined before or has no "
            "language in common"
        ),
        Unmatched.NO_JOB_FIT: _tr(
            "No mentor in the same or a related field yet; a generalist is proposed after "
            "the wait set in Settings"
        ),
        Unmatched.BELOW_MIN_SCORE: _tr("The best mentor scores below the minimum set in Settings"),
        Unmatched.PLACES_TAKEN: _tr(
            "Good mentors exist, but their places went to mentees who waited longer or fit better"
        ),
    }[reason]
