"""Shared test helpers: fictional participants, and the record of what tests wrote.

Every programme folder a test makes lives under `PROGRAMME_ROOTS`; at the end of the session
`conftest.py` checks that no file there is plaintext SQLite and that no participant name
made by `fictional_participant` (or registered with `register_name`) appears in clear.
"""

from __future__ import annotations

from pathlib import Path

from storage.records import Participant, Role

PASSPHRASE = "correct horse battery staple"
PROGRAMME_ROOTS: list[Path] = []
WRITTEN_NAMES: set[str] = set()
# Files a test puts in a programme folder on purpose as plaintext (a foreign file test).
PLAINTEXT_ALLOWED: set[Path] = set()

# Shorter byte strings could occur by chance in encrypted bytes.
MIN_NEEDLE_BYTES = 6


def register_name(name: str) -> None:
    """Remember a name written to a programme, to prove later it is nowhere in clear."""
    if len(name.encode("utf-8")) >= MIN_NEEDLE_BYTES:
        WRITTEN_NAMES.add(name)


def fictional_participant(
    given_name: str = "Çağla", family_name: str = "Yılmaz-Van den Broeck", **fields: object
) -> Participant:
    """A mentee (unless `role` says otherwise) with invented names, registered for the scan."""
    register_name(given_name)
    register_name(family_name)
    fields.setdefault("role", Role.MENTEE)
    return Participant(given_name=given_name, family_name=family_name, **fields)  # type: ignore[arg-type]
