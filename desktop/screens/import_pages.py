"""The four pages of the import dialog: the file, its columns, the preview, the result.

Each page shows what it is given and reports the user's choices; moving between pages,
reading, checking and importing belong to `ImportDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.import_tables import (
    MappingColumn,
    MappingModel,
    PreviewColumn,
    PreviewModel,
    field_labels,
    header_text,
    ignored_label,
    reasons_text,
)
from storage.import_fields import auto_map
from storage.import_read import Table
from storage.importing import ImportPlan, ImportResult, PlannedRow
from storage.records import Role


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table_view() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    return view


class FilePage(QWidget):
    """What the import does, and the button to choose the spreadsheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_button = QPushButton(self.tr("&Choose the spreadsheet…"))
        self.template_button = QPushButton(self.tr("Save the &template…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Import participants from a spreadsheet")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Choose the spreadsheet (.xlsx or .csv) that lists your mentees and "
                    "mentors: one person per row, with the column names in the first row."
                )
            )
        )
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Columns named as in Duo's import template are recognised, and so are the "
                    "usual Dutch and French names (Voornaam, Prénom, Gemeente, Code postal…). "
                    "On the next page you can say what every other column holds. Nothing is "
                    "saved until you press Import, and first you will see which rows can be "
                    "imported and why the others cannot."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)


