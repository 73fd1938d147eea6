"""`duo smoke-test`: use the whole application once, offscreen, on a throwaway programme.

The check that an installation has everything inside, above all the folder `build.spec`
makes: Qt with its plugins, the SQLCipher extension, Argon2, the keyring back ends, Babel's
and pycountry's locale data, phonenumbers' tables, Arabic joining, the fonts, the
translations and the documents' texts. It runs the same from source (`python -m desktop
smoke-test`, which `tests/unit/test_smoke.py` does).

One line per step as it passes: Qt starts (offscreen unless QT_QPA_PLATFORM says otherwise)
in Dutch; the keyring's back ends are found, then set aside; a programme is created in a
temporary folder and the main window opens on it (timed from launch); a participant is
added; the libraries that load late are used once; the participant's certificate is printed
to PDF in English, Dutch and French and read back (the name is there, DejaVu Sans is
embedded) and sent through Qt's printer into a PDF file; the programme is locked, the
unlock dialog is cancelled and the application quits; the folder is opened again and
verified. The exit status is 0 only when every step passed. Nothing outside the temporary
folder is touched: not this computer's settings, its data folder or its keyring.
"""

from __future__ import annotations

import argparse
import gettext
import importlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from storage.languages import LANGUAGES, LOCALES
from storage.paths import DATA_DIR_ENV

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from desktop.controller import AppController
    from desktop.dialogs import Dialogs

# Latin letters with diacritics that Helvetica cannot print: the name shows the font works.
GIVEN_NAME, FAMILY_NAME = "Çağla", "Yılmaz"
PASSPHRASE = "smoke test: four unrelated words"  # noqa: S105 (a throwaway programme)
COACH = "Fatoumata Diallo"
_ISSUED_ON = date(2026, 9, 20)
_SEPTEMBER = {"en": "September", "nl": "september", "fr": "septembre"}
_BELGIUM = {"en": "Belgium", "nl": "België", "fr": "Belgique"}
# The keyring back end each system's users rely on: its entry point and its class.
_KEYRING = {
    "win32": ("Windows", "WinVaultKeyring"),
    "darwin": ("macOS", "Keyring"),
    "linux": ("SecretService", "Keyring"),
}
_TIME_LIMIT_MS = 120_000


