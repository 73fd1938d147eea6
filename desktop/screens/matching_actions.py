"""Saving a match proposal from the Matching screen: one workflow call, then every screen told.

Both parts of the screen (suggestions for one participant, the whole-pool proposal) save a
pair the same way. The workflow re-checks the hard rules against the case files as they are
now, so a proposal shown a while ago can never overfill a mentor or repeat a declined pair.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.matching.scoring import PairScore
from desktop.session import Session
from desktop.workflows.matching import propose_match


def save_proposal(
    session: Session, context: AppContext, parent: QWidget, score: PairScore, today: date
) -> Exception | None:
    """Propose the pair (the mentee's path moves to matching) and tell every screen.

    A failure is shown through the dialog seam and returned, so the caller can say so too.
    """
    try:
        propose_match(
            session.programme,
            score.mentee_id,
            score.mentor_id,
            proposed_on=today,
            score=score.total,
            author=session.user_id,
        )
    except Exception as error:  # a DuoError says what to do; anything else is a bug report
        context.dialogs.report(parent, error)
        return error
    try:
        session.notify_case_saved(score.mentee_id)
    except Exception as error:  # saved; only the lists could not be brought up to date
        context.dialogs.report(parent, error)
    return None
