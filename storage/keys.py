"""The master key, its key slots, the recovery key and the per-file keys.

A random 256-bit master key is wrapped (AES-256-GCM) once per key slot in `keyslots.json`:
- a passphrase slot, whose wrapping key comes from Argon2id with the parameters stored in the
  slot (so they can be raised later without breaking old slots);
- a recovery slot, whose wrapping key comes from a printable recovery key with 160 random bits
  (high entropy, so HKDF is enough there).
The whole file carries a SHA-256 check, so a damaged file ("the key file is damaged") is told
apart from a wrong passphrase (the AES-GCM tag fails on an intact file).
Each encrypted file gets its own key, derived from the master key and the file's id (HKDF).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type as Argon2Type
from argon2.low_level import hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import (
    QT_TRANSLATE_NOOP,
    KeyFileDamagedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)

MASTER_KEY_BYTES = 32
KEYSLOTS_FORMAT = 1


@dataclass(frozen=True)
class Argon2Parameters:
    """Cost of the passphrase KDF; stored with each slot."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 4


# Module-level so the test suite can make programmes quickly; a slot always records the
# parameters it was made with, so a cheap test slot never weakens a real one.
DEFAULT_ARGON2 = Argon2Parameters()

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_RECOVERY_SECRET_BYTES = 20  # 160 bits, 32 base32 characters
_RECOVERY_CHECK_CHARS = 4


def new_master_key() -> bytes:
    """A fresh random master key."""
    return secrets.token_bytes(MASTER_KEY_BYTES)


def derive_file_key(master_key: bytes, purpose: str, file_id: str = "") -> bytes:
    """The raw SQLCipher key of one file: HKDF-SHA256(master, purpose and file id)."""
    info = f"duo/{purpose}/v1/{file_id}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master_key)


# --- recovery keys ------------------------------------------------------------------------


