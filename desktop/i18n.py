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

LANGUAGES = ("en", "nl", "fr")
# Belgian conventions for dates and numbers in Dutch and French.
_LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}


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
    QLocale.setDefault(QLocale(_LOCALES.get(language, "en_GB")))
    if language not in LANGUAGES or language == "en":
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
