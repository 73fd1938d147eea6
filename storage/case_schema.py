"""The case file's schema as numbered migrations. Never edit a released migration: add one.

Version 1 kept a participant's languages as JSON in the participant row; version 2 moved them
to their own table, so that each language is a record with an id, an author and a history.
Version 3 added matches (a mentor proposed for the mentee, and each step after it) and the
two participant fields matching needs: a mentor's generalist profile and a mentee's
preferred mentor age.
Version 4 added the records of a running duo: its agreement, meetings, the coach's
follow-ups, its ending, evaluations and outcome follow-ups (`storage.duo_records`), and the
match's `ended_on`.
"""

from __future__ import annotations

import json
import uuid

from storage.encrypted_file import Schema
from storage.sqlcipher import Connection

_RECORD_COLUMNS = """
    id TEXT PRIMARY KEY,
    created_at TEXT,
    updated_at TEXT,
    author TEXT NOT NULL DEFAULT ''
"""

_V1_TABLES = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE participant ({_RECORD_COLUMNS},
    role TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    year_of_birth INTEGER,
    gender TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    mobility TEXT NOT NULL DEFAULT '',
    country_of_origin TEXT NOT NULL DEFAULT '',
    arrival_year INTEGER,
    right_to_work TEXT NOT NULL DEFAULT '',
    diploma_level TEXT NOT NULL DEFAULT '',
    diploma_field TEXT NOT NULL DEFAULT '',
    diploma_country TEXT NOT NULL DEFAULT '',
    diploma_recognised INTEGER,
    experience_years INTEGER,
    experience_summary TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]',
    availability TEXT NOT NULL DEFAULT '[]',
    motivation TEXT NOT NULL DEFAULT '',
    openness_to_feedback INTEGER,
    actively_searching INTEGER,
    preferences TEXT NOT NULL DEFAULT '',
    preferred_mentor_gender TEXT NOT NULL DEFAULT '',
    specific_needs TEXT NOT NULL DEFAULT '',
    interests TEXT NOT NULL DEFAULT '',
    referral_partner TEXT NOT NULL DEFAULT '',
    referral_contact TEXT NOT NULL DEFAULT '',
    domain_needs TEXT NOT NULL DEFAULT '{{}}',
    employer TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    capacity INTEGER,
    qualities TEXT NOT NULL DEFAULT '',
    short_profile TEXT NOT NULL DEFAULT '',
    linkedin TEXT NOT NULL DEFAULT '',
    info_session_on TEXT,
    training_on TEXT,
    intake_on TEXT,
    interviewer TEXT NOT NULL DEFAULT '',
    coach TEXT NOT NULL DEFAULT ''
);

