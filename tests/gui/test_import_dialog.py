"""The import dialog, driven with the keyboard: file, columns, preview, import, result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.i18n import current_language, install_translators
from desktop.models.import_tables import MappingColumn, PreviewColumn
from desktop.screens.import_dialog import ImportDialog, Step
from desktop.session import Session
from storage.errors import DiskFullError, disk_full_message
from tests.gui.fakes import ScriptedDialogs
from tests.unit.test_importing import write_csv

# A Dutch export with one column Duo cannot guess ("Opmerking coach") and three bad rows.
HEADER = ["Rol", "Voornaam", "Achternaam", "Geboortejaar", "Gemeente", "Opmerking coach"]
ROWS = [
    ["mentee", "Oluwaseun", "Adebayo-Claes", "1993", "Gent", "Nurse, diploma from Lagos"],
    ["mentor", "Marguerite", "Vanderstraeten", "1961", "Brugge", ""],
    ["mentee", "Kofi", "Mensah", "19xx", "Genk", ""],
    ["mentee", "", "Ashkenazi", "1980", "Mechelen", "no first name"],
    ["", "", "", "", "", ""],
    ["mentee", "Lâm", "Nguyễn", "1996", "Antwerpen", "Looking for IT support jobs"],
    ["mentee", "Oluwaseun", "Adebayo-Claes", "1993", "Gent", "the same person twice"],
]


@pytest.fixture
def spreadsheet(tmp_path: Path) -> Path:
    """The association's spreadsheet, as a Belgian Excel saves it."""
    return write_csv(tmp_path / "deelnemers.csv", [HEADER, *ROWS], bom=True)


@pytest.fixture
def dialog(qtbot: QtBot, session: Session, context: AppContext) -> ImportDialog:
    """The import dialog, shown and active, as the main window opens it."""
    widget = ImportDialog(session, context)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed wherever the keyboard focus is."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClick(focus, key, modifier)


def choose_file(qtbot: QtBot, dialog: ImportDialog, dialogs: ScriptedDialogs, path: Path) -> None:
    """Enter on the first page opens the file dialog; the columns page follows."""
    dialogs.files.append(path)
    assert dialog.file_page.choose_button.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.step is Step.COLUMNS)


