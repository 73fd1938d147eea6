"""Properties that must hold for any input a coach could type, found with Hypothesis.

- Whatever Unicode text a coach types (any script, emoji, control characters; only lone
  surrogates, which Python cannot encode, are left out), a participant, their availability
  and self-assessed needs, their notes and languages come back exactly as written: through a
  new case file, through an edit, and through the record/row codec underneath.
- An update's audit-trail line names exactly the fields that changed.
- Folding names for search is idempotent, and a participant is found by any prefix of the
  folded given name (when it holds at least one letter or digit).
- A recovery key reads back to the same secret however it is retyped (case, spaces, no
  dashes, O for 0, I or L for 1), and a single mistyped or missing character is always told
  apart as a typing mistake rather than opening anything.

Examples are modest in number because every case file costs a few milliseconds; the case
files are written with `durable=False` (no fsync), which changes nothing about their content.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storage.codec import from_row, to_row
from storage.errors import WrongRecoveryKeyError
from storage.folding import fold
from storage.keys import new_recovery_key, parse_recovery_key
from storage.programme import Programme
from storage.records import (
    Attachment,
    Consent,
    ContactLogEntry,
    Decision,
    JobTarget,
    LanguageSkill,
    Note,
    Participant,
    Record,
    RightToWork,
    Role,
    ScreeningDecision,
    Status,
    StatusChange,
)
from tests.helpers import fictional_participant

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NOTE_DATE = date(2026, 11, 23)

CASE_FILE_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# --- strategies ---------------------------------------------------------------------------

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
OPTIONAL_INT = st.none() | INT64
OPTIONAL_BOOL = st.none() | st.booleans()
OPTIONAL_DATE = st.none() | st.dates()
STAMP = st.none() | st.datetimes(timezones=st.none() | st.just(UTC))

PARTICIPANT_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "given_name": TEXT,
    "family_name": TEXT,
    "email": TEXT,
    "phone": TEXT,
    "municipality": TEXT,
    "postcode": TEXT,
    "country_of_origin": TEXT,
    "diploma_field": TEXT,
    "experience_summary": TEXT,
    "motivation": TEXT,
    "specific_needs": TEXT,
    "short_profile": TEXT,
    "year_of_birth": OPTIONAL_INT,
    "experience_years": OPTIONAL_INT,
    "capacity": OPTIONAL_INT,
    "diploma_recognised": OPTIONAL_BOOL,
    "actively_searching": OPTIONAL_BOOL,
    "right_to_work": st.sampled_from(RightToWork),
    "availability": st.lists(TEXT, max_size=5),
    "domain_needs": st.dictionaries(TEXT, INT64, max_size=6),
    "intake_on": OPTIONAL_DATE,
}

participants = st.builds(Participant, role=st.sampled_from(Role), **PARTICIPANT_FIELDS)
participant_changes = st.fixed_dictionaries({}, optional=PARTICIPANT_FIELDS).filter(bool)
notes = st.builds(Note, written_on=st.dates(), text=TEXT)
languages = st.builds(LanguageSkill, language=TEXT, level=TEXT)


def stamped(strategy: st.SearchStrategy[Record]) -> st.SearchStrategy[Record]:
    """Records with arbitrary timestamps and author, as the codec meets them."""
    return st.builds(
        lambda record, created, updated, author: dataclasses.replace(
            record, created_at=created, updated_at=updated, author=author
        ),
        strategy,
        STAMP,
        STAMP,
        TEXT,
    )


any_record = st.one_of(
    [
        stamped(strategy)
        for strategy in (
            participants,
            notes,
            languages,
            st.builds(JobTarget, position=INT64, sector=TEXT, occupation=TEXT, description=TEXT),
            st.builds(
                Consent,
                purpose=TEXT,
                given_on=st.dates(),
                text_version=TEXT,
                withdrawn_on=OPTIONAL_DATE,
            ),
            st.builds(
                ScreeningDecision,
                decision=st.sampled_from(Decision),
                decided_on=st.dates(),
                reason=TEXT,
                referred_to=TEXT,
                decided_by=TEXT,
            ),
            st.builds(StatusChange, status=st.sampled_from(Status), since=st.dates(), note=TEXT),
            st.builds(ContactLogEntry, contacted_on=st.dates(), channel=TEXT, summary=TEXT),
            st.builds(
                Attachment,
                kind=TEXT,
                file_name=TEXT,
                media_type=TEXT,
                size=INT64,
                sha256=TEXT,
            ),
        )
    ]
)


def unstamped(record: Record) -> Record:
    """The record without what the store sets itself (timestamps, author)."""
    return dataclasses.replace(record, created_at=None, updated_at=None, author="")


def unstamped_all(records: list[Any]) -> list[Record]:
    """Records in their order, without stamps."""
    return [unstamped(record) for record in records]


# --- records come back as written ---------------------------------------------------------


@CASE_FILE_SETTINGS
@given(
    person=participants,
    its_notes=st.lists(notes, max_size=4),
    its_languages=st.lists(languages, max_size=4),
)
def test_a_new_case_file_reads_back_exactly(
    programme: Programme,
    person: Participant,
    its_notes: list[Note],
    its_languages: list[LanguageSkill],
) -> None:
    case_id = programme.cases.create(
        person, author="coach-1", records=[*its_notes, *its_languages], durable=False
    )
    case = programme.cases.read(case_id)
    assert unstamped(case.participant) == unstamped(person)
    # In the order they were added, though one save gives them all the same timestamp.
    assert unstamped_all(case.notes) == unstamped_all(its_notes)
    assert unstamped_all(case.languages) == unstamped_all(its_languages)


@CASE_FILE_SETTINGS
@given(
    changes=participant_changes,
    first_text=TEXT,
    second_text=TEXT,
    language=languages,
)
def test_an_edit_reads_back_exactly_and_logs_the_changed_fields(
    programme: Programme,
    changes: dict[str, Any],
    first_text: str,
    second_text: str,
    language: LanguageSkill,
) -> None:
    original = fictional_participant("Ingrid", "Ceulemans-Bakker")
    case_id = programme.cases.create(original, author="coach-1", durable=False)
    with programme.cases.edit(case_id, author="coach-2", durable=False) as case:
        case.update_participant(**changes)
        note = case.add(Note(written_on=NOTE_DATE, text=first_text))
        case.update(dataclasses.replace(note, text=second_text))
        case.add(language)

    read = programme.cases.read(case_id)
    assert unstamped(read.participant) == unstamped(dataclasses.replace(original, **changes))
    assert [n.text for n in read.notes] == [second_text]
    assert unstamped_all(read.languages) == [unstamped(language)]
    changed = sorted(name for name, value in changes.items() if getattr(original, name) != value)
    updates = [e for e in read.events if e.action == "update" and e.record_table == "participant"]
    if changed:
        assert [sorted(e.fields) for e in updates] == [changed]
        assert updates[0].author == "coach-2"
    else:
        assert updates == []


@settings(max_examples=300, deadline=None)
@given(record=any_record)
def test_the_codec_round_trips_every_record(record: Record) -> None:
    assert from_row(type(record), to_row(record)) == record


# --- search -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


# Characters a person can type: not unassigned code points or private-use ones.
TYPABLE = st.characters(exclude_categories=("Cs", "Cn", "Co"))


def has_alnum(text: str) -> bool:
    """True when the folded text has at least one letter or digit to search for."""
    return any(c.isalnum() for c in fold(text))


@CASE_FILE_SETTINGS
@given(given_name=st.text(TYPABLE, max_size=40).filter(has_alnum), cut=st.integers(min_value=0))
# A name pasted from a document with the invisible Arabic letter mark (U+061C) in front.
@example(given_name="\u061cعلي", cut=0)
def test_a_participant_is_found_by_any_prefix_of_the_folded_given_name(
    programme: Programme, given_name: str, cut: int
) -> None:
    folded = fold(given_name)
    first_alnum = next(i for i, c in enumerate(folded) if c.isalnum())
    prefix = folded[: first_alnum + 1 + cut % (len(folded) - first_alnum)]
    case_id = programme.cases.create(
        Participant(role=Role.MENTEE, given_name=given_name, family_name="Zoekproef"),
        author="coach-1",
        durable=False,
    )
    report = programme.index.refresh(programme.cases)
    assert report.damaged == []
    found = {entry.id for entry in programme.index.search(prefix, limit=100_000)}
    assert case_id in found


# --- recovery keys ------------------------------------------------------------------------

RETYPINGS = {
    "as printed": lambda key: key,
    "lower case": str.lower,
    "spaces": lambda key: key.replace("-", " "),
    "no separators": lambda key: key.replace("-", ""),
    "letters for digits": lambda key: key.replace("0", "O").replace("1", "l"),
    "sloppy": lambda key: f"  {key.lower().replace('-', ' - ')}\n".replace("1", "I"),
}


@settings(max_examples=60, deadline=None)
@given(retyping=st.sampled_from(sorted(RETYPINGS)))
def test_a_recovery_key_reads_back_however_it_is_retyped(retyping: str) -> None:
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 9
    assert all(len(g) == 4 and set(g) <= set(CROCKFORD) for g in groups)
    secret = parse_recovery_key(key)
    assert len(secret) == 20
    assert parse_recovery_key(RETYPINGS[retyping](key)) == secret


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_recovery_key_with_one_wrong_character_is_a_typing_mistake(
    data: st.DataObject,
) -> None:
    key = new_recovery_key()
    position = data.draw(st.sampled_from([i for i, c in enumerate(key) if c != "-"]))
    typed = data.draw(st.sampled_from([c for c in CROCKFORD if c != key[position]]))
    mistyped = key[:position] + typed + key[position + 1 :]
    with pytest.raises(WrongRecoveryKeyError, match="typing mistake"):
        parse_recovery_key(mistyped)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_recovery_key_with_a_missing_character_is_incomplete(data: st.DataObject) -> None:
    key = new_recovery_key()
    position = data.draw(st.sampled_from([i for i, c in enumerate(key) if c != "-"]))
    with pytest.raises(WrongRecoveryKeyError, match="not a complete recovery key"):
        parse_recovery_key(key[:position] + key[position + 1 :])