def _b32(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _unb32(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 32 + _CROCKFORD.index(char)
    return number.to_bytes(len(text) * 5 // 8, "big")


def _recovery_check(secret: bytes) -> str:
    return _b32(hashlib.sha256(b"duo recovery key" + secret).digest()[:5])[:_RECOVERY_CHECK_CHARS]


def new_recovery_key() -> str:
    """A printable recovery key: 9 groups of 4 characters, the last one a checksum."""
    secret = secrets.token_bytes(_RECOVERY_SECRET_BYTES)
    text = _b32(secret) + _recovery_check(secret)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The secret inside a typed recovery key; tolerant of case, spaces, dashes, O/0, I/1."""
    cleaned = "".join(c for c in text.upper() if c.isalnum()).translate(_CROCKFORD_ALIASES)
    expected = _RECOVERY_SECRET_BYTES * 8 // 5 + _RECOVERY_CHECK_CHARS
    if len(cleaned) != expected or any(c not in _CROCKFORD for c in cleaned):
        raise WrongRecoveryKeyError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "That is not a complete recovery key: it has 36 letters and digits in 9 groups "
                "(for example ABCD-EFGH-…). Check it against the printed sheet and try again.",
            )
        )
    body, check = cleaned[:-_RECOVERY_CHECK_CHARS], cleaned[-_RECOVERY_CHECK_CHARS:]
    secret = _unb32(body)
    if _recovery_check(secret) != check:
        raise WrongRecoveryKeyError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "That recovery key has a typing mistake (its last group does not match). "
                "Check each group against the printed sheet and try again.",
            )
        )
    return secret


# --- key slots ----------------------------------------------------------------------------


def _damaged_key_file() -> KeyFileDamagedError:
    return KeyFileDamagedError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "The programme's key file (keyslots.json) is damaged. Restore the programme "
            "folder from a backup.",
        )
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(programme_id: str, slot: Mapping[str, Any]) -> bytes:
    return f"duo keyslot|{programme_id}|{slot['id']}|{slot['kind']}".encode()


def _argon2(passphrase: str, salt: bytes, params: Argon2Parameters) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Argon2Type.ID,
    )


def _recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"duo/recovery-slot/v1"
    ).derive(secret)


def _wrap(programme_id: str, slot: dict[str, Any], wrapping_key: bytes, master: bytes) -> None:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(wrapping_key).encrypt(nonce, master, _aad(programme_id, slot))
    slot["nonce"] = _b64(nonce)
    slot["wrapped"] = _b64(sealed)


def _unwrap(programme_id: str, slot: Mapping[str, Any], wrapping_key: bytes) -> bytes | None:
    try:
        return AESGCM(wrapping_key).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(programme_id, slot)
        )
    except InvalidTag:
        return None


def passphrase_slot(
    programme_id: str, master_key: bytes, passphrase: str, params: Argon2Parameters | None = None
) -> dict[str, Any]:
    """A new key slot that opens with `passphrase`."""
    params = params or DEFAULT_ARGON2
    salt = secrets.token_bytes(16)
    slot: dict[str, Any] = {
        "id": secrets.token_hex(8),
        "kind": "passphrase",
        "kdf": {
            "name": "argon2id",
            "memory_kib": params.memory_kib,
            "time_cost": params.time_cost,
            "parallelism": params.parallelism,
            "salt": _b64(salt),
        },
    }
    _wrap(programme_id, slot, _argon2(passphrase, salt, params), master_key)
    return slot


def recovery_slot(programme_id: str, master_key: bytes, recovery_key: str) -> dict[str, Any]:
    """A new key slot that opens with the printable `recovery_key`."""
    salt = secrets.token_bytes(16)
    slot: dict[str, Any] = {
        "id": secrets.token_hex(8),
        "kind": "recovery",
        "kdf": {"name": "hkdf-sha256", "salt": _b64(salt)},
    }
    secret = parse_recovery_key(recovery_key)
    _wrap(programme_id, slot, _recovery_wrapping_key(secret, salt), master_key)
    return slot


@dataclass
class KeySlots:
    """The parsed content of `keyslots.json`."""

    programme_id: str
    slots: list[dict[str, Any]]

    def to_json(self) -> str:
        """Serialise with the integrity check that tells damage from a wrong passphrase."""
        body = {"format": KEYSLOTS_FORMAT, "programme_id": self.programme_id, "slots": self.slots}
        document = dict(body, check=_check(body))
        return json.dumps(document, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> KeySlots:
        """Parse and check `keyslots.json`; any damage raises `KeyFileDamagedError`."""
        try:
            document = json.loads(text)
            check = document.pop("check")
            if document.get("format") != KEYSLOTS_FORMAT or check != _check(document):
                raise ValueError("check mismatch")
            slots = document["slots"]
            if not isinstance(slots, list) or not all(isinstance(s, dict) for s in slots):
                raise ValueError("slots")
            return cls(programme_id=str(document["programme_id"]), slots=slots)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise KeyFileDamagedError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The programme's key file (keyslots.json) is damaged, so no passphrase can "
                    "open it. Restore the programme folder from a backup; your passphrase "
                    "itself is probably right.",
                )
            ) from error

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        """The master key, or `WrongPassphraseError`."""
        for slot in self.slots:
            if slot.get("kind") != "passphrase":
                continue
            try:
                kdf = slot["kdf"]
                params = Argon2Parameters(
                    int(kdf["memory_kib"]), int(kdf["time_cost"]), int(kdf["parallelism"])
                )
                key = _argon2(passphrase, _unb64(kdf["salt"]), params)
                master = _unwrap(self.programme_id, slot, key)
            except (KeyError, ValueError, TypeError) as error:
                raise _damaged_key_file() from error
            if master is not None:
                return master
        raise WrongPassphraseError(
            QT_TRANSLATE_NOOP("DuoError", "That passphrase is not right. Check it and try again.")
        )

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        """The master key, or `WrongRecoveryKeyError`."""
        secret = parse_recovery_key(recovery_key)
        for slot in self.slots:
            if slot.get("kind") != "recovery":
                continue
            try:
                key = _recovery_wrapping_key(secret, _unb64(slot["kdf"]["salt"]))
                master = _unwrap(self.programme_id, slot, key)
            except (KeyError, ValueError, TypeError) as error:
                raise _damaged_key_file() from error
            if master is not None:
                return master
        raise WrongRecoveryKeyError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "That recovery key does not belong to this programme. Check that you chose the "
                "right programme folder and the right sheet.",
            )
        )

    def replace_passphrase_slots(self, new_slot: dict[str, Any]) -> None:
        """Put `new_slot` in place of every passphrase slot (the recovery slot stays)."""
        self.slots = [s for s in self.slots if s.get("kind") != "passphrase"] + [new_slot]


def _check(body: Mapping[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()