def test_import_with_bad_rows_by_keyboard(
    qtbot: QtBot,
    dialog: ImportDialog,
    dialogs: ScriptedDialogs,
    session: Session,
    spreadsheet: Path,
    qtmodeltester,
) -> None:
    choose_file(qtbot, dialog, dialogs, spreadsheet)
    page = dialog.columns_page
    assert page.model is not None
    qtmodeltester.check(page.model)
    assert "deelnemers.csv is a CSV file in UTF-8 with BOM, separated by semicolons" in (
        page.summary.text()
    )
    read_as = [
        page.model.index(row, MappingColumn.FIELD).data() for row in range(page.model.rowCount())
    ]
    assert read_as[:5] == [
        "Role (mentee or mentor) — role",
        "Given name — given_name",
        "Family name — family_name",
        "Year of birth — year_of_birth",
        "Municipality — municipality",
    ]
    assert read_as[5] == "(ignore)"
    assert page.model.index(1, MappingColumn.SAMPLE).data() == "Oluwaseun · Marguerite · Kofi"

    # The coordinator walks down to "Opmerking coach" and reads it as notes.
    assert page.view.hasFocus()
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Down)
    assert page.field_combo.currentText() == "(ignore)"
    press(qtbot, Qt.Key.Key_Tab)
    assert page.field_combo.hasFocus()
    qtbot.keyClicks(page.field_combo, "Notes")
    assert page.model.index(5, MappingColumn.FIELD).data() == "Notes — notes"

    press(qtbot, Qt.Key.Key_Return)  # Next
    qtbot.waitUntil(lambda: dialog.step is Step.PREVIEW)
    preview = dialog.preview_page
    assert preview.model is not None
    qtmodeltester.check(preview.model)
    assert preview.counts.text() == "3 ready, 3 will be refused"
    shown = {
        preview.proxy.index(row, PreviewColumn.ROW).data(): preview.proxy.index(
            row, PreviewColumn.STATUS
        ).data()
        for row in range(preview.proxy.rowCount())
    }
    assert shown == {
        2: "Ready to import",
        3: "Ready to import",
        4: "the year of birth '19xx' is not a year",
        5: "no given name",
        7: "Ready to import",
        8: "the same person as row 2 (same name and year of birth)",
    }
    assert session.programme.cases.case_ids() == []  # nothing written before Import
    assert dialog.import_button.text() == "&Import 3 participants"

    with qtbot.waitSignal(session.index_refreshed):
        press(qtbot, Qt.Key.Key_Return)  # Import, the default button
        qtbot.waitUntil(lambda: dialog.step is Step.RESULT)
    result = dialog.result_page
    assert result.heading.text() == "Imported 3 participants."
    assert result.refused_text.toPlainText().splitlines() == [
        "Row 4 (Kofi Mensah): the year of birth '19xx' is not a year",
        "Row 5 (Ashkenazi): no given name",
        "Row 8 (Oluwaseun Adebayo-Claes): the same person as row 2 (same name and year of birth)",
    ]
    qtbot.keyClick(result.copy_button, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == result.refused_text.toPlainText()
    assert result.refused_text.isReadOnly()
    entries = session.programme.index.entries()
    assert sorted(e.display_name for e in entries) == [
        "Lâm Nguyễn",
        "Marguerite Vanderstraeten",
        "Oluwaseun Adebayo-Claes",
    ]
    (oluwaseun,) = [e for e in entries if e.given_name == "Oluwaseun"]
    case = session.programme.cases.read(oluwaseun.id)
    assert [note.text for note in case.notes] == ["Nurse, diploma from Lagos"]
    assert case.events[0].author == session.user_id

    assert dialog.close_button.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def test_a_file_without_roles_asks_for_one_and_back_keeps_choices(
    qtbot: QtBot, dialog: ImportDialog, dialogs: ScriptedDialogs, session: Session, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "mentors.csv",
        [["Prénom", "Nom de famille", "Commune"], ["Anaïs", "Mukendi", "Ixelles"]],
    )
    choose_file(qtbot, dialog, dialogs, path)
    page = dialog.columns_page
    assert "No column holds the role" in page.note.text()
    press(qtbot, Qt.Key.Key_Return)  # Next, without a role: explained, and the page stays
    assert dialogs.messages("error") == [
        "No column says who is a mentee and who is a mentor. Choose that column (role in the "
        "template), or say that everyone in the file is a mentee, or a mentor."
    ]
    assert dialog.step is Step.COLUMNS

    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "&Rows without a role"
    assert page.role_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert page.note.text() == ""
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.step is Step.PREVIEW)
    assert dialog.preview_page.counts.text() == "1 ready, 0 will be refused"

    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Space)  # Back: the choice is still there
    assert dialog.step is Step.COLUMNS
    assert page.role_combo.currentText() == "Import them as mentors"
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == ImportDialog.DialogCode.Rejected
    assert session.programme.cases.case_ids() == []


def test_a_full_disk_midway_imports_nothing(
    qtbot: QtBot,
    dialog: ImportDialog,
    dialogs: ScriptedDialogs,
    session: Session,
    spreadsheet: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases = session.programme.cases
    real_create = cases.create

    def create_until_the_disk_is_full(*args: object, **kwargs: object) -> str:
        if cases.case_ids():
            raise DiskFullError(disk_full_message())
        return real_create(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cases, "create", create_until_the_disk_is_full)
    choose_file(qtbot, dialog, dialogs, spreadsheet)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.step is Step.PREVIEW)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialogs.messages("error")))
    assert dialogs.messages("error") == [disk_full_message()]
    assert cases.case_ids() == []
    assert dialog.step is Step.PREVIEW and dialog.import_button.isEnabled()


