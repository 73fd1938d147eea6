"""Fixtures for every test: a private data folder, a fake keyring, quick key slots.

After the whole session, every file written in a programme folder is checked: none may be
plaintext SQLite, and no test participant's name may appear in clear.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from storage import keys
from storage.paths import DATA_DIR_ENV
from storage.programme import Programme, create_programme
from tests.helpers import (
    MIN_NEEDLE_BYTES,
    PASSPHRASE,
    PLAINTEXT_ALLOWED,
    PROGRAMME_ROOTS,
    WRITTEN_NAMES,
)

# Argon2id at its real cost takes ~0.2 s; the tests make hundreds of programmes. A slot
# records its own parameters, and a unit test checks the real defaults separately.
QUICK_ARGON2 = keys.Argon2Parameters(memory_kib=1024, time_cost=1, parallelism=1)


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in the test process only."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "local-data"))
    monkeypatch.setattr(keys, "DEFAULT_ARGON2", QUICK_ARGON2)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def fake_keyring(_isolated: MemoryKeyring) -> MemoryKeyring:
    """The in-memory keyring every test runs with."""
    return _isolated


@pytest.fixture(scope="session")
def programme_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder under which tests make programme folders (scanned after the session)."""
    root = tmp_path_factory.mktemp("programmes")
    PROGRAMME_ROOTS.append(root)
    return root


@pytest.fixture
def programme_dir(programme_root: Path, request: pytest.FixtureRequest) -> Path:
    """A fresh, not yet existing programme folder path for this test."""
    name = "".join(c if c.isalnum() else "-" for c in request.node.name)[:60]
    folder = programme_root / name
    suffix = 0
    while folder.exists():
        suffix += 1
        folder = programme_root / f"{name}-{suffix}"
    return folder


@pytest.fixture
def new_programme(programme_dir: Path) -> Iterator[tuple[Programme, str]]:
    """A new, unlocked programme and its recovery key."""
    programme, recovery_key = create_programme(programme_dir, "Mentoring Antwerpen", PASSPHRASE)
    yield programme, recovery_key
    programme.close()


@pytest.fixture
def programme(new_programme: tuple[Programme, str]) -> Programme:
    """A new, unlocked programme."""
    return new_programme[0]


def _leaks() -> list[str]:
    problems = []
    # Each needle at least 6 bytes in its own encoding: a 2-character name is 4 bytes in
    # UTF-16, and 4 given bytes turn up by chance in a few MB of ciphertext.
    needles = [
        (name, encoded)
        for name in WRITTEN_NAMES
        for encoded in (name.encode("utf-8"), name.encode("utf-16-le"))
        if len(encoded) >= MIN_NEEDLE_BYTES
    ]
    for root in PROGRAMME_ROOTS:
        for dirpath, _dirs, files in os.walk(root):
            for file_name in files:
                path = Path(dirpath) / file_name
                data = path.read_bytes()
                if data.startswith(b"SQLite format 3\x00") and path not in PLAINTEXT_ALLOWED:
                    problems.append(f"plaintext SQLite file: {path}")
                for _name, needle in needles:
                    if needle in data:
                        problems.append(f"a participant name in clear in {path}")
                        break
    return problems


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any programme folder holds plaintext or a name in clear."""
    if session.config.option.collectonly:
        return
    problems = _leaks()
    if problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.section("privacy scan of programme folders", sep="!", red=True)
            for line in problems[:50]:
                reporter.line(line, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif WRITTEN_NAMES and PROGRAMME_ROOTS:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                f"privacy scan: {len(WRITTEN_NAMES)} names, no plaintext, nothing in clear"
            )
