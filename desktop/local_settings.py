"""What this computer remembers between runs: recent programmes, who is working, windows.

Only paths, ids and window geometry: never personal data and never a key. Kept with
`QSettings`, so it follows each platform's conventions; tests point it at a temporary file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class LocalSettings:
    """Typed access to the application's `QSettings`."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def at(cls, path: Path) -> LocalSettings:
        """Settings kept in an INI file (tests, portable use)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def recent_programmes(self) -> list[Path]:
        """Programme folders opened on this computer, most recent first."""
        value = self._settings.value("recent/programmes", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(item) for item in items if item]

    def add_recent_programme(self, folder: Path) -> None:
        """Put a folder first in the recent list."""
        folder = folder.resolve()
        items = [folder, *[p for p in self.recent_programmes() if p != folder]][:MAX_RECENT]
        self._settings.setValue("recent/programmes", [str(p) for p in items])

    def forget_recent_programme(self, folder: Path) -> None:
        """Remove a folder from the recent list (it was moved or deleted)."""
        items = [p for p in self.recent_programmes() if p != folder.resolve()]
        self._settings.setValue("recent/programmes", [str(p) for p in items])

    def user_id(self, programme_id: str) -> str:
        """The staff member working on this computer, for a programme ('' if not chosen)."""
        return str(self._settings.value(f"user/{programme_id}", "") or "")

    def set_user_id(self, programme_id: str, staff_id: str) -> None:
        """Remember who works on this computer."""
        self._settings.setValue(f"user/{programme_id}", staff_id)

    def geometry(self, name: str) -> QByteArray | None:
        """A saved window geometry."""
        value = self._settings.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, geometry: QByteArray) -> None:
        """Save a window geometry."""
        self._settings.setValue(f"geometry/{name}", geometry)

    def language(self) -> str:
        """The interface language chosen on this computer ("" follows the system)."""
        return str(self._settings.value("language", "") or "")

    def set_language(self, language: str) -> None:
        """Choose the interface language ("" to follow the system); used at the next start."""
        self._settings.setValue("language", language)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()
