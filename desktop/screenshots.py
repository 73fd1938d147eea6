"""Every main screen of a demo programme rendered to PNG, so anyone can look at Duo
without running it: `duo screenshots DIR`.

The programme is made in a temporary folder and thrown away; every person in it is
invented. Each screen is rendered at 1366×768 and 1920×1080 (dialogs at their own size).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QThreadPool
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.context import AppContext
from desktop.dialogs import Dialogs
from desktop.i18n import shown_list
from desktop.local_settings import LocalSettings
from desktop.main_window import MainWindow
from desktop.session import Session
from storage.duo_records import EvaluationKind, Respondent
from storage.index import IndexEntry
from storage.paths import DATA_DIR_ENV
from storage.programme import Programme, create_programme
from storage.records import Role, Status

SIZES = ((1366, 768), (1920, 1080))
_PASSPHRASE = "screenshots of an invented programme"  # noqa: S105 (thrown away after)


@contextmanager
def _demo_programme(participants: int) -> Iterator[Programme]:
    from desktop.demo.generator import fill_demo

    with tempfile.TemporaryDirectory(prefix="duo-screenshots-") as work:
        previous = os.environ.get(DATA_DIR_ENV)
        os.environ[DATA_DIR_ENV] = str(Path(work) / "local-data")
        try:
            programme, _ = create_programme(
                Path(work) / "programme", "Mentoring Antwerpen (demo)", _PASSPHRASE
            )
            fill_demo(programme, participants, seed=1)
            yield programme
            programme.close()
        finally:
            if previous is None:
                os.environ.pop(DATA_DIR_ENV, None)
            else:
                os.environ[DATA_DIR_ENV] = previous


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _pick(entries: list[IndexEntry], role: Role, test: Callable[[IndexEntry], bool]) -> str:
    chosen = [e for e in entries if e.role is role and test(e)] or [
        e for e in entries if e.role is role
    ]
    return chosen[0].id


def render(out_dir: Path, participants: int = 300) -> list[Path]:
    """Render the main screens and dialogs into `out_dir`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with _demo_programme(participants) as programme:
        staff = programme.staff()
        session = Session(programme, staff[0].id if staff else "")
        session.refresh_index()
        context = AppContext(Dialogs(), LocalSettings.at(out_dir / ".screenshots.ini"))
        window = MainWindow(context, session)
        entries = programme.index.entries()
        mentee = _pick(
            entries,
            Role.MENTEE,
            lambda e: e.status is Status.ACCEPTED and bool(programme.cases.read(e.id).attachments),
        )
        mentor = _pick(entries, Role.MENTOR, lambda e: e.status is Status.ACCEPTED)
        in_duo = _pick(entries, Role.MENTEE, lambda e: e.status is Status.IN_DUO)
        proposed = _pick(entries, Role.MENTEE, lambda e: e.status is Status.MATCHING)
        ended = _pick(
            entries,
            Role.MENTEE,
            lambda e: e.status is Status.ENDED and bool(programme.cases.read(e.id).outcomes),
        )

        def duo_page(case_id: str) -> None:
            window.open_case(case_id).show_duo()

        def quality() -> None:
            window.show_today().parts.setCurrentIndex(1)

        def match_page(case_id: str) -> None:
            view = window.open_case(case_id)
            view.tabs.setCurrentWidget(view.match)

        def whole_pool() -> None:
            screen = window.show_matching()
            screen.parts.setCurrentWidget(screen.whole_pool)
            if not screen.whole_pool.is_running():
                screen.whole_pool.propose_for_everyone()
            QThreadPool.globalInstance().waitForDone()
            QApplication.processEvents()

        screens: list[tuple[str, Callable[[], object]]] = [
            ("today", window.show_today),
            ("today-quality", quality),
            ("case-duo-running", lambda: duo_page(in_duo)),
            ("case-duo-ended", lambda: duo_page(ended)),
            ("participants", window.show_participants),
            ("waiting-list", window.show_waiting_list),
            ("case-mentee", lambda: window.open_case(mentee)),
            ("case-mentor", lambda: window.open_case(mentor)),
            ("intake-mentee", lambda: window.start_intake(Role.MENTEE)),
            ("intake-mentor", lambda: window.start_intake(Role.MENTOR)),
            ("intake-edit", lambda: window.edit_intake(mentee)),
            ("case-match-duo", lambda: match_page(in_duo)),
            ("case-match-proposed", lambda: match_page(proposed)),
            ("matching-suggestions", lambda: window.find_match(mentee)),
            ("matching-pool", whole_pool),
        ]
        for width, height in SIZES:
            window.resize(width, height)
            window.show()
            for name, show in screens:
                show()
                written.append(_save(window, out_dir / f"{name}-{width}x{height}.png"))
        written.extend(_dialogs(session, context, window, out_dir))
        written.extend(_duo_dialogs(session, window, in_duo, ended, out_dir))
        review = window.open_review(mentee, mentor)
        if review is not None:
            review.resize(1366, 768)
            QTest.qWait(800)  # the PDF viewer renders its pages in the background
            written.append(_save(review, out_dir / "match-review.png"))
            review.close()
        written.extend(_print_shots(window, in_duo, out_dir))
        window.keep_all_drafts()
        for draft in programme.drafts.all():
            programme.drafts.discard(draft.key)
        window.close()
    return written


