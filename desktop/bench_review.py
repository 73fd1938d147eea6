"""The benchmark figure `review_open_ms`: opening the side-by-side review of one pair whose
mentee has a 2 MB PDF CV, from constructing the window to its first paint done.

    mentee_id, mentor_id = add_review_pair(programme)
    measure_review_open(programme, mentee_id, mentor_id)   # milliseconds, median of runs

Measured in the running application (a QApplication must exist), never asserted in tests.
"""

from __future__ import annotations

import io
import os
import statistics
import time
from datetime import date

from PIL import Image
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.context import AppContext
from desktop.dialogs import Dialogs
from desktop.local_settings import LocalSettings
from desktop.screens.match_review import MatchReviewWindow
from desktop.session import Session
from storage.paths import local_data_dir
from storage.programme import Programme
from storage.records import JobTarget, LanguageSkill, Participant, Role, Status, StatusChange

CV_BYTES = 2 * 1024 * 1024
RUNS = 5
_CV_LINES = (
    "Werkervaring: boekhouder bij een logistiek bedrijf, 2014-2021",
    "Opleiding: master in de bedrijfseconomie, erkend door NARIC",
    "Talen: Arabisch (moedertaal), Frans (C1), Nederlands (B1), Engels (B2)",
    "Software: Excel, SAP FI/CO, Power BI",
)


def two_mb_cv(size: int = CV_BYTES) -> bytes:
    """A CV as a coach gets one from a scanner: a page of text and a page with a photo-like
    picture that does not compress, of about `size` bytes in all."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(56, 780, "Curriculum vitae")
    canvas.setFont("Helvetica", 11)
    for number in range(44):
        canvas.drawString(56, 750 - number * 16, _CV_LINES[number % len(_CV_LINES)])
    canvas.showPage()
    # reportlab writes pictures as ASCII85 text, a quarter larger than the pixels.
    side = int((size * 0.8 / 3) ** 0.5)
    picture = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    canvas.drawImage(ImageReader(picture), 56, 200, 480, 480)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def add_review_pair(programme: Programme, cv: bytes | None = None) -> tuple[str, str]:
    """A waiting mentee with a large PDF CV and an accepted mentor for them; their ids."""
    since = date(2026, 1, 5)
    mentee = programme.cases.create(
        Participant(
            role=Role.MENTEE,
            given_name="Benchmark",
            family_name="Mentee",
            municipality="Gent",
            postcode="9000",
            availability=["mon-evening", "wed-evening"],
            interests="cycling, chess",
        ),
        author="",
        records=[
            StatusChange(status=Status.ACCEPTED, since=since),
            JobTarget(sector="K", occupation="24", description="Accountant"),
            LanguageSkill(language="nl", level="B1"),
        ],
        attachments=[("cv.pdf", cv or two_mb_cv(), "cv", "application/pdf")],
    )
    mentor = programme.cases.create(
        Participant(
            role=Role.MENTOR,
            given_name="Benchmark",
            family_name="Mentor",
            municipality="Gent",
            postcode="9000",
            availability=["mon-evening"],
            short_profile="Accountant at a logistics firm in Ghent for twenty years.",
            capacity=2,
        ),
        author="",
        records=[
            StatusChange(status=Status.ACCEPTED, since=since),
            JobTarget(sector="K", occupation="24", description="Controller"),
            LanguageSkill(language="nl", level="native"),
        ],
    )
    programme.index.refresh(programme.cases)
    return mentee, mentor


def measure_review_open(programme: Programme, mentee_id: str, mentor_id: str) -> float:
    """Milliseconds from constructing the review window to its first paint done: reading both
    case files and the CV, scoring, and drawing (median of a few openings; the first one,
    which loads fonts and language names, is left out)."""
    session = Session(programme, "")
    context = AppContext(
        dialogs=Dialogs(), local=LocalSettings.at(local_data_dir() / "bench-review.ini")
    )
    times = []
    for _ in range(RUNS + 1):
        start = time.perf_counter()
        window = MatchReviewWindow(session, context, mentee_id, mentor_id)
        window.show()
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        window.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return statistics.median(times[1:])
