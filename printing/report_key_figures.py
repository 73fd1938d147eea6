"""The key figures of the programme report as a panel of big numbers, and how its counts,
shares and waits are written in the document's language.

    key_figures(figures, Words("programme_report", "nl"))   # the panel, a Table
    percent_text(words, 16, 49)                            # "33%"
    days_text(words, 93.0)                                 # "93 dagen"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from printing.report_tables import tiles
from printing.words import Words

if TYPE_CHECKING:
    from desktop.rules.programme_figures import ByRole, ProgrammeFigures


def days_text(words: Words, days: float | None) -> str:
    """A number of days, "–" when there is none."""
    if days is None:
        return "–"
    whole = round(days)
    return words("day") if whole == 1 else words("days", days=words.number(whole))


def percent_text(words: Words, part: int, whole: int) -> str:
    """`part` as a share of `whole`, e.g. "33%"; "–" when the whole is nothing."""
    return words("percent", value=words.number(100 * part / whole)) if whole else "–"


def _split(words: Words, counts: ByRole) -> str:
    return words(
        "split", mentees=words.number(counts.mentees), mentors=words.number(counts.mentors)
    )


def key_figures(figures: ProgrammeFigures, words: Words) -> Flowable:
    """The panel of big numbers, each with what it counts."""
    n = words.number
    decisions = dict(figures.decisions)
    kinds = dict(figures.end_kinds)
    employed = dict(figures.outcomes)["employed"]
    return tiles(
        [
            (
                n(figures.registrations.total),
                words("tile_registrations"),
                _split(words, figures.registrations),
            ),
            (n(figures.intakes.total), words("tile_intakes"), _split(words, figures.intakes)),
            (
                n(decisions["accepted"]),
                words("tile_accepted"),
                words(
                    "tile_accepted_detail",
                    refused=n(decisions["refused"]),
                    referred=n(decisions["referred"]),
                ),
            ),
            (n(figures.proposals), words("tile_proposals"), ""),
            (
                n(figures.duos_started),
                words("tile_duos_started"),
                words("tile_duos_started_detail"),
            ),
            (n(figures.active_duos), words("tile_active"), words("tile_active_detail")),
            (n(figures.meetings), words("tile_meetings"), words("tile_meetings_detail")),
            (
                n(figures.endings),
                words("tile_endings"),
                words("tile_endings_detail", planned=n(kinds["planned"]), early=n(kinds["early"])),
            ),
            (
                percent_text(words, employed, figures.outcomes_known),
                words("tile_employed"),
                words("tile_employed_detail", count=n(employed), total=n(figures.outcomes_known)),
            ),
            (
                days_text(words, figures.matched_waits.median_days),
                words("tile_wait"),
                words("tile_wait_detail"),
            ),
            (
                n(figures.waiting_now.count),
                words("tile_waiting"),
                words(
                    "tile_waiting_detail", wait=days_text(words, figures.waiting_now.median_days)
                ),
            ),
            (n(figures.mentors_waiting_now), words("tile_mentors_free"), ""),
        ]
    )
