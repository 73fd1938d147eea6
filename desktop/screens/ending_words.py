"""The words for the end of a duo and its outcome follow-ups.

The records keep codes (`storage.duo_records`); a coach reads sentences. The ending and
outcome dialogs, the duo page and the lists show them in the same words, translated here.

    ending_line(ending, reason_label="Found a job")
    # "Early end on 12 May 2026, decided by the mentee: Found a job"
    outcome_line(outcome)
    # "3 months: Employed, permanent contract, at the right level — learned 2 Sep 2026 (LinkedIn)"
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.screens.case_words import day_text
from storage.duo_records import (
    Contract,
    EndedBy,
    Ending,
    EndKind,
    Outcome,
    OutcomeSource,
    Situation,
)

translate = QCoreApplication.translate


def end_kind_label(kind: EndKind) -> str:
    """ "Planned end" or "Early end"."""
    return {
        EndKind.PLANNED: translate("EndingWords", "Planned end"),
        EndKind.EARLY: translate("EndingWords", "Early end"),
    }[kind]


def ended_by_label(who: EndedBy) -> str:
    """Who decided to end the duo."""
    return {
        EndedBy.BOTH: translate("EndingWords", "Both together"),
        EndedBy.MENTEE: translate("EndingWords", "The mentee"),
        EndedBy.MENTOR: translate("EndingWords", "The mentor"),
        EndedBy.COACH: translate("EndingWords", "The coach"),
    }[who]


def situation_label(situation: Situation) -> str:
    """The mentee's situation at an outcome follow-up."""
    return {
        Situation.UNEMPLOYED: translate("EndingWords", "Unemployed"),
        Situation.EMPLOYED: translate("EndingWords", "Employed"),
        Situation.TRAINING: translate("EndingWords", "In training"),
        Situation.OTHER: translate("EndingWords", "Other"),
    }[situation]


def contract_label(contract: Contract) -> str:
    """The kind of job contract; "Not known" when none was said."""
    return {
        Contract.NONE: translate("EndingWords", "Not known"),
        Contract.PERMANENT: translate("EndingWords", "Permanent contract"),
        Contract.FIXED_TERM_LONG: translate("EndingWords", "Fixed term of 6 months or more"),
        Contract.FIXED_TERM_SHORT: translate("EndingWords", "Fixed term under 6 months"),
    }[contract]


def source_label(source: OutcomeSource) -> str:
    """How the coach learned an outcome."""
    return {
        OutcomeSource.CALL: translate("EndingWords", "Phone call"),
        OutcomeSource.EMAIL: translate("EndingWords", "E-mail"),
        OutcomeSource.LINKEDIN: translate("EndingWords", "LinkedIn"),
        OutcomeSource.OTHER: translate("EndingWords", "Other"),
    }[source]


def answer_label(answer: bool | None) -> str:
    """A yes / no question that may not be known (at the right level, in the sector)."""
    if answer is None:
        return translate("EndingWords", "Not known")
    return translate("EndingWords", "Yes") if answer else translate("EndingWords", "No")


def months_after_label(months: int) -> str:
    """An outcome follow-up's moment: "3 months after the end"."""
    return translate("EndingWords", "{months} months after the end").format(months=months)


def _outcome_facts(outcome: Outcome) -> list[str]:
    facts = [situation_label(outcome.situation)]
    employed = outcome.situation is Situation.EMPLOYED
    if employed and outcome.contract is not Contract.NONE:
        # Within a line the words differ from the field's label (case, in some languages).
        facts.append(
            {
                Contract.PERMANENT: translate("EndingWords", "permanent contract"),
                Contract.FIXED_TERM_LONG: translate(
                    "EndingWords", "fixed term of 6 months or more"
                ),
                Contract.FIXED_TERM_SHORT: translate("EndingWords", "fixed term under 6 months"),
            }[outcome.contract]
        )
    if employed and outcome.at_level is not None:
        facts.append(
            translate("EndingWords", "at the right level")
            if outcome.at_level
            else translate("EndingWords", "not at the right level")
        )
    if outcome.in_desired_sector is not None:
        facts.append(
            translate("EndingWords", "in the desired sector")
            if outcome.in_desired_sector
            else translate("EndingWords", "not in the desired sector")
        )
    return facts


def outcome_line(outcome: Outcome) -> str:
    """One outcome follow-up on one line, for a list."""
    return translate("EndingWords", "{months} months: {facts} — learned {day} ({source})").format(
        months=outcome.months_after,
        facts=translate("EndingWords", ", ").join(_outcome_facts(outcome)),
        day=day_text(outcome.recorded_on),
        source=source_label(outcome.source),
    )


def ending_line(ending: Ending, reason_label: str) -> str:
    """One ending on one line, for a list: its kind, day, who decided it and why.

    `reason_label` is the label of the ending's reason code ("" for none)."""
    day = day_text(ending.ended_on)
    if ending.kind is EndKind.EARLY:
        line = {
            EndedBy.BOTH: translate("EndingWords", "Early end on {day}, decided together"),
            EndedBy.MENTEE: translate("EndingWords", "Early end on {day}, decided by the mentee"),
            EndedBy.MENTOR: translate("EndingWords", "Early end on {day}, decided by the mentor"),
            EndedBy.COACH: translate("EndingWords", "Early end on {day}, decided by the coach"),
        }[ending.ended_by].format(day=day)
    else:
        line = translate("EndingWords", "Planned end on {day}").format(day=day)
    if reason_label:
        line = translate("EndingWords", "{line}: {reason}").format(line=line, reason=reason_label)
    if ending.reopened_on is not None:
        line = translate("EndingWords", "{line} — reopened on {day}").format(
            line=line, day=day_text(ending.reopened_on)
        )
    return line
