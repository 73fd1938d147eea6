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


def _tr(text: str) -> str:
    return QCoreApplication.translate("EndingWords", text)


def end_kind_label(kind: EndKind) -> str:
    """ "Planned end" or "Early end"."""
    return {EndKind.PLANNED: _tr("Planned end"), EndKind.EARLY: _tr("Early end")}[kind]


def ended_by_label(who: EndedBy) -> str:
    """Who decided to end the duo."""
    return {
        EndedBy.BOTH: _tr("Both together"),
        EndedBy.MENTEE: _tr("The mentee"),
        EndedBy.MENTOR: _tr("The mentor"),
        EndedBy.COACH: _tr("The coach"),
    }[who]


def situation_label(situation: Situation) -> str:
    """The mentee's situation at an outcome follow-up."""
    return {
        Situation.UNEMPLOYED: _tr("Unemployed"),
        Situation.EMPLOYED: _tr("Employed"),
        Situation.TRAINING: _tr("In training"),
        Situation.OTHER: _tr("Other"),
    }[situation]


def contract_label(contract: Contract) -> str:
    """The kind of job contract; "Not known" when none was said."""
    return {
        Contract.NONE: _tr("Not known"),
        Contract.PERMANENT: _tr("Permanent contract"),
        Contract.FIXED_TERM_LONG: _tr("Fixed term of 6 months or more"),
        Contract.FIXED_TERM_SHORT: _tr("Fixed term under 6 months"),
    }[contract]


def source_label(source: OutcomeSource) -> str:
    """How the coach learned an outcome."""
    return {
        OutcomeSource.CALL: _tr("Phone call"),
        OutcomeSource.EMAIL: _tr("E-mail"),
        OutcomeSource.LINKEDIN: _tr("LinkedIn"),
        OutcomeSource.OTHER: _tr("Other"),
    }[source]


def answer_label(answer: bool | None) -> str:
    """A yes / no question that may not be known (at the right level, in the sector)."""
    if answer is None:
        return _tr("Not known")
    return _tr("Yes") if answer else _tr("No")


def months_after_label(months: int) -> str:
    """An outcome follow-up's moment: "3 months after the end"."""
    return _tr("{months} months after the end").format(months=months)


def _outcome_facts(outcome: Outcome) -> list[str]:
    facts = [situation_label(outcome.situation)]
    employed = outcome.situation is Situation.EMPLOYED
    if employed and outcome.contract is not Contract.NONE:
        # Within a line the words differ from the field's label (case, in some languages).
        facts.append(
            {
                Contract.PERMANENT: _tr("permanent contract"),
                Contract.FIXED_TERM_LONG: _tr("fixed term of 6 months or more"),
                Contract.FIXED_TERM_SHORT: _tr("fixed term under 6 months"),
            }[outcome.contract]
        )
    if employed and outcome.at_level is not None:
        facts.append(
            _tr("at the right level") if outcome.at_level else _tr("not at the right level")
        )
    if outcome.in_desired_sector is not None:
        facts.append(
            _tr("in the desired sector")
            if outcome.in_desired_sector
            else _tr("not in the desired sector")
        )
    return facts


def outcome_line(outcome: Outcome) -> str:
    """One outcome follow-up on one line, for a list."""
    return _tr("{months} months: {facts} — learned {day} ({source})").format(
        months=outcome.months_after,
        facts=_tr(", ").join(_outcome_facts(outcome)),
        day=day_text(outcome.recorded_on),
        source=source_label(outcome.source),
    )


def ending_line(ending: Ending, reason_label: str) -> str:
    """One ending on one line, for a list: its kind, day, who decided it and why.

    `reason_label` is the label of the ending's reason code ("" for none)."""
    day = day_text(ending.ended_on)
    if ending.kind is EndKind.EARLY:
        line = {
            EndedBy.BOTH: _tr("Early end on {day}, decided together"),
            EndedBy.MENTEE: _tr("Early end on {day}, decided by the mentee"),
            EndedBy.MENTOR: _tr("Early end on {day}, decided by the mentor"),
            EndedBy.COACH: _tr("Early end on {day}, decided by the coach"),
        }[ending.ended_by].format(day=day)
    else:
        line = _tr("Planned end on {day}").format(day=day)
    if reason_label:
        line = _tr("{line}: {reason}").format(line=line, reason=reason_label)
    if ending.reopened_on is not None:
        line = _tr("{line} — reopened on {day}").format(line=line, day=day_text(ending.reopened_on))
    return line