def _print_shots(window: MainWindow, in_duo: str, out_dir: Path) -> list[Path]:
    """The case view's Print menu open, and the print preview of a duo's agreement."""
    from desktop.screens.print_preview import PrintPreviewDialog

    window.resize(*SIZES[0])
    view = window.open_case(in_duo)
    view.printing.pop_up()
    QApplication.processEvents()
    # The menu is a window of its own: drawn onto the window's picture below its button
    # (a screen smaller than the window, as offscreen, moves the menu itself aside).
    button = view.header.print_button
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(button.mapTo(window, QPoint(0, button.height())), view.printing.grab())
    painter.end()
    view.printing.close()
    written = [out_dir / "case-print-menu.png"]
    shot.save(str(written[0]))

    view.show_duo()
    view.duo.agreement.print_button.click()
    preview = view.duo.findChild(PrintPreviewDialog)
    if preview is not None:
        for _ in range(200):  # the document is made on a worker thread
            if not preview.is_busy():
                break
            QTest.qWait(50)
        QTest.qWait(800)  # the PDF viewer renders its pages in the background
        written.append(_save(preview, out_dir / "print-preview-agreement.png"))
        preview.close()
    return written


def _dialogs(
    session: Session, context: AppContext, window: MainWindow, out_dir: Path
) -> list[Path]:
    from desktop.screens.create_wizard import CreateProgrammeWizard
    from desktop.screens.import_dialog import ImportDialog
    from desktop.screens.settings_dialog import SettingsDialog
    from desktop.screens.unlock_dialog import UnlockDialog
    from desktop.screens.welcome import WelcomeDialog

    def settings_at(page: str) -> SettingsDialog:
        dialog = SettingsDialog(session, context, window)
        dialog.tabs.setCurrentWidget(getattr(dialog, page))
        return dialog

    dialogs: list[tuple[str, QDialog]] = [
        ("settings", SettingsDialog(session, context, window)),
        ("settings-matching", settings_at("matching_page")),
        ("settings-follow-up", settings_at("follow_up_page")),
        ("settings-evaluations", settings_at("evaluations_page")),
        ("import", ImportDialog(session, context, window)),
        ("unlock", UnlockDialog(context, session.programme.folder)),
        ("welcome", WelcomeDialog(context)),
        ("create-programme", CreateProgrammeWizard(context)),
    ]
    return _save_dialogs(dialogs, out_dir)


def _duo_dialogs(
    session: Session, window: MainWindow, running_id: str, ended_id: str, out_dir: Path
) -> list[Path]:
    """The dialogs of following a duo, filled in from the demo's records."""
    from desktop.screens.ending_dialog import EndDialog
    from desktop.screens.evaluation_dialog import EvaluationDialog
    from desktop.screens.meeting_dialog import MeetingDialog
    from desktop.screens.outcome_dialog import OutcomeDialog
    from desktop.workflows.evaluations import evaluation_set, stored_set

    programme = session.programme
    running, ended = programme.cases.read(running_id), programme.cases.read(ended_id)
    duo, done = running.matches[-1], ended.matches[-1]
    names = running.participant.given_name
    today = date.today()
    earliest = duo.first_meeting_on or duo.validated_on or today
    reasons = [(item.code, item.label) for item in shown_list(programme, "end_reasons")]
    evaluation = next(iter(ended.evaluations), None)
    dialogs: list[tuple[str, QDialog]] = [
        (
            "meeting",
            MeetingDialog(
                window,
                match_id=duo.id,
                names=names,
                today=today,
                earliest=earliest,
                meeting=running.meetings[-1] if running.meetings else None,
            ),
        ),
        (
            "end-duo",
            EndDialog(
                window,
                match_id=duo.id,
                names=names,
                today=today,
                earliest=earliest,
                planned_end=None,
                reasons=reasons,
            ),
        ),
        (
            "evaluation",
            EvaluationDialog(
                window,
                question_set=(
                    stored_set(programme, evaluation)
                    if evaluation
                    else evaluation_set(programme, EvaluationKind.FINAL, Respondent.MENTEE)
                ),
                match_id=done.id,
                kind=evaluation.kind if evaluation else EvaluationKind.FINAL,
                respondent=evaluation.respondent if evaluation else Respondent.MENTEE,
                names=ended.participant.given_name,
                today=today,
                earliest=done.first_meeting_on or today,
                evaluation=evaluation,
            ),
        ),
        (
            "outcome",
            OutcomeDialog(
                window,
                match_id=done.id,
                names=ended.participant.given_name,
                today=today,
                ended_on=done.ended_on or today,
                months=3,
                outcome=ended.outcomes[0] if ended.outcomes else None,
            ),
        ),
    ]
    return _save_dialogs(dialogs, out_dir)


def _save_dialogs(dialogs: list[tuple[str, QDialog]], out_dir: Path) -> list[Path]:
    written = []
    for name, dialog in dialogs:
        dialog.show()
        written.append(_save(dialog, out_dir / f"{name}.png"))
        dialog.close()
        dialog.deleteLater()
    return written
