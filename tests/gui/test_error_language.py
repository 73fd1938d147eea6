"""A message from storage or a workflow is shown in the interface's language, its parameters
filled in (issue 7)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

import desktop.dialogs
from desktop.dialogs import Dialogs
from desktop.error_text import error_text
from desktop.i18n import current_language, install_translators
from storage import encrypted_file
from storage.errors import DuoError
from storage.import_read import MAX_ROWS, SpreadsheetError, read_table


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Installs the translators of a language for one test; English again afterwards, so
    that the other tests read the source texts."""
    assert current_language() == "en"
    locale = QLocale()
    installed: list[QTranslator] = []

    def install(code: str) -> None:
        installed.extend(install_translators(qapp, code))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warnings `Dialogs` shows, recorded instead of shown."""
    shown: list[str] = []

    class Boxes:
        @staticmethod
        def warning(parent: QWidget | None, title: str, text: str) -> None:
            shown.append(text)

    monkeypatch.setattr(desktop.dialogs, "QMessageBox", Boxes)
    return shown


def _newer_file() -> DuoError:
    return encrypted_file.newer(Path("cases/0a1b.duo"), 4, 3)


def test_show_error_shows_the_message_in_french_with_its_parameters(
    language: Callable[[str], None], warnings_shown: list[str]
) -> None:
    language("fr")

    Dialogs().show_error(None, _newer_file())

    assert warnings_shown == [
        "Le fichier 0a1b.duo a été enregistré par une version plus récente de Duo (format 4"
        "\u00a0; cette version lit jusqu’au format 3). Il n’a pas été modifié\u00a0: mettez "
        "Duo à jour pour l’ouvrir."
    ]


def test_a_message_is_shown_in_dutch(language: Callable[[str], None]) -> None:
    language("nl")

    assert error_text(_newer_file()) == (
        "Het bestand 0a1b.duo werd opgeslagen door een nieuwere versie van Duo (formaat 4; "
        "deze versie leest tot 3). Het werd niet aangeraakt: werk Duo bij om het te openen."
    )


def test_whole_numbers_are_written_the_french_way(
    language: Callable[[str], None], tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    big.write_text("given_name\n" + "Amina\n" * (MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(SpreadsheetError) as raised:
        read_table(big)
    language("fr")

    rows = QLocale("fr_BE").toString(MAX_ROWS)
    assert rows != "10000"  # grouped, with the French separator
    assert error_text(raised.value).startswith(f"big.csv compte plus de {rows} lignes.")


def test_in_english_the_text_is_the_message(qapp: QApplication) -> None:
    error = _newer_file()

    assert error_text(error) == error.message


def test_a_message_already_in_the_interface_language_is_shown_as_it_is(
    language: Callable[[str], None],
) -> None:
    language("fr")

    error = DuoError("Ce document ne peut pas être imprimé.")

    assert error_text(error) == "Ce document ne peut pas être imprimé."
