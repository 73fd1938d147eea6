"""`duo samples`: every printed document of a demo programme in three languages, named
without a participant's name."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.demo.generator import fill_demo
from desktop.workflows.samples import write_samples
from storage.errors import DuoError
from storage.programme import Programme
from tests.helpers import PASSPHRASE

TODAY = date(2026, 11, 23)
DOCUMENTS = {
    "agreement.pdf": "Agreement",
    "session-summary.pdf": "Session summary",
    "certificate-mentee.pdf": "CERTIFICATE",
    "certificate-mentor.pdf": "CERTIFICATE",
    "certificates-batch.pdf": "CERTIFICATE",
    "intake-summary-mentee.pdf": "Intake summary",
    "intake-summary-mentor.pdf": "Intake summary",
    "consent-form.pdf": "Consent",
    "complete-file-mentee.pdf": "Complete file",
    "complete-file-mentor.pdf": "Complete file",
    "programme-report.pdf": "Programme report",
    "recovery-key-sheet.pdf": "Recovery key",
    "letter-accepted.pdf": "Dear",
    "letter-refused.pdf": "Dear",
    "letter-referred.pdf": "Dear",
}


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join(page.extract_text() for page in reader.pages)


def test_every_document_in_every_language(programme: Programme, tmp_path: Path) -> None:
    fill_demo(programme, 300, seed=3, reference=TODAY)
    written = write_samples(programme, tmp_path, TODAY)
    assert len(written) == 3 * len(DOCUMENTS)
    for name, phrase in DOCUMENTS.items():
        assert phrase.lower() in _text(tmp_path / "en" / name).lower(), name
        for language in ("nl", "fr"):
            assert (tmp_path / language / name).stat().st_size > 0
    assert "Pagina 1 van" in _text(tmp_path / "nl" / "agreement.pdf")
    assert "Page 1 sur" in _text(tmp_path / "fr" / "complete-file-mentor.pdf")


def test_the_command_writes_them_and_says_where(
    programme: Programme, tmp_path: Path, capsys
) -> None:
    fill_demo(programme, 300, seed=5, reference=TODAY)
    folder = programme.folder
    programme.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "samples"
    status = main(["samples", str(folder), str(out), "--passphrase-file", str(secret)])
    assert status == 0
    assert f"Wrote {3 * len(DOCUMENTS)} documents to {out}" in capsys.readouterr().out
    assert sorted(p.name for p in (out / "fr").iterdir()) == sorted(DOCUMENTS)


def test_a_folder_that_cannot_be_written_is_a_clear_message(
    programme: Programme, tmp_path: Path
) -> None:
    fill_demo(programme, 300, seed=3, reference=date(2028, 2, 29))
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DuoError, match="could not write the samples into"):
        write_samples(programme, blocked, date(2028, 2, 29))  # a leap day, too
