"""Which records a case file holds besides the participant, in the order a case view shows them."""

from __future__ import annotations

from storage.duo_records import DUO_RECORD_TYPES
from storage.records import (
    Attachment,
    Consent,
    ContactLogEntry,
    JobTarget,
    LanguageSkill,
    Match,
    Note,
    Record,
    ScreeningDecision,
    StatusChange,
)

CASE_RECORD_TYPES: tuple[type[Record], ...] = (
    JobTarget,
    LanguageSkill,
    Consent,
    ScreeningDecision,
    StatusChange,
    Note,
    ContactLogEntry,
    Attachment,
    Match,
    *DUO_RECORD_TYPES,
)
