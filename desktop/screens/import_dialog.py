"""Importing participants from a spreadsheet, in four steps: file, columns, preview, result.

The dialog only shows and asks: reading the file, checking every row and writing the case
files are `storage.importing`'s job, run off the GUI thread with `run_task`. Nothing is
written before the coordinator has seen the preview and pressed Import.
"""

from __future__ import annotations

import shutil
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.screens.import_pages import ColumnsPage, FilePage, PreviewPage, ResultPage
from desktop.session import Session
from desktop.tasks import ProgressFn, run_task
from resources import resource_path
from storage.errors import DuoError
from storage.import_read import Table, read_table
from storage.importing import ImportPlan, ImportResult, check_mapping, plan_import, run_import


class Step(IntEnum):
    """The pages of the dialog, in order."""

    FILE = 0
    COLUMNS = 1
    PREVIEW = 2
    RESULT = 3


class ImportDialog(QDialog):
    """Choose a spreadsheet, say what its columns hold, check every row, import."""

    def __init__(
        self, session: Session, context: AppContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.context = context
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(980, 640)

        self.file_page = FilePage()
        self.columns_page = ColumnsPage()
        self.preview_page = PreviewPage()
        self.result_page = ResultPage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.columns_page, self.preview_page, self.result_page):
            self.pages.addWidget(page)
        self.file_page.choose_button.clicked.connect(self.choose_file)
        self.file_page.template_button.clicked.connect(self.save_template)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.close_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self._close_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show(Step.FILE)

    # --- navigation -----------------------------------------------------------------------

    @property
    def step(self) -> Step:
        """The page shown."""
        return Step(self.pages.currentIndex())

    def _show(self, step: Step) -> None:
        self.pages.setCurrentIndex(step)
        self._update_buttons()
        focus = {
            Step.FILE: self.next_button if self.table is not None else self.file_page.choose_button,
            Step.COLUMNS: self.columns_page.view,
            Step.PREVIEW: self.preview_page.view,
            Step.RESULT: self.close_button,
        }[step]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        step, idle = self.step, not self._busy
        self.back_button.setVisible(step in (Step.COLUMNS, Step.PREVIEW))
        self.next_button.setVisible(step in (Step.FILE, Step.COLUMNS))
        self.import_button.setVisible(step is Step.PREVIEW)
        self.close_button.setText(self.tr("Close") if step is Step.RESULT else self.tr("Cancel"))
        self.back_button.setEnabled(idle)
        self.next_button.setEnabled(idle and (step is Step.COLUMNS or self.table is not None))
        self.import_button.setEnabled(idle and bool(self.plan and self.plan.ready))
        self.close_button.setEnabled(idle)
        self.file_page.choose_button.setEnabled(idle)
        self.file_page.template_button.setEnabled(idle)
        # Enter presses the button that moves the work forward on each page.
        default = {
            Step.FILE: self.next_button if self.table is not None else self.file_page.choose_button,
            Step.COLUMNS: self.next_button,
            Step.PREVIEW: self.import_button
            if self.import_button.isEnabled()
            else self.back_button,
            Step.RESULT: self.close_button,
        }[step]
        for button in (
            self.file_page.choose_button,
            self.back_button,
            self.next_button,
            self.import_button,
            self.close_button,
        ):
            button.setDefault(button is default)

    def go_back(self) -> None:
        """The previous step; the choices made there are kept."""
        if self.step in (Step.COLUMNS, Step.PREVIEW) and not self._busy:
            self._show(Step(self.step - 1))

    def go_next(self) -> None:
        """From the file to its columns, from the columns to the checked rows."""
        if self._busy:
            return
        if self.step is Step.FILE and self.table is not None:
            self._show(Step.COLUMNS)
        elif self.step is Step.COLUMNS:
            self.check_rows()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.context.dialogs.report(self, error)

    # --- step 1: the file -----------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the spreadsheet and read it."""
        path = self.context.dialogs.open_file(
            self, self.tr("Choose the spreadsheet"), self.tr("Spreadsheets (*.csv *.xlsx)")
        )
        if path is None:
            return
        self._set_busy(True)
        run_task(
            self,
            lambda _progress: read_table(path),
            self._file_read,
            self._failed,
            label=self.tr("Reading the spreadsheet…"),
        )

    def _file_read(self, table: Table) -> None:
        self.table = table
        self.plan = None
        self.columns_page.set_table(table)
        self._set_busy(False)
        self._show(Step.COLUMNS)

    def save_template(self) -> None:
        """Save a copy of the import template, to fill in or to compare column names with."""
        path = self.context.dialogs.save_file(
            self,
            self.tr("Save the import template"),
            "duo-import-template.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        try:
            shutil.copyfile(resource_path("import-template.csv"), path)
        except OSError:
            message = self.tr("Duo could not save the template there. Choose another folder.")
            self.context.dialogs.show_error(self, DuoError(message))
            return
        self.context.dialogs.inform(
            self,
            self.tr("Template saved"),
            self.tr(
                "The template is saved as {name}: a header row with every column Duo reads, "
                "and two invented participants as examples."
            ).format(name=path.name),
        )

    # --- step 2: the columns --------------------------------------------------------------

    def check_rows(self) -> None:
        """Check every row with the chosen columns, off the GUI thread."""
        assert self.table is not None
        table, programme = self.table, self.session.programme
        mapping, role = self.columns_page.mapping(), self.columns_page.default_role()
        try:
            check_mapping(mapping, default_role=role)
        except DuoError as error:
            self.context.dialogs.show_error(self, error)
            return
        self._set_busy(True)
        run_task(
            self,
            lambda _progress: plan_import(table, mapping, programme, default_role=role),
            self._rows_checked,
            self._failed,
            label=self.tr("Checking every row…"),
        )

    # --- step 3: the preview --------------------------------------------------------------

    def _rows_checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.preview_page.set_plan(plan)
        ready = len(plan.ready)
        self.import_button.setText(
            self.tr("&Import 1 participant")
            if ready == 1
            else self.tr("&Import %n participants", "", ready)
        )
        self._set_busy(False)
        self._show(Step.PREVIEW)

    def start_import(self) -> None:
        """Write the ready rows: all of them or, if anything fails, none."""
        if self.plan is None or not self.plan.ready or self._busy:
            return
        plan, programme, author = self.plan, self.session.programme, self.session.user_id

        def work(progress: ProgressFn) -> ImportResult:
            return run_import(plan, programme, author=author, progress=progress)

        self._set_busy(True)
        run_task(self, work, self._imported, self._failed, label=self.tr("Importing participants…"))

    # --- step 4: the result ---------------------------------------------------------------

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.plan = None  # written: the same plan must never be imported twice
        self.result_page.set_result(result)
        self._set_busy(False)
        self._show(Step.RESULT)
        # The import refreshed the index: the lists behind this dialog can show the newcomers.
        self.session.index_refreshed.emit()

    # --- closing --------------------------------------------------------------------------

    def _close_clicked(self) -> None:
        if self.step is Step.RESULT:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Escape and Cancel close the dialog, except while work is under way."""
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """The window's close button waits for work under way, like Cancel."""
        if self._busy:
            event.ignore()
        else:
            super().closeEvent(event)
