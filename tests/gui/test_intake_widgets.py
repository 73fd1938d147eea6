"""The reusable widgets of the intake form, driven by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from widgets.availability_picker import AvailabilityPicker
from widgets.choice_combo import ChoiceCombo
from widgets.form_section import FormSection
from widgets.language_levels import LanguageLevelsEditor, LanguageLevelsModel


def test_the_language_table_model_is_sound(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LanguageLevelsModel({"nl": "Dutch", "ar": "Arabic"}, {"B1": "B1", "native": "Native"})
    model.set_rows([("ar", "native"), ("nl", "B1")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Arabic"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.UserRole) == "native"
    assert model.put("nl", "native") == 1 and model.rows() == [("ar", "native"), ("nl", "native")]


def test_languages_are_removed_with_the_delete_key(qtbot: QtBot) -> None:
    editor = LanguageLevelsEditor([("nl", "Dutch"), ("fr", "French")], [("B1", "B1")])
    qtbot.addWidget(editor)
    editor.set_rows([("nl", "B1"), ("fr", "")])
    with qtbot.waitExposed(editor):
        editor.show()
    editor.table.setFocus()
    editor.table.selectRow(0)
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert editor.rows() == [("fr", "")]


def test_the_availability_grid_is_one_tab_stop_with_arrow_keys(qtbot: QtBot) -> None:
    picker = AvailabilityPicker(
        ["Mon", "Sat"],
        ["Daytime", "Evening"],
        [[("mon-day", "Mon daytime"), ("mon-evening", "Mon evening")], [("sat", "Sat")]],
    )
    qtbot.addWidget(picker)
    with qtbot.waitActive(picker):
        picker.show()
        picker.activateWindow()
    picker.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert picker.codes() == ["mon-evening", "sat"]
    assert QApplication.focusWidget().accessibleName() == "Sat"  # type: ignore[union-attr]
    stops = [
        box for box in picker.findChildren(QWidget) if box.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(stops) == 1


@pytest.mark.parametrize(("typed", "chosen"), [("syr", "SY"), ("NIGERIA", "NG"), ("xyz", "BE")])
def test_a_choice_is_found_by_any_part_of_its_label(qtbot: QtBot, typed: str, chosen: str) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    combo = ChoiceCombo(holder)
    after = QLineEdit(holder)
    after.move(0, 40)
    combo.set_choices([("NG", "Nigeria"), ("NE", "Niger"), ("SY", "Syria"), ("BE", "Belgium")])
    combo.set_code("BE")
    with qtbot.waitActive(holder):
        holder.show()
        holder.activateWindow()
    combo.setFocus()
    combo.lineEdit().selectAll()
    for character in typed:
        qtbot.keyClicks(QApplication.activePopupWidget() or combo, character)
    qtbot.keyClick(QApplication.activePopupWidget() or combo, Qt.Key.Key_Tab)
    assert combo.code() == chosen
    combo.set_code("retired-code")
    assert combo.code() == "retired-code"  # a stored code no longer offered is kept


def test_a_form_section_shows_errors_and_hints_under_the_field(qtbot: QtBot) -> None:
    section = FormSection("Identity")
    qtbot.addWidget(section)
    row = section.add_row("&Given name", QLineEdit())
    assert row.label.buddy() is row.field
    row.show_error("Required.")
    assert row.message_text() == "Required."
    row.show_hint("Check it.")
    assert row.message_text() == "Check it."
    row.clear()
    assert row.message_text() == ""
