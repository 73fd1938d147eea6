"""The domain rules (desktop/rules, desktop/matching) word nothing for the screen themselves:
they return codes and numbers that the screens put into words, in the interface's language.
The one kind of text they do produce, a `DuoError` a user can meet, is an English template
marked for Qt's lupdate, translated in resources/translations/rules_<language>.ts."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop.rules.programme_figures import programme_figures
from storage.errors import DuoError

ROOT = Path(__file__).resolve().parents[2]
RULE_FOLDERS = (ROOT / "desktop" / "rules", ROOT / "desktop" / "matching")
# Invented people for the benchmark, never shown in the interface.
NOT_INTERFACE = {ROOT / "desktop" / "matching" / "bench.py"}
# Exceptions that are bugs, reported as such, not messages for a coordinator.
BUG_EXCEPTIONS = {"ValueError", "TypeError", "RuntimeError", "AssertionError"}
_SENTENCE = re.compile(r"[^\W\d_]{2,}[,;:.]?\s+[^\W\d_]{2,}")  # two words, not a-code

PERIOD_BACKWARDS = "The period ends before it begins: choose a last day after the first."


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return getattr(node, "id", "")


def _words_outside_the_interface(tree: ast.Module) -> set[int]:
    """Ids of string nodes that are no interface text: docstrings, the messages of bugs and
    assertions, and texts already marked with QT_TRANSLATE_NOOP."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skipped.add(id(body[0].value))  # a docstring
        inner: ast.AST | None = None
        if isinstance(node, ast.Raise) and _name(node.exc or node) in BUG_EXCEPTIONS:
            inner = node.exc
        elif isinstance(node, ast.Assert):
            inner = node.msg
        elif isinstance(node, ast.Call) and _name(node) == "QT_TRANSLATE_NOOP":
            inner = node
        if inner is not None:
            skipped.update(id(child) for child in ast.walk(inner))
    return skipped


def _rule_files() -> list[Path]:
    return [
        path
        for folder in RULE_FOLDERS
        for path in sorted(folder.glob("*.py"))
        if path not in NOT_INTERFACE
    ]


def test_the_rules_return_no_unmarked_sentence() -> None:
    found = []
    for path in _rule_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _words_outside_the_interface(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                texts = [v.value for v in node.values if isinstance(v, ast.Constant)]
                text = " ".join(str(t) for t in texts)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if id(node) not in skipped and _SENTENCE.search(text):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert found == [], (
        "words in a rule: return a code for the screen to word, or mark a DuoError's text "
        "with QT_TRANSLATE_NOOP:\n" + "\n".join(found)
    )


def test_every_error_a_rule_raises_for_the_user_is_marked_for_translation() -> None:
    unmarked = []
    for path in _rule_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and node.exc is not None:
                exc = node.exc
                if _name(exc) not in BUG_EXCEPTIONS and isinstance(exc, ast.Call):
                    first = exc.args[0] if exc.args else None
                    if first is None or _name(first) != "QT_TRANSLATE_NOOP":
                        unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert unmarked == []


def _backwards_period_error() -> DuoError:
    with pytest.raises(DuoError) as raised:
        programme_figures([], [], date(2026, 3, 1), date(2026, 2, 1))
    return raised.value


def test_a_rule_s_error_reads_in_english_as_before() -> None:
    error = _backwards_period_error()
    assert error.message == PERIOD_BACKWARDS
    assert str(error) == PERIOD_BACKWARDS
    assert error.template == PERIOD_BACKWARDS  # what error_text() translates


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "De periode eindigt voordat ze begint: kies een laatste dag na de eerste."),
        ("fr", "La période se termine avant de commencer\u00a0: choisissez un dernier jour"),
    ],
)
def test_a_rule_s_error_reads_in_the_interface_language(language: str, expected: str) -> None:
    # error_text() asks QCoreApplication.translate("DuoError", template): the installed
    # translators answer, this one among them.
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / f"rules_{language}.qm"))
    translated = translator.translate("DuoError", _backwards_period_error().template)
    assert translated.startswith(expected)
