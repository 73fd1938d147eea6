"""The stretched-strings mode makes the shown language 40 % longer, to find clipped text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.i18n import install_stretched_strings, install_translators


@pytest.fixture
def french_stretched(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "fr")
    installed.append(install_stretched_strings(qapp, list(installed)))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def test_the_translation_is_stretched_and_keeps_its_placeholders(french_stretched: None) -> None:
    shown = QApplication.translate("MainWindow", "Waiting list")
    assert shown.startswith("Liste d'attente ") and shown.endswith("······")
    formatted = QApplication.translate("MainWindow", "Duo — {name}")
    assert "{name}" in formatted
    assert QApplication.translate("Nowhere", "An untranslated text").startswith(
        "An untranslated text ·"
    )
    assert QApplication.translate("Nowhere", "—") == "—"  # no letters: left alone