class SmokeTestError(Exception):
    """A step did not do what it should."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `smoke-test`."""
    parser = subparsers.add_parser(
        "smoke-test",
        help="check that this installation works: use Duo once on a throwaway programme",
        description="Start Duo offscreen on a new programme in a temporary folder, add a "
        "participant, print a certificate to PDF, lock and quit. Exit status 0 only when "
        "every step worked. Nothing outside the temporary folder is touched.",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="nl",
        help="the interface language to start in (default nl)",
    )
    parser.add_argument("--keep", type=Path, metavar="DIR", help="copy the PDF files made into DIR")
    # When the launcher started this process (time.time()), to time the first window.
    parser.add_argument("--launched-at", type=float, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run every step; 0 when all passed, 1 when one failed."""
    launched_at = args.launched_at if args.launched_at is not None else time.time()
    since = "launch" if args.launched_at is not None else "the command started"
    for stream in (sys.stdout, sys.stderr):  # a failure may quote a name: never a crash
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="duo-smoke-", ignore_cleanup_errors=True) as temp:
        folder = Path(temp)
        os.environ[DATA_DIR_ENV] = str(folder / "local-data")
        smoke = _Smoke(folder, args.language, (launched_at, since))
        status = smoke.run()
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            for pdf in sorted(folder.glob("*.pdf")):
                (args.keep / pdf.name).write_bytes(pdf.read_bytes())
    outcome = "passed" if status == 0 else "FAILED"
    print(f"smoke test {outcome} in {time.time() - launched_at:.1f} s")
    return status


def _check(condition: bool, failure: str) -> None:
    if not condition:
        raise SmokeTestError(failure)


@dataclass
class _Answers:
    """The dialog seam for the smoke test: every modal dialog is cancelled and recorded;
    a failure a screen reports (a background task's, say) fails the smoke test."""

    shown: list[str] = field(default_factory=list)
    failures: list[BaseException] = field(default_factory=list)


def _dialogs(answers: _Answers) -> Dialogs:
    from desktop.dialogs import Dialogs

    class SmokeDialogs(Dialogs):
        def inform(self, parent: QWidget | None, title: str, text: str) -> None:
            answers.shown.append(f"inform: {text}")

        def warn(self, parent: QWidget | None, title: str, text: str) -> None:
            answers.shown.append(f"warn: {text}")

        def report(self, parent: QWidget | None, error: BaseException) -> None:
            answers.failures.append(error)

        def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
            answers.shown.append(f"confirm: {text}")
            return False

        def run(self, dialog: QDialog) -> bool:
            answers.shown.append(type(dialog).__name__)
            return False

    return SmokeDialogs()


class _Smoke:
    """The steps, in order, inside the application's event loop."""

    def __init__(self, folder: Path, language: str, launched: tuple[float, str]) -> None:
        self.folder = folder
        self.language = language
        self.launched_at, self.since = launched  # time.time() and what happened then
        self.answers = _Answers()
        self.failed = False
        self.controller: AppController | None = None
        self.case_id = ""
        self.app: QApplication | None = None

    def run(self) -> int:
        from PySide6.QtCore import QThreadPool, QTimer

        if self._step("qt", self._start_qt) is None:
            return 1
        assert self.app is not None
        QTimer.singleShot(0, self._in_event_loop)
        status = self.app.exec()
        QThreadPool.globalInstance().waitForDone(30_000)
        if self.failed or status != 0:
            return 1
        if self._step("verify", self._verify) is None:
            return 1
        return 0

    def _step(self, name: str, action: Callable[[], object]) -> object | None:
        started = time.perf_counter()
        try:
            note = action()
            _check(not self.answers.failures, f"reported: {self.answers.failures!r}")
        except Exception as error:  # every failure, expected or not, is this step's
            self.failed = True
            print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
            return None
        print(f"ok   {name} ({time.perf_counter() - started:.2f} s): {note}", flush=True)
        return note if note is not None else True

    def _in_event_loop(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        # Whatever goes wrong (an exception in a slot, a lock that does not quit), the
        # application must not stay running: a smoke test that hangs tells nobody anything.
        QTimer.singleShot(_TIME_LIMIT_MS, self._still_running)
        steps = (
            ("keyring", self._keyring),  # first: set aside before anything could read it
            ("programme", self._programme),
            ("participant", self._participant),
            ("libraries", self._libraries),
            ("certificate", self._certificate),
            ("lock", self._lock),
        )
        for name, action in steps:
            if self._step(name, action) is None:
                self._close_window()
                QApplication.exit(1)
                return
        # The lock asked for the passphrase again; cancelled, the application quits now.

    def _still_running(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.failed = True
        seconds = _TIME_LIMIT_MS // 1000
        print(f"FAIL quit: the application was still running after {seconds} s", flush=True)
        self._close_window()
        QApplication.exit(1)

    def _close_window(self) -> None:
        if self.controller is not None and self.controller.window is not None:
            self.controller.window.close()
        if self.controller is not None and self.controller.session is not None:
            self.controller.session.programme.close()

    # --- the steps ---------------------------------------------------------------------------

    def _start_qt(self) -> str:
        from PySide6.QtWidgets import QApplication

        from desktop.i18n import install_translators
        from resources import resource_path

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName("Duo")
        app.setOrganizationName("Duo")
        self.app = app
        platform = app.platformName()
        translators = install_translators(app, self.language)
        if self.language == "en":
            return f"{platform}, English interface"
        ours = len(list(resource_path("translations").glob(f"*_{self.language}.qm")))
        _check(ours > 0, f"no {self.language} translations in {resource_path('translations')}")
        _check(
            len(translators) == ours + 1,
            f"{len(translators)} of {ours} translation files and Qt's own loaded",
        )
        return f"{platform}, {self.language} interface: {ours} translation files and Qt's own"

    def _libraries(self) -> str:
        """What loads only when a screen or a document needs it."""
        import pycountry
        from babel.dates import format_date
        from openpyxl import Workbook, load_workbook
        from scipy.optimize import linear_sum_assignment

        from desktop.rules.intake_checks import international_phone
        from printing.scripts import visual

        _rows, columns = linear_sum_assignment([[4, 1], [2, 3]])
        _check(list(columns) == [1, 0], "the optimal assignment came out wrong")
        book = Workbook()
        book.active.append(["Çağla", 2026])
        data = io.BytesIO()
        book.save(data)
        cell = load_workbook(io.BytesIO(data.getvalue())).active["A1"].value
        _check(cell == "Çağla", "an XLSX workbook did not read back")
        phone = international_phone("0470 12 34 56")
        _check(phone == "+32 470 12 34 56", f"the phone number came out as {phone!r}")
        arabic = visual("سارة")
        _check(any("\ufe70" <= char <= "\ufeff" for char in arabic), "Arabic was not joined")
        for language, name in _BELGIUM.items():
            names = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=language == "en"
            )
            _check(names.gettext("Belgium") == name, f"no country names in {language}")
        for language, month in _SEPTEMBER.items():
            locale = LOCALES[language]
            written = format_date(_ISSUED_ON, format="long", locale=locale)
            _check(month in written, f"the date in {locale} came out as {written!r}")
        return "scipy, openpyxl, phonenumbers, Arabic joining, pycountry and Babel (en, nl, fr)"

    def _keyring(self) -> str:
        """The system keyring's back ends are there; then the keyring is set aside, so
        nothing in the smoke test reads or writes the real one."""
        from importlib.metadata import entry_points

        import keyring
        from keyring.backends import fail

        found = {point.name: point.value for point in entry_points(group="keyring.backends")}
        system = "linux" if sys.platform.startswith("linux") else sys.platform
        note = f"{len(found)} back ends"
        if system in _KEYRING:
            wanted, class_name = _KEYRING[system]
            _check(wanted in found, f"no {wanted} keyring among {sorted(found)}")
            backend = getattr(importlib.import_module(found[wanted]), class_name)
            if system == "linux":
                # Whether it can be used depends on the desktop session; what it needs is here.
                importlib.import_module("secretstorage")
            else:
                _check(backend.viable, f"the {wanted} keyring cannot be used")
            note += f", this system's ({wanted}) loads"
        keyring.set_keyring(fail.Keyring())
        return note

    def _programme(self) -> str:
        from PySide6.QtWidgets import QApplication

        from desktop.context import AppContext
        from desktop.controller import AppController
        from desktop.local_settings import LocalSettings
        from storage.programme import create_programme
        from storage.records import StaffMember

        creating = time.perf_counter()
        programme, _recovery_key = create_programme(
            self.folder / "programme", "Mentoring Smoke Test", PASSPHRASE
        )
        creating = time.perf_counter() - creating
        with programme.edit_programme_file(author="") as edit:
            coach = edit.add(StaffMember(name=COACH))
        local = LocalSettings.at(self.folder / "settings.ini")
        local.set_user_id(programme.settings.id, coach.id)
        dialogs = _dialogs(self.answers)
        self.controller = AppController(AppContext(dialogs=dialogs, local=local))
        window = self.controller.open(programme)
        QApplication.processEvents()
        # The start a user waits for, without the Argon2 work a new programme's keys take.
        shown = time.time() - self.launched_at - creating
        _check(window.isVisible(), "the main window is not shown")
        return (
            f"created (SQLCipher, Argon2: {creating:.2f} s); "
            f"first window {shown:.2f} s after {self.since}, creating left out"
        )

    def _participant(self) -> str:
        from desktop.workflows.intake import blank_values, create_intake
        from storage.records import Role

        assert self.controller is not None and self.controller.session is not None
        session = self.controller.session
        programme = session.programme
        values = blank_values(Role.MENTEE, user_id=session.user_id, today=date.today())
        values |= {
            "given_name": GIVEN_NAME,
            "family_name": FAMILY_NAME,
            "phone": "0470 12 34 56",
            "municipality": "Gent",
            "country_of_origin": "TR",
        }
        self.case_id = create_intake(
            programme.cases, Role.MENTEE, values, author=session.user_id, today=date.today()
        )
        session.notify_case_saved(self.case_id)
        entry = programme.index.get(self.case_id)
        _check(entry is not None, "the new participant is not in the index")
        assert entry is not None
        _check(entry.display_name == f"{GIVEN_NAME} {FAMILY_NAME}", "the name came back changed")
        return "a mentee's case file written, read back and indexed"

    def _certificate(self) -> str:
        from PySide6.QtPrintSupport import QPrinter

        from desktop.printer import a4_printer, print_pdf
        from desktop.workflows.house import house_style
        from printing.certificates import CertificateData, certificate_pdf
        from storage.records import Role

        assert self.controller is not None and self.controller.session is not None
        programme = self.controller.session.programme
        name = programme.cases.read(self.case_id).participant.display_name
        data = CertificateData(
            name=name,
            role=Role.MENTEE,
            programme=programme.settings.name,
            started_on=date(2026, 3, 10),
            ended_on=date(2026, 9, 10),
            meetings=12,
            signer=COACH,
            place="Gent",
            issued_on=_ISSUED_ON,
        )
        for language, month in _SEPTEMBER.items():
            pdf = certificate_pdf(data, house_style(programme), language)
            path = self.folder / f"certificate-{language}.pdf"
            path.write_bytes(pdf)
            _check(b"/FontFile2" in pdf and b"DejaVuSans" in pdf, "DejaVu Sans is not embedded")
            text = _pdf_text(pdf)
            _check(name in text, f"the name is not in the {language} certificate: {text!r}")
            _check(month in text, f"the {language} certificate has no date in {language}")
        printer = a4_printer("certificate")
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printed = self.folder / "certificate-printed.pdf"
        printer.setOutputFileName(str(printed))
        sheets = print_pdf(pdf, printer, [0], lambda done, total: None)
        _check(sheets == 1 and _pdf_pages(printed.read_bytes()) == 1, "Qt's printer failed")
        return "in EN, NL and FR with the name and DejaVu Sans; printed through Qt's printer"

    def _lock(self) -> str:
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        assert self.controller is not None
        # Let the index refresh and the name warm-up the window started finish first.
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()
        self.controller.lock()
        _check(self.controller.window is None, "the window stayed after the lock")
        _check(self.controller.session is None, "the programme stayed open after the lock")
        _check("UnlockDialog" in self.answers.shown, "the lock did not ask to unlock again")
        return "window and key dropped, unlock asked, cancelled: quitting"

    def _verify(self) -> str:
        from storage.programme import unlock
        from storage.verify import verify_programme

        programme = unlock(self.folder / "programme", passphrase=PASSPHRASE)
        try:
            report = verify_programme(programme)
            ids = programme.cases.case_ids()
        finally:
            programme.close()
        _check(report.ok, "; ".join(report.lines()))
        _check(ids == [self.case_id], f"{len(ids)} case files after the lock, not 1")
        return f"quit; opened again with the passphrase: {report.summary()}"


@contextmanager
def _pdf_document(pdf: bytes) -> Iterator[QPdfDocument]:
    """The PDF opened by QtPdf, the library the print preview and the printing use."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        _check(document.status() == QPdfDocument.Status.Ready, "Qt could not read the PDF")
        yield document
    finally:
        document.close()


def _pdf_text(pdf: bytes) -> str:
    """The text of every page."""
    with _pdf_document(pdf) as document:
        return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def _pdf_pages(pdf: bytes) -> int:
    with _pdf_document(pdf) as document:
        return document.pageCount()
