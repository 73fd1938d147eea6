"""Every string a user sees is marked for translation and translated into Dutch and French;
the compiled files are those of the current translations."""

from __future__ import annotations

import ast
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop.i18n import ui_language

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/ is not a package)

# Qt calls whose string argument a user reads.
_SHOWN_BY_METHOD = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setTitle",
    "setSubTitle",
    "addTab",
    "insertTab",
    "setTabText",
    "setStatusTip",
    "showMessage",
    "setAccessibleName",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setLabelText",
    "setButtonText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "addRow",
}
_SHOWN_BY_CLASS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
}


def _is_words(node: ast.AST) -> bool:
    """A literal string with a lowercase letter (not "", "—", "…" or a pattern "XXXX-XXXX")."""
    if isinstance(node, ast.JoinedStr):
        return True  # an f-string is never translatable
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(char.islower() for char in node.value)
    )


def _text_argument(node: ast.Call) -> ast.AST | None:
    """The source text of a tr() or translate() call, if it is one."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr" and node.args:
        return node.args[0]
    if name == "translate" and len(node.args) >= 2:
        return node.args[1]
    return None


def _unmarked(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in _SHOWN_BY_METHOD or name in _SHOWN_BY_CLASS:
            for argument in node.args:
                if _is_words(argument):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        text = _text_argument(node)
        # Qt's lupdate reads only literal texts: a text passed through a helper function or
        # built at run time is never offered to a translator.
        if text is not None and not (
            isinstance(text, ast.Constant) and isinstance(text.value, str)
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} (not a literal text)")
    return found


def test_every_string_shown_on_screen_is_marked_for_translation() -> None:
    sources = [
        path
        for folder in ("desktop", "widgets")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "demo" not in path.parts  # invented people and their words, not the interface
    ]
    unmarked = [place for path in sources for place in _unmarked(path)]
    assert unmarked == [], "strings shown without self.tr / translate:\n" + "\n".join(unmarked)


def _messages(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, translation) of every message: what lupdate keeps, whatever the
    layout of the file a given version of the tool writes."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            text = (
                "|".join(f.text or "" for f in forms)
                if forms
                else ("" if translation is None else translation.text or "")
            )
            found.add((name, message.findtext("source") or "", text))
    return found


@pytest.mark.parametrize("language", sorted(translations.LANGUAGES))
@pytest.mark.parametrize("area", sorted(translations.AREAS))
def test_the_translation_file_has_every_string_of_the_source_translated(
    area: str, language: str, tmp_path: Path
) -> None:
    committed = translations.ts_file(area, language)
    assert committed.exists(), f"{committed.name} is missing: run tools/translations.py update"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    translations.lupdate(translations.area_files()[area], fresh, language)
    assert _messages(fresh) == _messages(committed), (
        f"{committed.name} is not up to date with the source: run tools/translations.py update"
    )
    lacking = translations.missing(committed)
    assert lacking == [], f"{len(lacking)} strings untranslated in {committed.name}: {lacking[:5]}"


def test_the_compiled_translations_are_those_of_the_translation_files() -> None:
    for ts in sorted(translations.TRANSLATIONS.glob("*.ts")):
        shipped = ts.with_suffix(".qm")
        translator = QTranslator()
        assert translator.load(str(shipped)), f"{shipped.name} is missing: run release"
        for context, source, text in _messages(ts):
            if "|" in text or not text:
                continue  # plural forms: looked up with a count
            assert translator.translate(context, source) == text, (
                f"{shipped.name} is stale ({source!r}): run tools/translations.py release"
            )


def test_the_interface_language_is_the_one_chosen_or_the_system_s() -> None:
    assert ui_language("fr", "nl_BE") == "fr"
    assert ui_language("", "nl_BE") == "nl"
    assert ui_language("", "fr_CA") == "fr"
    assert ui_language("", "de_DE") == "en"
    assert ui_language("xx", "C") == "en"
