"""The interface's language: English, Dutch or French, chosen in Settings or the system's.

    language = ui_language(context.local.language(), QLocale.system().name())
    install_translators(app, language)

Duo's own translations are `resources/translations/<area>_<language>.qm` (made from the
.ts files by `tools/translations.py release`); Qt's own (the buttons of standard dialogs)
come with PySide6. English needs no translator: it is the source text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path
from storage.languages import LANGUAGES, LOCALES
from storage.lists import shown_items
from storage.programme import Programme
from storage.records import ListItem

_current = "en"


def current_language() -> str:
    """The interface language installed at start-up ("en" until then): printed documents
    and list labels follow it unless a person's own language is known."""
    return _current


def shown_list(programme: Programme, list_name: str) -> list[ListItem]:
    """A programme's list with the labels to show now: Duo's own defaults in the interface
    language, what the coordinator typed as typed."""
    return shown_items(programme.list_items(list_name), _current)


def ui_language(choice: str, system_locale: str) -> str:
    """The language to show: the one chosen in Settings, else the system's if Duo has it,
    else English. `system_locale` is a name such as "nl_BE"."""
    if choice in LANGUAGES:
        return choice
    system = system_locale.split("_")[0].lower()
    return system if system in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translations of `language`, and make its locale the default
    for dates and numbers; returns the translators installed (owned by `app`)."""
    global _current  # one interface language per process
    _current = language if language in LANGUAGES else "en"
    QLocale.setDefault(QLocale(LOCALES[_current]))
    if _current == "en":
        return []
    files = sorted(resource_path("translations").glob(f"*_{language}.qm"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators = []
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            translators.append(translator)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_folder):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    return translators


class StretchedStrings(QTranslator):
    """Every interface string 40 % longer, to see that no screen clips a longer Dutch or
    French text (`DUO_STRETCH_STRINGS=1`, or `duo screenshots --stretch`). It stretches the
    translation the other translators give (the English source without one). Placeholders,
    mnemonics and markup stay intact: the padding only goes at the end."""

    def __init__(self, parent: QCoreApplication, beneath: list[QTranslator]) -> None:
        super().__init__(parent)
        self._beneath = beneath

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation (or source) with padding at its end (Qt's virtual)."""
        if not source or not any(char.isalpha() for char in source):
            return source
        shown = source
        for translator in reversed(self._beneath):  # the last installed is asked first
            # Looked up, not offered to translators: the text is whatever Qt asked for.
            look_up = translator.translate
            found = look_up(context, source, disambiguation, n)
            if found:
                shown = found
                break
        return shown + " " + "·" * max(2, len(shown) * 2 // 5)


def install_stretched_strings(
    app: QCoreApplication, beneath: list[QTranslator] | None = None
) -> QTranslator:
    """Install the stretching translator over `beneath` (those `install_translators`
    returned), so it stretches the language shown."""
    translator = StretchedStrings(app, beneath or [])
    app.installTranslator(translator)
    return translator
