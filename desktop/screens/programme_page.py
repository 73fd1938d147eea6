"""The first page of a new programme: its name, its folder and who is making it; and where
a programme folder goes by default."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from desktop.context import AppContext
from desktop.screens.passphrase_fields import ERROR_COLOUR

translate = QCoreApplication.translate


def documents_folder() -> Path:
    """The user's documents folder (the home folder where there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


# Characters that Windows, macOS or Linux refuse in a folder name.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_folder_name(name: str) -> str:
    """A programme's name as a folder name that every system accepts."""
    return " ".join(_UNSAFE.sub(" ", name).split()).strip(".")[:80].strip()


def free_folder(base: Path, name: str) -> Path:
    """`base/name`, or `base/name 2`, `base/name 3`… when it is taken by a non-empty folder."""
    candidate = base / name
    number = 1
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        number += 1
        candidate = base / f"{name} {number}"
    return candidate


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ProgrammePage(QWizardPage):
    """The programme's name, the folder it lives in, and the name of the person making it."""

    def __init__(self, context: AppContext, demo: bool) -> None:
        super().__init__()
        self._context = context
        self._folder_chosen = False  # once chosen by hand, the folder no longer follows the name
        self.setTitle(self.tr("A demo programme") if demo else self.tr("A new programme"))
        self.setSubTitle(
            self.tr(
                "Duo keeps a programme in one folder: a file per participant, every file "
                "encrypted. A folder shared by OneDrive, Nextcloud or Syncthing lets "
                "colleagues work on the same programme later."
            )
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example: Mentoring to Work Gent"))
        self.folder = QLineEdit()
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAutoDefault(False)  # Enter means Next
        self.browse.clicked.connect(self._browse)
        self.folder_note = _note()
        self.your_name = QLineEdit()
        self.your_name.setPlaceholderText(self.tr("as your colleagues know you"))

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Programme &name:"), self.name)
        form.addRow(self.tr("&Folder:"), folder_row)
        form.addRow("", self.folder_note)
        form.addRow(self.tr("&Your name:"), self.your_name)
        form.addRow(
            "",
            _note(
                self.tr(
                    "Duo records who wrote what. You are the programme's first staff "
                    "member; add your colleagues later in Settings."
                )
            ),
        )
        # QFormLayout gives no buddy to a label whose field is a layout.
        label = form.labelForField(folder_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder)

        if demo:
            self.name.setText(self.tr("Demo programme"))
            self.folder.setText(str(free_folder(documents_folder(), "Duo demo")))
            self._folder_chosen = True
        self.name.textChanged.connect(self._follow_name)
        self.folder.textEdited.connect(self._folder_typed)
        self.folder.textChanged.connect(self._check)
        self.your_name.textChanged.connect(self.completeChanged)
        self._check()

    def folder_path(self) -> Path | None:
        """The folder as typed, or None when it cannot hold a new programme."""
        text = self.folder.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute() or folder_problem(path):
            return None
        return path

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        """Next is offered once the three answers are there."""
        return (
            bool(self.name.text().strip())
            and bool(self.your_name.text().strip())
            and self.folder_path() is not None
        )

    def _follow_name(self, name: str) -> None:
        if not self._folder_chosen:
            folder_name = safe_folder_name(name)
            base = documents_folder() / "Duo"
            self.folder.setText(str(base / folder_name) if folder_name else "")
        self.completeChanged.emit()

    def _folder_typed(self) -> None:
        self._folder_chosen = True

    def _browse(self) -> None:
        current = self.folder.text().strip()
        start = Path(current).parent if current else documents_folder()
        chosen = self._context.dialogs.choose_folder(
            self, self.tr("Choose where to keep the programme"), str(start)
        )
        if chosen is None:
            return
        self._folder_chosen = True
        if chosen.is_dir() and any(chosen.iterdir()):
            # A folder such as "Documents": make the programme's own folder inside it.
            chosen = free_folder(chosen, safe_folder_name(self.name.text()) or "Duo")
        self.folder.setText(str(chosen))

    def _check(self) -> None:
        text = self.folder.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None:
            self.folder_note.setText(self.tr("Type the folder's full path, or choose Browse…"))
        elif not path.is_absolute():
            self.folder_note.setText(
                self.tr(
                    "Type the folder's full path (for example {example}), or choose Browse…"
                ).format(example=documents_folder() / "Duo")
            )
        else:
            problem = folder_problem(path)
            self.folder_note.setText(problem or self._folder_ok(path))
            self.folder_note.setStyleSheet(f"color: {ERROR_COLOUR};" if problem else "")
        self.completeChanged.emit()

    def _folder_ok(self, path: Path) -> str:
        if path.is_dir():
            return self.tr("The programme goes in this empty folder.")
        return self.tr("Duo makes this folder.")


def folder_problem(path: Path) -> str:
    """Why `path` cannot hold a new programme, in words; "" when it can."""
    if path.is_file():
        return translate("CreateProgramme", "This is a file, not a folder. Choose another name.")
    if path.is_dir() and any(path.iterdir()):
        if (path / "programme.json").is_file():
            return translate(
                "CreateProgramme",
                "This folder already holds a Duo programme. To work on it, cancel this and "
                "choose “Open an existing programme folder…”.",
            )
        return translate(
            "CreateProgramme",
            "This folder is not empty. Choose a new folder, or an empty one.",
        )
    return ""
