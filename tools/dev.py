"""Set up and run Duo from a fresh clone with only Python 3.11+ installed.

    python3 tools/dev.py run     set up, then start Duo (any further arguments go to `duo`)
    python3 tools/dev.py test    set up, then run the whole test suite and the linter
    python3 tools/dev.py bench   set up, then print the benchmark table (writes bench.json)
    python3 tools/dev.py dist    set up with PyInstaller, build dist/Duo and smoke-test it

Setting up means: a virtual environment in `.venv` with Duo and its development tools
installed from `pyproject.toml`; repeated only when `pyproject.toml` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = ROOT / ".setup-stamp"


def venv_python() -> Path:
    """The virtual environment's interpreter, on Windows or elsewhere."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def set_up(extras: str = "dev") -> None:
    """Create `.venv` and install Duo into it with `extras`, unless that is already done
    for this `pyproject.toml` (the stamp keeps its hash and the extras installed)."""
    project = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    wanted = set(extras.split(","))
    if venv_python().exists() and STAMP.exists():
        stamped, _, installed = STAMP.read_text().partition(" ")
        if stamped == project and wanted <= set(installed.split(",")):
            return
    if not venv_python().exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    print("Installing Duo and its tools (first time only) …", flush=True)
    pip = [str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "--editable", f"{ROOT}[{extras}]"], check=True)
    STAMP.write_text(f"{project} {extras}")


def main(argv: list[str]) -> int:
    """Dispatch `run`, `test`, `bench` or `dist`."""
    if not argv or argv[0] not in {"run", "test", "bench", "dist"}:
        print(__doc__)
        return 2
    set_up("dev,build" if argv[0] == "dist" else "dev")
    python = str(venv_python())
    command, rest = argv[0], argv[1:]
    if command == "run":
        return subprocess.call([python, "-m", "desktop", *rest], cwd=ROOT)
    if command == "dist":
        return subprocess.call([python, str(ROOT / "tools" / "dist.py"), *rest], cwd=ROOT)
    if command == "bench":
        return subprocess.call([python, "-m", "desktop", "bench", *rest], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    tests = subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)
    lint = subprocess.call([python, "-m", "ruff", "check", "."], cwd=ROOT)
    return tests or lint


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
