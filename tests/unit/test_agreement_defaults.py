"""A new agreement starts from the programme's defaults: the contact frequency and the
version of the ethics charter set in Settings › Follow-up."""

from __future__ import annotations

import dataclasses
from datetime import date

from desktop.workflows.duo import new_agreement, save_agreement
from storage.programme import Programme
from tests.duo_helpers import COACH, make_duo

TODAY = date(2026, 6, 1)


def test_a_new_agreement_names_the_programmes_charter_version(programme: Programme) -> None:
    profile = dataclasses.replace(programme.profile(), charter_version="2026-1")
    programme.save_profile(profile, author=COACH)
    duo = make_duo(programme)
    draft = new_agreement(programme, duo.mentee_id, duo.match_id)
    assert draft.charter_version == "2026-1"


def test_without_a_version_set_a_new_agreement_names_none(programme: Programme) -> None:
    assert programme.profile().charter_version == ""
    duo = make_duo(programme)
    assert new_agreement(programme, duo.mentee_id, duo.match_id).charter_version == ""


def test_a_stored_agreement_keeps_the_version_its_duo_signed(programme: Programme) -> None:
    duo = make_duo(programme, mentee=("Thandiwe", "Nkosi"), mentor=("Erik", "Lindqvist"))
    signed = dataclasses.replace(
        new_agreement(programme, duo.mentee_id, duo.match_id), charter_version="2024"
    )
    save_agreement(programme, duo.mentee_id, signed, author=COACH, today=TODAY)
    newer = dataclasses.replace(programme.profile(), charter_version="2026-2")
    programme.save_profile(newer, author=COACH)
    assert new_agreement(programme, duo.mentee_id, duo.match_id).charter_version == "2024"
