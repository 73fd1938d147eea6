"""The five profiles of the funders' export and their data dictionary: for each, what one row
is, when a row falls in the period, and every column with its meaning and values.

Privacy by design: a profile holds what a funder counts, never free text (notes, session
summaries, motivation, feedback, written answers), contact details, the right to work or the
CV. People appear by pseudonymised id; their names only when the export asks for them.
The rows themselves are made in `storage.export_rows` and `storage.export_case_rows`.
"""

from __future__ import annotations

from storage.export_columns import (
    DAY,
    DUO_PEOPLE,
    PARTICIPANT_ID,
    SEPARATOR,
    YES_NO,
    Column,
    Profile,
    name_columns,
    pseudonym_column,
)
from storage.periods import ExportError

PARTICIPANTS = Profile(
    name="participants",
    row="One row per participant (mentee or mentor).",
    period="A participant is in the period when registered on or before its last day and "
    "not refused, referred, withdrawn or ended before its first day (still on the path, or "
    "left it during the period). Without any dated step, only in an export of all dates.",
    columns=(
        PARTICIPANT_ID,
        *name_columns("", "the participant"),
        Column("role", "Which side of the programme.", "mentee, mentor"),
        Column(
            "status",
            "Where the participant stands on the path now (at the time of the export).",
            "registered, interviewed, accepted (screened in and waiting for a match; a mentor: "
            "available), refused, referred (sent to other support), matching (a match is "
            "proposed), in_duo, ended (the duo ended), withdrawn",
        ),
        Column("status_since", "The day the current status began.", DAY),
        Column("registered_on", "The day of registration (the first step on the path).", DAY),
        Column("info_session_on", "The day the participant attended an info session.", DAY),
        Column("intake_on", "The day of the intake interview.", DAY),
        Column(
            "decision",
            "The latest screening decision after the intake.",
            "accepted, refused, referred; empty before the decision",
        ),
        Column(
            "waiting_since",
            "The day the current wait for a match began.",
            "a date, YYYY-MM-DD; empty when not waiting now",
        ),
        Column("gender", "Gender, when recorded.", "female, male, other; empty when not told"),
        Column("year_of_birth", "Year of birth (never the full date).", "a year"),
        Column("country_of_origin", "Country of origin.", "ISO 3166-1 alpha-2 code, e.g. MA"),
        Column("arrival_year", "Year of arrival in Belgium.", "a year"),
        Column("diploma_level", "Highest diploma.", "", list_name="diploma_levels"),
        Column(
            "postcode",
            "Postcode of residence (the municipality follows from it; never an address).",
            "a Belgian postcode",
        ),
        Column(
            "sectors",
            "Job target (mentee) or field (mentor): sectors, first choice first.",
            f"NACE Rev. 2 codes separated by {SEPARATOR}",
        ),
        Column(
            "occupations",
            "Job target (mentee) or occupation (mentor), first choice first.",
            f"ISCO-08 codes separated by {SEPARATOR}",
        ),
        Column(
            "languages",
            "Languages and levels.",
            f"language:level pairs separated by {SEPARATOR}; ISO 639-1 languages, levels "
            "A1…C2 (CEFR) or native, e.g. nl:B1|ar:native",
        ),
    ),
)

DUOS = Profile(
    name="duos",
    row="One row per duo: a match validated by mentor and mentee after the first meeting.",
    period="A duo is in the period when it ran during some of it: validated on or before "
    "its last day, and not ended before its first day.",
    columns=(
        *DUO_PEOPLE,
        Column("state", "Whether the duo still runs.", "duo (running), ended"),
        Column("proposed_on", "The day the coach proposed the match.", DAY),
        Column("first_meeting_on", "The day of the first meeting.", DAY),
        Column("coach_at_first_meeting", "Whether the coach was at the first meeting.", YES_NO),
        Column("validated_on", "The day both confirmed they go on: the duo's start.", DAY),
        Column("agreement", "Whether an agreement was drawn up.", "yes, no"),
        Column("agreement_signed", "Whether mentor, mentee and coach all signed it.", "yes, no"),
        Column(
            "charter_version",
            "The version of the ethics charter the agreement names.",
            "as set by the programme; empty when none",
        ),
        Column("start_on", "The start day written in the agreement.", DAY),
        Column("planned_months", "The duration agreed, in months.", "a whole number"),
        Column("planned_end_on", "The planned end day in the agreement.", DAY),
        Column(
            "contact_every_days",
            "The contact frequency agreed: at most this many days between two contacts.",
            "a whole number of days",
        ),
        Column("meetings", "Number of meetings held (whole duo).", "a whole number"),
        Column(
            "short_contacts",
            "Number of short contacts between meetings (a call, a message; whole duo).",
            "a whole number",
        ),
        Column(
            "meetings_in_period", "Number of meetings held within the period.", "a whole number"
        ),
        Column("last_contact_on", "The day of the latest meeting or short contact.", DAY),
        Column("interim_call_on", "The day of the coach's interim call (after a month).", DAY),
        Column("ended_on", "The day the duo ended.", "a date, YYYY-MM-DD; empty while running"),
        Column("end_kind", "How it ended.", "planned, early; empty while running"),
        Column(
            "ended_by", "Who decided to end it.", "both, mentee, mentor, coach; empty while running"
        ),
        Column("end_reason", "Why it ended.", "", list_name="end_reasons"),
        Column("final_meeting_on", "The day of the final meeting.", DAY),
        Column(
            "evaluations",
            "The evaluations taken, as moment/respondent.",
            f"interim/mentee, interim/mentor, interim/coach, final/mentee, final/mentor, "
            f"final/coach, separated by {SEPARATOR}",
        ),
        *(
            Column(
                f"outcome_{months}_months",
                f"The mentee's situation {months} months after the end (see the outcomes "
                "profile for the contract).",
                "unemployed, employed, training, other; empty when not followed up",
            )
            for months in (3, 6, 9, 12)
        ),
    ),
)

