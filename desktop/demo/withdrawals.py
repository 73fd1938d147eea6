"""Mentees who stopped waiting: nobody in the demo waits for a mentor longer than about nine
months, as in a real programme, where a long wait ends in a withdrawal.

    withdraw_long_wait(draws, mentee, history)   # after the matches and the duos are drawn

A mentee whose wait began more than `LONGEST_WAIT_DAYS` before today (an earlier-round
mentee never matched or whose match was declined, or one who waited again after a duo
ended long ago) withdrew some months into that wait: the path gets a withdrawn step with its
reason as the step's note, and the contact log the call in which the coach heard it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from desktop.demo.draws import Draws
from desktop.demo.wordings import WITHDRAWALS
from storage.records import ContactLogEntry, Status, wait_start

if TYPE_CHECKING:
    from desktop.demo.matches import MatchHistory
    from desktop.demo.people import Person

LONGEST_WAIT_DAYS = 270  # about nine months
WITHDRAWN_AFTER_DAYS = (90, 240)  # into the wait
# A withdrawal comes some days after the last step (a declined match, the end of a duo).
AFTER_LAST_STEP_DAYS = 7


def withdraw_long_wait(d: Draws, mentee: Person, history: MatchHistory) -> None:
    """Add the withdrawal to `history` when the mentee would otherwise be waiting for longer
    than `LONGEST_WAIT_DAYS` today; nothing otherwise."""
    steps = mentee.path.steps + history.steps
    since = wait_start(steps)
    if since is None or (d.today - since).days <= LONGEST_WAIT_DAYS:
        return
    # Before today: the wait began over LONGEST_WAIT_DAYS ago, and its last step (a decline
    # or the end of a duo) came within the first few months of it.
    withdrawn_on = max(
        since + timedelta(days=d.rng.randint(*WITHDRAWN_AFTER_DAYS)),
        steps[-1][1] + timedelta(days=AFTER_LAST_STEP_DAYS),
    )
    reason, logged = d.rng.choice(WITHDRAWALS)
    history.steps.append((Status.WITHDRAWN, withdrawn_on))
    history.withdrawn = (withdrawn_on, reason)
    history.contacts.append(
        ContactLogEntry(id=d.uid(), contacted_on=withdrawn_on, channel="phone", summary=logged)
    )
