"""Starting the desktop application: `duo` with no sub-command, or `python -m desktop`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.controller import AppController
from desktop.dialogs import Dialogs
from desktop.i18n import install_stretched_strings, install_translators, ui_language
from desktop.local_settings import LocalSettings


def _install_error_hook(context: AppContext) -> None:
    """An exception in an event handler becomes a message, never a traceback on screen."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        context.dialogs.report(QApplication.activeWindow(), error.with_traceback(trace))

    sys.excepthook = hook


def run(folder: Path | None = None) -> int:
    """Start the application (on `folder` if given); returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Duo")
    app.setOrganizationName("Duo")
    app.setApplicationDisplayName("Duo")
    context = AppContext(dialogs=Dialogs(), local=LocalSettings(QSettings()))
    language = ui_language(context.local.language(), QLocale.system().name())
    translators = install_translators(app, language)
    if os.environ.get("DUO_STRETCH_STRINGS"):  # a layout check: every string 40 % longer
        install_stretched_strings(app, translators)
    _install_error_hook(context)
    controller = AppController(context)
    if not controller.start(folder):
        return 0
    status = app.exec()
    # Let work under way (an index refresh, say) finish before the interpreter goes.
    QThreadPool.globalInstance().waitForDone()
    return status