MEETINGS = Profile(
    name="meetings",
    row="One row per meeting or short contact of a duo, as the session summary records it "
    "(never what was said: only its date, length, form and the domains it touched).",
    period="A meeting is in the period when it was held in it.",
    columns=(
        *DUO_PEOPLE,
        Column("held_on", "The day it was held.", "a date, YYYY-MM-DD"),
        Column("kind", "A full meeting or a short contact between meetings.", "meeting, contact"),
        Column(
            "minutes", "How long it lasted.", "a whole number of minutes; empty when not recorded"
        ),
        Column("mode", "Where it took place.", "in-person, online, phone"),
        Column("reported_by", "Who reported it to the coach.", "mentee, mentor, both, coach"),
        Column(
            "domains",
            "The domains of mentoring it worked on.",
            "skills (skills, talents, aspirations), cv, letter (cover letter), networking, "
            f"vacancies (finding vacancies), interview (job interviews), separated by {SEPARATOR}",
        ),
        Column("next_meeting_on", "The next appointment made at the meeting.", DAY),
    ),
)

EVALUATIONS = Profile(
    name="evaluations",
    row="One row per answer of an evaluation (per ticked option for a checklist), so a "
    "pivot table counts or averages any question; written answers are never exported.",
    period="An evaluation is in the period when it was answered in it.",
    columns=(
        pseudonym_column(
            "evaluation_id", "E", "the evaluation", "the rows of one filled-in evaluation share it"
        ),
        *DUO_PEOPLE,
        Column("kind", "When it was taken.", "interim, final"),
        Column("respondent", "Whose view it holds.", "mentee, mentor, coach"),
        Column("answered_on", "The day it was answered.", "a date, YYYY-MM-DD"),
        Column(
            "question_set",
            "The question set answered.",
            "interim-mentee, interim-mentor, final-mentee, final-mentor, coach",
        ),
        Column(
            "question_set_version",
            "The version of the set (the programme may edit its "
            "questions; a question's code stays the same).",
            "a whole number from 1",
        ),
        Column("question_code", "The question's code, the same in every version.", "a code"),
        Column("question", "The question as the set words it.", "text of the question set"),
        Column(
            "question_kind",
            "How the question is answered.",
            "scale-5 (1-5), scale-4 (1-4), frequency (no/sometimes/yes), checklist (tick any)",
        ),
        Column(
            "score",
            "The answer on a scale, as a number to average.",
            "1-5 (scale-5: 1 not at all … 5 very much) or 1-4 (scale-4: 1 no … 4 significant "
            "improvement); empty for other answers",
        ),
        Column(
            "answer",
            "Any other answer, as a code.",
            "n/a (not applicable, not used), no, sometimes, yes, the code of a ticked "
            "option, none (none of the options); empty when the score holds the answer",
        ),
    ),
)

OUTCOMES = Profile(
    name="outcomes",
    row="One row per outcome follow-up: the mentee's situation 3, 6, 9 or 12 months after "
    "the duo ended.",
    period="An outcome is in the period when it was recorded in it.",
    columns=(
        *DUO_PEOPLE,
        Column("duo_ended_on", "The day the duo ended.", "a date, YYYY-MM-DD"),
        Column("months_after", "How many months after the end.", "3, 6, 9, 12"),
        Column("recorded_on", "The day the situation was learned.", "a date, YYYY-MM-DD"),
        Column("situation", "The mentee's situation.", "unemployed, employed, training, other"),
        Column(
            "contract",
            "The kind of job, when employed.",
            "permanent, fixed-term-6m (six months or more), fixed-term-short; empty otherwise",
        ),
        Column(
            "counts_as_employed",
            "Employed on a permanent contract or a fixed term of at least six months.",
            "yes, no",
        ),
        Column("at_level", "Whether the job matches the mentee's qualification level.", YES_NO),
        Column(
            "in_desired_sector", "Whether the job is in the sector the mentee aimed at.", YES_NO
        ),
        Column("source", "How the coach learned it.", "call, email, linkedin, other"),
    ),
)

PROFILES: dict[str, Profile] = {
    profile.name: profile for profile in (PARTICIPANTS, DUOS, MEETINGS, EVALUATIONS, OUTCOMES)
}


def profile_named(name: str) -> Profile:
    """The profile called `name`; `ExportError` listing the profiles otherwise."""
    try:
        return PROFILES[name.strip().lower()]
    except KeyError:
        raise ExportError(
            f"There is no export profile “{name}”. Choose one of: {', '.join(PROFILES)}."
        ) from None
