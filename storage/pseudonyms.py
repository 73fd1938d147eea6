"""Pseudonymised ids for the funders' export: the same code for the same participant in every
export of one programme, so a funder can join duos to participants, and nothing that leads
back to the person without the programme's key.

    codes = Pseudonyms.of(programme)
    codes.participant(case_id)   # "P-7K3QH2M9XA"
    codes.duo(match_id)          # "D-…", an evaluation "E-…"

A code is HMAC-SHA256 of the record's id under a key of its own, derived from the
programme's keys for this one purpose: not the case id, not reversible, and different in
another programme. The key is never shown, logged or written anywhere.
"""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from storage.keys import derive_file_key

if TYPE_CHECKING:
    from storage.programme import Programme

_PURPOSE = "export-pseudonyms"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U: read aloud without doubt
# 10 characters are 50 bits: among 20,000 participants the chance that two share a code is
# about one in five million (8 characters would make it one in five thousand).
_CHARACTERS = 10


class Pseudonyms:
    """Makes the codes of one programme's export; holds its key, never shows it."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def of(cls, programme: Programme) -> Pseudonyms:
        """The pseudonyms of an unlocked programme.

        The key is HKDF-derived for this purpose from the programme file's key, itself
        derived from the master key: the same for every export of the programme, whatever
        its passphrase, and useless for opening any file.
        """
        base = programme.programme_file_key()
        return cls(derive_file_key(base, _PURPOSE, programme.settings.id))

    def __repr__(self) -> str:
        return "Pseudonyms(…)"

    def _code(self, prefix: str, kind: str, record_id: str) -> str:
        digest = hmac.digest(self._key, f"{kind}/{record_id}".encode(), "sha256")
        number = int.from_bytes(digest[:8], "big") >> (64 - 5 * _CHARACTERS)
        chars = [_CROCKFORD[(number >> (5 * place)) & 31] for place in reversed(range(_CHARACTERS))]
        return f"{prefix}-{''.join(chars)}"

    def participant(self, case_id: str) -> str:
        """The code of a participant, e.g. "P-7K3QH2M9XA"."""
        return self._code("P", "participant", case_id)

    def duo(self, match_id: str) -> str:
        """The code of a duo (its match), e.g. "D-…"."""
        return self._code("D", "duo", match_id)

    def evaluation(self, evaluation_id: str) -> str:
        """The code of one filled-in evaluation, e.g. "E-…"."""
        return self._code("E", "evaluation", evaluation_id)
