"""Opening SQLCipher databases: raw keys, the SQLCipher check and safe pragmas.

Every encrypted file in Duo is opened here. The key is passed as a raw 256-bit key
(`x'…'`), so opening costs no key derivation; it is the very first statement, before any
page is read. `temp_store=MEMORY` keeps SQLite from writing plaintext temporary files.
"""

from __future__ import annotations

import errno
from pathlib import Path

import sqlcipher3

from storage.errors import (
    QT_TRANSLATE_NOOP,
    DiskFullError,
    SqlCipherMissingError,
    disk_full_message,
)

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError

KEY_BYTES = 32
# A case file has a dozen small tables, each at least one page: 1 KiB pages keep a new case
# file near 25 KB instead of 100 KB (sync clients and backups copy every byte). SQLCipher
# does not record the page size in the file, so every Duo file is opened with this one.
PAGE_SIZE = 1024
# Page cache per connection, in KiB (negative = KiB for SQLite). SQLCipher decrypts a page
# when it enters the cache, so a cache that holds the whole index keeps queries as fast as
# on a plaintext file.
INDEX_CACHE_KIB = 128 * 1024

_checked_version: str | None = None


def cipher_version() -> str:
    """The SQLCipher version of the linked library; raises if it is plain SQLite."""
    global _checked_version
    if _checked_version is None:
        conn = sqlcipher3.connect(":memory:")
        try:
            # SQLCipher would print "hmac check failed" to stderr for every damaged page;
            # Duo reports damage itself, in words, so the library stays silent.
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
        if not row or not row[0]:
            raise SqlCipherMissingError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "This copy of Duo was built without encryption (SQLCipher is missing), so "
                    "it refuses to open any file. Reinstall Duo from the official download.",
                )
            )
        _checked_version = str(row[0])
    return _checked_version


def _key_pragma(key: bytes) -> str:
    # The key is bytes we produced ourselves, rendered as hex: no user text reaches SQL.
    if len(key) != KEY_BYTES:
        raise ValueError("a raw SQLCipher key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: Path,
    key: bytes,
    *,
    read_only: bool = False,
    cache_kib: int | None = None,
    check_same_thread: bool = True,
) -> Connection:
    """Open an encrypted database with a raw key and Duo's pragmas.

    Does not check the key: call `check_key` (or read anything) right after.
    """
    cipher_version()
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=check_same_thread)
    else:
        conn = sqlcipher3.connect(str(path), check_same_thread=check_same_thread)
    # Explicit BEGIN/COMMIT everywhere: Python's implicit transactions would interleave
    # with the migrations' own.
    conn.isolation_level = None
    conn.execute(_key_pragma(key))
    conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
    conn.execute("PRAGMA temp_store = MEMORY")
    if cache_kib is not None:
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    return conn


def connect_local(
    path: Path, key: bytes, *, durable: bool, cache_kib: int | None = None
) -> Connection:
    """Open a file local to this computer (the index, the drafts) in WAL mode, key checked.

    Never for the programme folder, whose files must stay single and closed. `durable`
    flushes every commit (drafts: typed work); otherwise a crash may lose the last commits
    (the index: rebuilt from the case files anyway).
    """
    conn = connect(path, key, cache_kib=cache_kib, check_same_thread=False)
    try:
        check_key(conn)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
    except DatabaseError:
        conn.close()
        raise
    return conn


def check_key(conn: Connection) -> None:
    """Read the schema, which fails with DatabaseError if the key or the file is wrong."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def is_disk_full(error: BaseException) -> bool:
    """True when an OS or SQLite error means the disk or a file-size limit is exhausted."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    if isinstance(error, DatabaseError):
        text = str(error).lower()
        return "disk is full" in text or "disk i/o error" in text
    return False


def raise_if_disk_full(error: BaseException) -> None:
    """Turn a full disk into the one clear `DiskFullError`; leave other errors alone."""
    if is_disk_full(error):
        raise DiskFullError(disk_full_message()) from error
