"""A save killed at any moment leaves the old case file or the new one, never a broken one.

A child process saves a stream of changes to three case files of one programme; each save
sets a field to a counter value and adds a note with the same value, and the child reports
"start" before and "done" after each save is confirmed (after its `with` block returned).
The parent kills the child with SIGKILL after a random short time, hundreds of times, and
after every kill checks that every case file opens and reads, that each holds its last
confirmed value or the one of the save in progress (nothing else, and never half of a save),
and that a good share of the kills really landed in the middle of a save. Copies left in
`.tmp/` by a kill are allowed, and unlocking the programme removes them.
"""

from __future__ import annotations

import os
import random
import signal
import time
import warnings
from dataclasses import dataclass, field
from datetime import date

import pytest

from storage.programme import Programme, unlock
from storage.records import Note
from tests.helpers import PASSPHRASE, fictional_participant

ROUNDS = 250
CASE_FILES = 3
MAX_DELAY_SECONDS = 0.040
CHILD_LIFETIME_SECONDS = 20.0  # a safety net should the parent die; never reached normally

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork and SIGKILL"),
]


@dataclass
class Round:
    """What the child reported before it was killed."""

    confirmed: dict[int, int] = field(default_factory=dict)  # file number → last done value
    in_progress: tuple[int, int] | None = None  # (file number, value) started, not confirmed


def fork() -> int:
    """`os.fork`, without Python 3.12's warning about forking a process that has threads.

    The child only runs storage code and then leaves with `os._exit`.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def save_forever(programme: Programme, case_ids: list[str], first_value: int, pipe: int) -> None:
    """The child: save, save, save… reporting each save before it starts and once confirmed."""
    value = first_value
    deadline = time.monotonic() + CHILD_LIFETIME_SECONDS
    while time.monotonic() < deadline:
        number = value % len(case_ids)
        os.write(pipe, f"start {number} {value}\n".encode())
        with programme.cases.edit(case_ids[number], author="coach-1") as case:
            case.update_participant(experience_years=value)
            case.add(Note(written_on=date(2026, 11, 23), text=f"save {value}"))
        os.write(pipe, f"done {number} {value}\n".encode())
        value += 1


def parse_report(text: str) -> Round:
    """The child's reports, up to the last complete line."""
    result = Round()
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # cut off by the kill (a pipe write this small is atomic, but be safe)
        word, number, value = line.split()
        if word == "start":
            result.in_progress = (int(number), int(value))
        else:
            assert word == "done", line
            assert result.in_progress == (int(number), int(value))
            result.confirmed[int(number)] = int(value)
            result.in_progress = None
    return result


def run_and_kill(
    programme: Programme, case_ids: list[str], first_value: int, delay: float
) -> Round:
    """Fork a saving child, let it run for `delay` seconds, SIGKILL it, collect its reports."""
    read_end, write_end = os.pipe()
    pid = fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(read_end)
            save_forever(programme, case_ids, first_value, write_end)
            code = 0
        except BaseException as error:
            os.write(write_end, f"error {type(error).__name__} {error}\n".encode())
        finally:
            os._exit(code)
    os.close(write_end)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _pid, status = os.waitpid(pid, 0)
    with os.fdopen(read_end, "rb") as pipe:
        text = pipe.read().decode()
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, text[-500:]
    return parse_report(text)


def test_a_killed_save_leaves_the_old_or_the_new_case_file(programme: Programme) -> None:
    started = time.monotonic()
    case_ids = [
        programme.cases.create(
            fictional_participant(given, "Kill-Test", experience_years=0), author="coach-1"
        )
        for given in ("Annelies", "Mohammed", "Oksana")
    ]
    assert len(case_ids) == CASE_FILES
    on_disk = dict.fromkeys(range(CASE_FILES), 0)  # file number → value it holds now
    next_value = 1
    rng = random.Random(20261123)
    killed_mid_save = new_content_kept = old_content_kept = 0
    confirmed_saves = 0

    for _round in range(ROUNDS):
        report = run_and_kill(programme, case_ids, next_value, rng.uniform(0, MAX_DELAY_SECONDS))
        expected = on_disk | report.confirmed
        confirmed_saves += len(report.confirmed)
        for number, case_id in enumerate(case_ids):
            case = programme.cases.read(case_id)  # opens and reads, or the test fails
            value = case.participant.experience_years
            allowed = {expected[number]}
            if report.in_progress is not None and report.in_progress[0] == number:
                allowed.add(report.in_progress[1])
            assert value in allowed, (number, value, allowed)
            # A save lands whole: the note written with the value is there too.
            if value:
                assert case.notes[-1].text == f"save {value}"
            on_disk[number] = value
        if report.in_progress is not None:
            killed_mid_save += 1
            number, value = report.in_progress
            if on_disk[number] == value:
                new_content_kept += 1
            else:
                old_content_kept += 1
            next_value = value + 1
        elif report.confirmed:
            next_value = max(report.confirmed.values()) + 1

    assert confirmed_saves > ROUNDS  # the children really saved
    assert killed_mid_save >= ROUNDS // 2, (killed_mid_save, ROUNDS)
    assert old_content_kept > 0

    # Copies left behind by the kills are removed when the programme is unlocked.
    cases_listing = sorted(os.listdir(programme.cases.cases_dir))
    assert cases_listing == sorted(f"{case_id}.duo" for case_id in case_ids)
    leftovers = len(os.listdir(programme.cases.tmp_dir))
    assert leftovers > 0  # some kills landed between the copy and the rename
    reopened = unlock(programme.folder, passphrase=PASSPHRASE, tidy=True)
    try:
        assert os.listdir(reopened.cases.tmp_dir) == []
        for number, case_id in enumerate(case_ids):
            assert reopened.cases.read(case_id).participant.experience_years == on_disk[number]
    finally:
        reopened.close()
    elapsed = time.monotonic() - started
    print(
        f"\n{ROUNDS} kills in {elapsed:.1f} s: {confirmed_saves} confirmed saves, "
        f"{killed_mid_save} kills mid-save ({new_content_kept} kept the new content, "
        f"{old_content_kept} the old), {leftovers} copies left in .tmp/ and tidied"
    )
