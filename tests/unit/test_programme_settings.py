"""Programme settings, the editable lists and the drafts of forms being typed."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from storage.errors import DuoError
from storage.programme import Programme, ProgrammeProfile, read_settings, unlock
from storage.records import ListItem
from tests.helpers import PASSPHRASE, fictional_participant


def test_the_profile_has_sensible_defaults_and_keeps_changes(programme: Programme) -> None:
    assert programme.profile().idle_lock_minutes == 10
    assert programme.profile().waiting_threshold_days == 28
    logo = b"\x89PNG\r\n\x1a\n fictional logo"
    programme.save_profile(
        ProgrammeProfile(
            address="Kerkstraat 1, 2000 Antwerpen",
            logo=logo,
            logo_media_type="image/png",
            idle_lock_minutes=5,
            waiting_threshold_days=42,
        ),
        author="coordinator",
    )
    profile = programme.profile()
    assert profile.address == "Kerkstraat 1, 2000 Antwerpen"
    assert profile.logo == logo
    assert (profile.idle_lock_minutes, profile.waiting_threshold_days) == (5, 42)


def test_renaming_the_programme_changes_programme_json(programme: Programme) -> None:
    programme.rename("  Mentoring Gent  ")
    assert read_settings(programme.folder).name == "Mentoring Gent"
    with pytest.raises(DuoError):
        programme.rename(" ")


def test_lists_start_from_the_shipped_defaults(programme: Programme) -> None:
    sectors = programme.list_items("sectors")
    assert [s.code for s in sectors][:3] == ["A", "B", "C"]
    assert len(sectors) == 21
    occupations = {o.code: o for o in programme.list_items("occupations")}
    assert occupations["25"].parent == "2"
    assert "Information and communications technology" in occupations["25"].label


def test_an_edited_list_is_kept_in_order_and_replaces_the_defaults(programme: Programme) -> None:
    programme.save_list(
        "referral_partners",
        [
            ListItem(list_name="referral_partners", code="vdab", label="VDAB Antwerpen"),
            ListItem(list_name="referral_partners", code="ocmw", label="OCMW Antwerpen"),
        ],
        author="coordinator",
    )
    items = programme.list_items("referral_partners")
    assert [(i.code, i.label) for i in items] == [
        ("vdab", "VDAB Antwerpen"),
        ("ocmw", "OCMW Antwerpen"),
    ]
    assert len(programme.list_items("sectors")) == 21


def test_a_list_with_duplicate_or_empty_codes_is_refused(programme: Programme) -> None:
    twice = [ListItem(list_name="sectors", code="J", label="a")] * 2
    with pytest.raises(DuoError, match="own, non-empty code"):
        programme.save_list("sectors", twice, author="")
    with pytest.raises(DuoError):
        programme.save_list(
            "sectors", [ListItem(list_name="sectors", code=" ", label="x")], author=""
        )


def test_a_draft_survives_closing_and_reopening(programme: Programme) -> None:
    programme.drafts.save("intake:new:1", "intake-mentee", {"given_name": "Lindiwe", "n": 3})
    folder = programme.folder
    programme.close()
    again = unlock(folder, passphrase=PASSPHRASE)
    try:
        draft = again.drafts.load("intake:new:1")
        assert draft is not None
        assert draft.kind == "intake-mentee"
        assert draft.values == {"given_name": "Lindiwe", "n": 3}
        again.drafts.discard("intake:new:1")
        assert again.drafts.all() == []
    finally:
        again.close()


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")
def test_a_draft_survives_the_process_being_killed(programme: Programme) -> None:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: save a draft, say so, then wait to be killed
        os.close(read_end)
        child = unlock(programme.folder, passphrase=PASSPHRASE)
        child.drafts.save("intake:new:2", "intake-mentor", {"employer": "Fictief NV"})
        os.write(write_end, b"saved")
        signal.pause()
    os.close(write_end)
    assert os.read(read_end, 5) == b"saved"
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(read_end)
    draft = programme.drafts.load("intake:new:2")
    assert draft is not None and draft.values == {"employer": "Fictief NV"}


def test_drafts_are_encrypted_and_local(programme: Programme) -> None:
    programme.drafts.save("intake:new:3", "intake-mentee", {"given_name": "Wanjiru Kamau"})
    from storage.paths import drafts_path

    path = drafts_path(programme.settings.id)
    assert not str(path).startswith(str(programme.folder))
    for file in path.parent.iterdir():
        assert b"Wanjiru" not in file.read_bytes()
        assert not file.read_bytes().startswith(b"SQLite format 3")


def test_erasing_a_participant_discards_their_drafts(programme: Programme) -> None:
    case_id = programme.cases.create(fictional_participant(), author="")
    programme.drafts.save(f"intake:{case_id}", "intake-mentee", {"municipality": "Gent"})
    programme.drafts.save("intake:new:other", "intake-mentee", {"municipality": "Lier"})
    programme.erase_participant(case_id, author="coordinator")
    assert [d.key for d in programme.drafts.all()] == ["intake:new:other"]


def test_an_unreadable_draft_file_is_set_aside_not_deleted(programme: Programme) -> None:
    from storage.paths import drafts_path

    path: Path = drafts_path(programme.settings.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(os.urandom(4096))
    assert programme.drafts.all() == []
    assert any(p.name.startswith(path.name + ".unreadable-") for p in path.parent.iterdir())
