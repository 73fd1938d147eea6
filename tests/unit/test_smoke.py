"""`duo smoke-test` passes from source, and resources are found the same way when frozen.

The smoke test runs in a child process, as it does in the built folder (`tools/dist.py`):
it starts its own QApplication, which unit tests never do in-process.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import resources
from desktop.cli import build_parser
from desktop.commands import smoke

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("qt", "keyring", "programme", "participant", "libraries", "certificate", "lock", "verify")


def test_smoke_test_is_a_command() -> None:
    args = build_parser().parse_args(["smoke-test", "--language", "fr"])
    assert args.handler is smoke.run
    assert args.language == "fr"


@pytest.mark.slow
def test_smoke_test_passes_from_source(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "smoke-test", "--keep", str(tmp_path / "pdf")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for step in STEPS:
        assert f"ok   {step} " in output, output
    assert "FAIL" not in output
    assert "first window" in output
    assert "smoke test passed" in output
    kept = sorted(path.name for path in (tmp_path / "pdf").iterdir())
    assert kept == [
        "certificate-en.pdf",
        "certificate-fr.pdf",
        "certificate-nl.pdf",
        "certificate-printed.pdf",
    ]


def test_resources_beside_the_module_from_source() -> None:
    assert resources.resource_path("fonts", "LICENSE.txt").is_file()
    assert resources.resource_path().parent == ROOT


def test_resources_in_the_bundle_folder_when_frozen(tmp_path: Path) -> None:
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sys, "frozen", True, raising=False)
            patch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
            importlib.reload(resources)
            assert resources.resource_path("fonts") == tmp_path / "resources" / "fonts"
    finally:
        importlib.reload(resources)
    assert resources.resource_path().parent == ROOT