CREATE TABLE job_targets ({_RECORD_COLUMNS},
    position INTEGER NOT NULL,
    sector TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE consents ({_RECORD_COLUMNS},
    purpose TEXT NOT NULL,
    given_on TEXT NOT NULL,
    text_version TEXT NOT NULL,
    withdrawn_on TEXT
);

CREATE TABLE screening ({_RECORD_COLUMNS},
    decision TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    referred_to TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE status_history ({_RECORD_COLUMNS},
    status TEXT NOT NULL,
    since TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE notes ({_RECORD_COLUMNS},
    written_on TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE contacts ({_RECORD_COLUMNS},
    contacted_on TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);

CREATE TABLE attachments ({_RECORD_COLUMNS},
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL
);

CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '[]'
);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
"""


def _v1_initial(conn: Connection) -> None:
    for statement in _V1_TABLES.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _v2_languages_table(conn: Connection) -> None:
    conn.execute(
        f"""CREATE TABLE languages ({_RECORD_COLUMNS},
            language TEXT NOT NULL,
            level TEXT NOT NULL DEFAULT ''
        )"""
    )
    rows = conn.execute(
        "SELECT id, languages, created_at, updated_at, author FROM participant"
    ).fetchall()
    for participant_id, languages, created_at, updated_at, author in rows:
        for position, item in enumerate(json.loads(languages or "[]")):
            conn.execute(
                "INSERT INTO languages (id, created_at, updated_at, author, language, level) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    # Deterministic, so two computers migrating the same file agree on ids.
                    str(uuid.uuid5(uuid.UUID(participant_id), f"language-{position}")),
                    created_at,
                    updated_at,
                    author,
                    str(item.get("language", "")),
                    str(item.get("level", "")),
                ),
            )
    conn.execute("ALTER TABLE participant DROP COLUMN languages")


def _v3_matches(conn: Connection) -> None:
    conn.execute("ALTER TABLE participant ADD COLUMN generalist INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE participant ADD COLUMN preferred_mentor_age TEXT NOT NULL DEFAULT ''")
    conn.execute(
        f"""CREATE TABLE matches ({_RECORD_COLUMNS},
            mentor_id TEXT NOT NULL,
            proposed_on TEXT NOT NULL,
            score REAL,
            mentor_answer TEXT NOT NULL DEFAULT '',
            mentor_answered_on TEXT,
            mentor_reason TEXT NOT NULL DEFAULT '',
            mentee_answer TEXT NOT NULL DEFAULT '',
            mentee_answered_on TEXT,
            mentee_reason TEXT NOT NULL DEFAULT '',
            first_meeting_on TEXT,
            first_meeting_place TEXT NOT NULL DEFAULT '',
            coach_present INTEGER,
            validated_on TEXT,
            declined_on TEXT,
            declined_by TEXT NOT NULL DEFAULT '',
            decline_reason TEXT NOT NULL DEFAULT ''
        )"""
    )


_V4_TABLES = (
    f"""CREATE TABLE agreements ({_RECORD_COLUMNS},
        match_id TEXT NOT NULL,
        start_on TEXT NOT NULL,
        planned_months INTEGER NOT NULL,
        planned_end_on TEXT NOT NULL,
        contact_every_days INTEGER NOT NULL,
        meeting_places TEXT NOT NULL DEFAULT '',
        keep_in_touch TEXT NOT NULL DEFAULT '',
        mentor_commitments TEXT NOT NULL DEFAULT '',
        mentee_commitments TEXT NOT NULL DEFAULT '',
        charter_version TEXT NOT NULL DEFAULT '',
        mentor_signed_on TEXT,
        mentee_signed_on TEXT,
        coach_signed_on TEXT
    )""",
    f"""CREATE TABLE meetings ({_RECORD_COLUMNS},
        match_id TEXT NOT NULL,
        held_on TEXT NOT NULL,
        kind TEXT NOT NULL,
        minutes INTEGER,
        mode TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        reported_by TEXT NOT NULL DEFAULT '',
        check_in TEXT NOT NULL DEFAULT '',
        topic TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL DEFAULT '',
        plan TEXT NOT NULL DEFAULT '',
        work TEXT NOT NULL DEFAULT '',
        next_steps TEXT NOT NULL DEFAULT '',
        next_meeting_on TEXT,
        next_topic TEXT NOT NULL DEFAULT '',
        next_preparation TEXT NOT NULL DEFAULT '',
        works_well TEXT NOT NULL DEFAULT '',
        missing TEXT NOT NULL DEFAULT '',
        domains TEXT NOT NULL DEFAULT '[]'
    )""",
    f"""CREATE TABLE follow_ups ({_RECORD_COLUMNS},
        match_id TEXT NOT NULL,
        held_on TEXT NOT NULL,
        kind TEXT NOT NULL,
        with_whom TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        how_it_goes TEXT NOT NULL DEFAULT '',
        problems TEXT NOT NULL DEFAULT '',
        support TEXT NOT NULL DEFAULT '',
        concern INTEGER NOT NULL DEFAULT 0,
        next_action TEXT NOT NULL DEFAULT '',
        next_action_on TEXT
    )""",
    f"""CREATE TABLE endings ({_RECORD_COLUMNS},
        match_id TEXT NOT NULL,
        ended_on TEXT NOT NULL,
        kind TEXT NOT NULL,
        ended_by TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        final_meeting_on TEXT,
        final_meeting_online INTEGER NOT NULL DEFAULT 0,
        feedback_to_mentee TEXT NOT NULL DEFAULT '',
        feedback_to_mentor TEXT NOT NULL DEFAULT '',
        reopened_on TEXT,
        reopen_reason TEXT NOT NULL DEFAULT ''
    )""",
    f"""CREATE TABLE evaluations ({_RECORD_COLUMNS},
        match_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        respondent TEXT NOT NULL,
        answered_on TEXT NOT NULL,
        question_set TEXT NOT NULL,
        question_set_version INTEGER NOT NULL,
        answers TEXT NOT NULL DEFAULT '{{}}'
    )""",
    f"""CREATE TABLE outcomes ({_RECORD_COLUMNS},
        match_id TEXT NOT NULL,
        months_after INTEGER NOT NULL,
        recorded_on TEXT NOT NULL,
        situation TEXT NOT NULL,
        contract TEXT NOT NULL DEFAULT '',
        at_level INTEGER,
        in_desired_sector INTEGER,
        source TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""",
    "ALTER TABLE matches ADD COLUMN ended_on TEXT",
)


def _v4_duos(conn: Connection) -> None:
    for statement in _V4_TABLES:
        conn.execute(statement)


CASE_SCHEMA = Schema(
    kind="case", migrations=(_v1_initial, _v2_languages_table, _v3_matches, _v4_duos)
)
