"""The child process of `test_intake_kill.py`: type an intake, wait for the draft, be killed.

    python -m tests.gui.intake_kill_helper <programme folder> <staff id> <settings file>

The passphrase comes in the `DUO_TEST_PASSPHRASE` environment variable and `DUO_DATA_DIR`
is the test's, so the draft lands where the test will look. Prints "ready" once the draft
holds everything typed, then waits to be killed (and leaves by itself after a while, should
the test die first).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.context import AppContext
from desktop.dialogs import Dialogs
from desktop.local_settings import LocalSettings
from desktop.screens.intake import IntakeScreen
from desktop.session import Session
from storage.programme import unlock
from storage.records import Role

TYPED = {
    "given_name": "Zainab",
    "family_name": "Al-Hashimi",
    "year_of_birth": "1987",
    "municipality": "Molenbeek-Saint-Jean",
}
COUNTRY = ("syria", "SY")
DEADLINE_SECONDS = 60.0


def process_events_until(done: object, app: QApplication) -> None:
    """Let Qt run (timers fire) until `done()` is true, or give up at the deadline."""
    end = time.monotonic() + DEADLINE_SECONDS
    while not done():  # type: ignore[operator]
        if time.monotonic() > end:
            sys.exit("the draft was never kept")
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    """Type a few fields of a mentee intake as a coach would."""
    folder, user_id, settings = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    app = QApplication([])
    programme = unlock(folder, passphrase=os.environ["DUO_TEST_PASSPHRASE"])
    session = Session(programme, user_id)
    context = AppContext(dialogs=Dialogs(), local=LocalSettings.at(settings))
    screen = IntakeScreen(session, context, role=Role.MENTEE)
    screen.show()
    screen.activateWindow()
    process_events_until(screen.isActiveWindow, app)

    for name, text in TYPED.items():
        field = screen.findChild(QWidget, name)
        assert field is not None, name
        field.setFocus()
        QTest.keyClicks(field, text)
    country = screen.findChild(QWidget, "country_of_origin")
    assert country is not None
    country.setFocus()
    for character in COUNTRY[0]:
        QTest.keyClicks(QApplication.activePopupWidget() or country, character)
    QTest.keyClick(QApplication.activePopupWidget() or country, Qt.Key.Key_Tab)
    availability = screen.findChild(QWidget, "availability")
    assert availability is not None
    availability.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)

    def draft_complete() -> bool:
        drafts = programme.drafts.all()
        if not drafts:
            return False
        values = drafts[0].values["values"]
        return (
            values.get("municipality") == TYPED["municipality"]
            and values.get("country_of_origin") == COUNTRY[1]
            and values.get("availability") == ["mon-day"]
        )

    process_events_until(draft_complete, app)
    print("ready", flush=True)
    time.sleep(DEADLINE_SECONDS)


if __name__ == "__main__":
    main()
