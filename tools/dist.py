"""Build Duo as one folder with PyInstaller (`build.spec`), check it, smoke-test it, time it.

    python tools/dist.py               build dist/Duo, then check and smoke-test it
    python tools/dist.py --no-build    check and smoke-test the dist/Duo already there
    python tools/dist.py --clean       empty PyInstaller's cache first (a build from scratch)

Needs PyInstaller beside Duo (`pip install -e .[build]`); run with the environment's Python,
or from the repository with `.venv` set up (this script then uses `.venv`'s Python). Builds
for the system it runs on: Windows, macOS or Linux.

After the build: the folder must hold both programs (Duo, duo-cli), the platform plugin of
this system, the shipped resources (fonts with their licence, translations, lists), and no
Qt module Duo does not use. Then `duo-cli smoke-test` runs in the built folder, offscreen
(see desktop/commands/smoke.py), and the same from source, to compare their start. The
report (build time, folder size, start times) is printed and written to dist/build-report.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP = DIST / "Duo"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
# Qt modules Duo must not ship (build.spec excludes them; a hook could bring one back).
UNWANTED_QT = (
    "WebEngine", "Qt63D", "Qt3D", "Multimedia", "Quick", "Qml", "Charts", "DataVisualization",
    "Designer", "Bluetooth", "Positioning", "Sensors", "Location", "TextToSpeech",
)  # fmt: skip
PLATFORM_PLUGIN = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}.get(
    sys.platform, "libqxcb.so"
)
RESOURCES = (
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/LICENSE.txt",
    "resources/lists/sectors.json",
    "resources/printing/certificate.json",
    "resources/question_sets/coach.json",
    "resources/import-template.csv",
)
FIRST_WINDOW = re.compile(r"first window (\d+(?:\.\d+)?) s after launch")


def venv_python() -> Path:
    """The repository's virtual environment's interpreter."""
    if WINDOWS:
        return ROOT / ".venv" / "Scripts" / "python.exe"
    return ROOT / ".venv" / "bin" / "python"


def ensure_pyinstaller() -> None:
    """Run again with `.venv`'s Python if this one has no PyInstaller."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        python = venv_python()
        if python.exists() and Path(sys.executable).resolve() != python.resolve():
            sys.exit(subprocess.call([str(python), __file__, *sys.argv[1:]]))
        sys.exit(
            "tools/dist.py: PyInstaller is not installed. Install the build tools with\n"
            '    pip install -e ".[build]"\nthen run this again.'
        )


def build(clean: bool) -> float:
    """Run PyInstaller on build.spec; returns the seconds it took."""
    command = [
        sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
        "--distpath", str(DIST), "--workpath", str(ROOT / "build"),
    ]  # fmt: skip
    if clean:
        command.append("--clean")
    print("Building dist/Duo with PyInstaller …", flush=True)
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True)
    return time.perf_counter() - started


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files in `folder` (links counted once, not followed)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def check_layout(app: Path) -> list[str]:
    """What is missing from, or should not be in, the built folder."""
    problems = [
        f"missing program {name}{EXE}"
        for name in ("Duo", "duo-cli")
        if not (app / f"{name}{EXE}").is_file()
    ]
    internal = app / "_internal"
    problems += [f"missing {item}" for item in RESOURCES if not (internal / item).is_file()]
    if not list(internal.glob("resources/translations/*.qm")):
        problems.append("missing the translations (resources/translations/*.qm)")
    if not list(internal.rglob(f"platforms/{PLATFORM_PLUGIN}")):
        problems.append(f"missing Qt's platform plugin for this system ({PLATFORM_PLUGIN})")
    if not list(internal.rglob("printsupport/*")):
        problems.append("missing Qt's print support plugin")
    unwanted = sorted(
        {path.name for path in internal.rglob("*Qt*") for word in UNWANTED_QT if word in path.name}
    )
    problems += [f"an unused Qt module is in the folder: {name}" for name in unwanted]
    return problems


def smoke(command: list[str], label: str, cwd: Path, *, show: bool = False) -> float:
    """Run the smoke test; returns the seconds from launch to the first window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    launched = time.time()
    result = subprocess.run(
        [*command, "smoke-test", "--launched-at", repr(launched)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    found = FIRST_WINDOW.search(output)
    if result.returncode != 0 or found is None:
        print(output, file=sys.stderr)
        sys.exit(f"tools/dist.py: the smoke test failed {label} (exit status {result.returncode}).")
    if show:
        print(output, end="", flush=True)
    return float(found.group(1))


def help_seconds(command: list[str]) -> float:
    """Seconds for `duo --help`: the interpreter and the command line, no Qt."""
    started = time.perf_counter()
    subprocess.run([*command, "--help"], capture_output=True, check=True, timeout=120)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    """Build, check, smoke-test and time; 0 when all is well."""
    parser = argparse.ArgumentParser(description="Build and smoke-test the Duo folder.")
    parser.add_argument("--no-build", action="store_true", help="test the dist/Duo there")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--runs", type=int, default=3, help="smoke runs to time (default 3)")
    args = parser.parse_args(argv)
    ensure_pyinstaller()

    report: dict[str, object] = {
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": platform.python_version(),
    }
    if not args.no_build:
        report["build_seconds"] = round(build(args.clean), 1)
    problems = check_layout(APP)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    size, files = folder_size(APP)
    report["folder_mb"] = round(size / 1e6, 1)
    report["files"] = files

    frozen = [str(APP / f"duo-cli{EXE}")]
    source = [sys.executable, "-m", "desktop"]
    print("Smoke test of the built folder …", flush=True)
    # From dist/, so nothing of the repository can stand in for what the folder lacks.
    runs = range(max(1, args.runs))
    first = [smoke(frozen, "in the built folder", DIST, show=run == 0) for run in runs]
    print("The same from source …", flush=True)
    from_source = [smoke(source, "from source", ROOT) for _ in runs]
    report["first_window_frozen_s"] = {"first": first[0], "median": statistics.median(first)}
    report["first_window_source_s"] = {
        "first": from_source[0],
        "median": statistics.median(from_source),
    }
    report["help_frozen_s"] = round(help_seconds(frozen), 2)
    report["help_source_s"] = round(help_seconds(source), 2)
    (DIST / "build-report.json").write_text(json.dumps(report, indent=2) + "\n")

    print()
    print(f"Built folder     {APP}  ({report['folder_mb']} MB in {files} files)")
    if "build_seconds" in report:
        print(f"Build time       {report['build_seconds']} s")
    print(
        f"First window     built {first[0]:.2f} s the first time, {statistics.median(first):.2f} s"
        f" median; from source {from_source[0]:.2f} s, {statistics.median(from_source):.2f} s"
    )
    print(f"duo --help       built {report['help_frozen_s']} s; ", end="")
    print(f"from source {report['help_source_s']} s")
    print("Smoke test       passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