class ColumnsPage(QWidget):
    """Each column of the file with its first values, and the field it is read as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self.model: MappingModel | None = None
        self.summary = _wrapped()
        self.view = _table_view()
        self.field_combo = QComboBox()
        self.field_combo.addItem(ignored_label(), None)
        for name, label in field_labels().items():
            self.field_combo.addItem(label, name)
        self.field_combo.currentIndexChanged.connect(self._field_chosen)
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("Refuse them"), None)
        self.role_combo.addItem(self.tr("Import them as mentees"), Role.MENTEE.value)
        self.role_combo.addItem(self.tr("Import them as mentors"), Role.MENTOR.value)
        self.role_combo.currentIndexChanged.connect(self._role_chosen)
        self.note = _wrapped()

        field_label = QLabel(self.tr("Read the selected column &as:"))
        field_label.setBuddy(self.field_combo)
        role_caption = QLabel(self.tr("&Rows without a role:"))
        role_caption.setBuddy(self.role_combo)
        choices = QHBoxLayout()
        choices.addWidget(field_label)
        choices.addWidget(self.field_combo, 1)
        choices.addSpacing(24)
        choices.addWidget(role_caption)
        choices.addWidget(self.role_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("What does each column hold?")))
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(choices)
        layout.addWidget(self.note)

    def set_table(self, table: Table) -> None:
        """Show a newly read file, its columns mapped automatically."""
        self._table = table
        self.model = MappingModel(table, auto_map(table.headers))
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._column_selected)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MappingColumn.HEADER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MappingColumn.SAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingColumn.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setCurrentIndex(self.model.index(0, MappingColumn.HEADER))
        self.role_combo.setCurrentIndex(0)
        self.summary.setText(self._describe(table))
        self._show_notes()

    def mapping(self) -> dict[int, str]:
        """Column index to field, for the columns that are read."""
        return self.model.mapping() if self.model is not None else {}

    def default_role(self) -> Role | None:
        """The role of rows that do not give one, if the coordinator chose one."""
        value = self.role_combo.currentData()
        return Role(value) if value else None

    def _describe(self, table: Table) -> str:
        if table.kind == "xlsx":
            how = self.tr("an Excel workbook (its first sheet is read)")
        else:
            separator = {
                ";": self.tr("semicolons"),
                ",": self.tr("commas"),
                "\t": self.tr("tabs"),
            }[table.delimiter]
            how = self.tr("a CSV file in {encoding}, separated by {separator}").format(
                encoding=table.encoding, separator=separator
            )
        count = len(table.rows)
        rows = self.tr("1 row") if count == 1 else self.tr("%n rows", "", count)
        return self.tr(
            "{file} is {how}, with {rows} under the header row. Choose a column with the "
            "arrow keys, then say below what it holds; columns read as “(ignore)” are not "
            "imported."
        ).format(file=table.file_name, how=how, rows=rows)

    def _column_selected(self) -> None:
        if self.model is None:
            return
        field = self.model.field(self.view.currentIndex().row())
        self.field_combo.blockSignals(True)
        self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(field)))
        self.field_combo.blockSignals(False)

    def _field_chosen(self, index: int) -> None:
        row = self.view.currentIndex().row()
        if self.model is None or row < 0:
            return
        moved_from = self.model.set_field(row, self.field_combo.itemData(index))
        self._show_notes(moved_from)

    def _role_chosen(self) -> None:
        self._show_notes()

    def _show_notes(self, moved_from: int | None = None) -> None:
        if self._table is None:
            return
        mapped = set(self.mapping().values())
        notes = []
        if moved_from is not None:
            notes.append(
                self.tr("“{column}” is now ignored: a field is read from one column only.").format(
                    column=header_text(self._table, moved_from)
                )
            )
        if "given_name" not in mapped:
            notes.append(self.tr("Choose the column that holds the given names."))
        if "role" not in mapped and self.default_role() is None:
            notes.append(
                self.tr(
                    "No column holds the role: say below whether the people in the file are "
                    "mentees or mentors."
                )
            )
        self.note.setText(" ".join(notes))


class PreviewPage(QWidget):
    """Every row of the file with what will happen to it, and the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: PreviewModel | None = None
        self.counts = _heading()
        self.note = _wrapped()
        self.view = _table_view()
        self.view.setSortingEnabled(True)
        self.proxy = QSortFilterProxyModel(self)
        self.view.setModel(self.proxy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def set_plan(self, plan: ImportPlan) -> None:
        """Show the outcome of checking every row."""
        self.model = PreviewModel(plan)
        self.proxy.setSourceModel(self.model)
        self.view.sortByColumn(PreviewColumn.ROW, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        for column in PreviewColumn:
            stretch = column is PreviewColumn.STATUS
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.view.setCurrentIndex(self.proxy.index(0, PreviewColumn.ROW))
        ready, refused = len(plan.ready), len(plan.refused)
        self.counts.setText(
            self.tr("{ready} ready, {refused} will be refused").format(ready=ready, refused=refused)
        )
        if not ready:
            note = self.tr(
                "No row can be imported. Go back to check what the columns are read as, or "
                "correct the spreadsheet and choose it again."
            )
        elif refused:
            note = self.tr(
                "Refused rows are not imported; the reason is beside each. Correct them in "
                "the spreadsheet and import it again later: the people imported now will be "
                "recognised and skipped."
            )
        else:
            note = self.tr("Every row can be imported.")
        self.note.setText(note)


class ResultPage(QWidget):
    """How many were imported, and the refused rows as text to select and copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _heading()
        self.note = _wrapped()
        self.refused_text = QPlainTextEdit()
        self.refused_text.setReadOnly(True)
        self.refused_text.setTabChangesFocus(True)
        self.refused_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.copy_button = QPushButton(self.tr("C&opy the list"))
        self.copy_button.clicked.connect(self.copy_list)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.refused_text, 1)
        layout.addLayout(copy_row)

    def set_result(self, result: ImportResult) -> None:
        """Show what the import did."""
        imported = len(result.imported)
        self.heading.setText(
            self.tr("Imported 1 participant.")
            if imported == 1
            else self.tr("Imported %n participants.", "", imported)
        )
        lines = [self._line(row) for row in result.refused]
        self.refused_text.setPlainText("\n".join(lines))
        self.refused_text.setVisible(bool(lines))
        self.copy_button.setVisible(bool(lines))
        if len(lines) == 1:
            note = self.tr(
                "1 row was not imported. Correct it in the spreadsheet and import the file "
                "again: the people imported now will be recognised and skipped."
            )
        elif lines:
            note = self.tr(
                "%n rows were not imported. Correct them in the spreadsheet and import the "
                "file again: the people imported now will be recognised and skipped.",
                "",
                len(lines),
            )
        else:
            note = self.tr("Every row of the file was imported.")
        self.note.setText(note)

    def _line(self, row: PlannedRow) -> str:
        reasons = reasons_text(row)
        if row.name:
            return self.tr("Row {number} ({name}): {reasons}").format(
                number=row.number, name=row.name, reasons=reasons
            )
        return self.tr("Row {number}: {reasons}").format(number=row.number, reasons=reasons)

    def copy_list(self) -> None:
        """Put the refused rows on the clipboard, to paste in an e-mail or a spreadsheet."""
        QGuiApplication.clipboard().setText(self.refused_text.toPlainText())
