""" "Remember on this computer": the master key cached in the OS keyring, never its only copy.

Without a usable keyring back end (headless Linux, locked-down Windows) nothing is cached
and the passphrase is asked each time; the key is never written to plain settings instead.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

SERVICE = "Duo mentoring programme"


def available() -> bool:
    """True when a real keyring back end is there to remember keys."""
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    return not isinstance(priority, int | float) or priority > 0


def remember(programme_id: str, master_key: bytes) -> bool:
    """Cache the key; returns False when the keyring is unavailable or refuses."""
    if not available():
        return False
    try:
        keyring.set_password(SERVICE, programme_id, master_key.hex())
    except KeyringError:
        return False
    return True


def recall(programme_id: str) -> bytes | None:
    """The cached key, or None when there is none (or no keyring, or a garbled entry)."""
    if not available():
        return None
    try:
        text = keyring.get_password(SERVICE, programme_id)
    except KeyringError:
        return None
    if not text:
        return None
    try:
        return bytes.fromhex(text)
    except ValueError:
        return None


def forget(programme_id: str) -> None:
    """Remove the cached key, if any."""
    if not available():
        return
    try:
        keyring.delete_password(SERVICE, programme_id)
    except KeyringError:
        return
