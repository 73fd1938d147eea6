"""Errors a user can cause or meet, each with a message a coordinator understands.

Two kinds of failure exist (as in qutebrowser's `sql.py`): the user's situation (a wrong
passphrase, a full disk, a damaged file) becomes a `DuoError` with a clear message and what to
do; anything else is a bug and is reported as such by the caller. Messages never contain a
participant's name or any other personal data: at most a file's id.

Storage has no Qt, yet its messages are shown in the interface's language. So a message is
raised as an English template marked for Qt's translation tool, with named parameters:

    raise DuoError(
        QT_TRANSLATE_NOOP("DuoError", "The folder {folder} does not exist."), folder=str(path)
    )

`error.message` is the English text, filled in (the command line prints it);
`desktop.error_text.error_text(error)` translates the template and fills it in for a screen.
A parameter is a value, never a piece of sentence: a sentence that differs is a template of
its own, so a translator always sees whole sentences.
"""

from __future__ import annotations

from collections.abc import Mapping


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate reads)
    """Mark `text` for translation in `context` without translating it: Qt's lupdate finds
    the literal by this name, and the interface translates the text when it shows it."""
    return text


def _english(template: str, params: Mapping[str, object]) -> str:
    """`template` filled in with `params`; whole numbers with thousands separators ("10,000")."""
    if not params:
        return template
    return template.format_map(
        {
            name: f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else value
            for name, value in params.items()
        }
    )


class DuoError(Exception):
    """A problem the user can understand and act on. `str(error)` is the whole message, in
    English; `template` and `params` give it in another language (`desktop.error_text`)."""

    def __init__(self, template: str, /, **params: object) -> None:
        message = _english(template, params)
        super().__init__(message)
        self.message = message
        self.template = template
        self.params = params


class SqlCipherMissingError(DuoError):
    """The SQLite library in use does not encrypt: refuse to run rather than write plaintext."""


class NotAProgrammeError(DuoError):
    """The folder is not a Duo programme (no `programme.json`, or not readable as one)."""


class ProgrammeExistsError(DuoError):
    """`init` was pointed at a folder that already holds files."""


class WrongPassphraseError(DuoError):
    """The passphrase does not open any key slot."""


class WrongRecoveryKeyError(DuoError):
    """The recovery key does not open the recovery key slot, or is mistyped."""


class KeyFileDamagedError(DuoError):
    """`keyslots.json` is unreadable or was altered: different from a wrong passphrase."""


class CaseFileDamagedError(DuoError):
    """A case file cannot be decrypted or fails its integrity check."""

    def __init__(self, template: str, /, *, file_name: str, **params: object) -> None:
        super().__init__(template, file_name=file_name, **params)
        self.file_name = file_name


class NewerSchemaError(DuoError):
    """A file was written by a newer version of Duo; it is left untouched."""


class ForeignFileError(DuoError):
    """A file in `cases/` that is not a Duo case file of this programme."""


class SaveConflictError(DuoError):
    """The case file changed on disk (another computer, another window) while it was edited."""


class DiskFullError(DuoError):
    """The disk is full or the file system refused to grow a file."""


class AttachmentTooLargeError(DuoError):
    """An attachment is bigger than Duo stores inside a case file."""


class AttachmentUnreadableError(DuoError):
    """An attachment could not be read from disk."""


class ParticipantNotFoundError(DuoError):
    """No case file for this participant id (erased, or never existed)."""


class ProgrammeLockedError(DuoError):
    """The programme was locked (its key dropped) while something still tried to use it."""


LOCKED_MESSAGE = QT_TRANSLATE_NOOP("DuoError", "The programme is locked. Unlock it again to go on.")


class BackupError(DuoError):
    """A backup archive cannot be written or restored."""


def disk_full_message() -> str:
    """The one wording for a full disk, whichever layer noticed it."""
    return QT_TRANSLATE_NOOP(
        "DuoError",
        "The disk is full, so the change could not be saved. The previous version is intact. "
        "Free some space (or ask someone to), then save again.",
    )