def test_an_unreadable_file_is_explained_and_another_can_be_chosen(
    qtbot: QtBot, dialog: ImportDialog, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    old = tmp_path / "deelnemers.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    dialogs.files.append(old)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialogs.messages("error")))
    assert "save it as an Excel workbook (.xlsx) or as CSV" in dialogs.messages("error")[0]
    assert dialog.step is Step.FILE
    assert dialog.file_page.choose_button.isEnabled()
    assert not dialog.next_button.isEnabled()


def test_the_template_can_be_saved(
    qtbot: QtBot, dialog: ImportDialog, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "template.csv"
    dialogs.files.append(target)
    qtbot.keyClick(dialog.file_page.template_button, Qt.Key.Key_Space)
    assert target.read_text(encoding="utf-8-sig").startswith("role;given_name;family_name;")
    assert dialogs.messages("inform")[0].startswith("The template is saved as template.csv")


def test_a_field_is_read_from_one_column_only(
    qtbot: QtBot, dialog: ImportDialog, dialogs: ScriptedDialogs, spreadsheet: Path
) -> None:
    choose_file(qtbot, dialog, dialogs, spreadsheet)
    page = dialog.columns_page
    assert page.model is not None
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last column
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.field_combo, "Given")
    assert page.model.index(5, MappingColumn.FIELD).data() == "Given name — given_name"
    assert page.model.index(1, MappingColumn.FIELD).data() == "(ignore)"
    assert page.note.text() == "“Voornaam” is now ignored: a field is read from one column only."
    assert page.mapping() == {0: "role", 2: "family_name", 3: "year_of_birth",
                              4: "municipality", 5: "given_name"}  # fmt: skip


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The interface in French for one test; English again afterwards, for the other tests."""
    assert current_language() == "en"
    locale = QLocale()
    installed = install_translators(qapp, "fr")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")
    QLocale.setDefault(locale)


def test_a_refused_row_s_reasons_are_shown_in_the_interface_language(
    qtbot: QtBot,
    french: None,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "participants.csv",
        [
            ["Rôle", "Prénom", "Nom de famille", "Année de naissance", ""],
            ["mentoré", "Kofi", "Mensah", "19xx", ""],
            ["bénévole", "Awa", "Diop", "1975", "à rappeler"],
            ["aide", "Yaw", "Boateng", "19xx", ""],
        ],
    )
    dialog = ImportDialog(session, context)  # after the translators: its texts are French
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    choose_file(qtbot, dialog, dialogs, path)
    page = dialog.columns_page
    assert page.model is not None
    assert page.model.index(4, MappingColumn.HEADER).data() == "Colonne 5"  # no header

    press(qtbot, Qt.Key.Key_Return)  # Next
    qtbot.waitUntil(lambda: dialog.step is Step.PREVIEW)
    preview = dialog.preview_page
    shown = [
        preview.proxy.index(row, PreviewColumn.STATUS).data()
        for row in range(preview.proxy.rowCount())
    ]
    assert shown == [
        "l’année de naissance «\u00a019xx\u00a0» n’est pas une année",
        "Prête pour l’importation",
        "le rôle «\u00a0aide\u00a0» n’est ni mentoré·e ni mentor\u00a0; "
        "l’année de naissance «\u00a019xx\u00a0» n’est pas une année",
    ]

    press(qtbot, Qt.Key.Key_Return)  # Import
    qtbot.waitUntil(lambda: dialog.step is Step.RESULT)
    # A plain text edit gives its no-break spaces back as spaces.
    assert dialog.result_page.refused_text.toPlainText().splitlines()[0] == (
        "Ligne 2 (Kofi Mensah) : l’année de naissance « 19xx » n’est pas une année"
    )
    assert dialog.import_result is not None
    assert (
        dialog.import_result.refused[0].message == "row 2: the year of birth '19xx' is not a year"
    )
