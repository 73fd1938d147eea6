"""Keep the interface's translations in step with the source (Qt's own tools).

    python tools/translations.py update [AREA ...]    pyside6-lupdate: new strings into .ts
    python tools/translations.py release [AREA ...]   pyside6-lrelease: .ts into .qm files
    python tools/translations.py check                how many strings each file still lacks

Strings are split by area so that several people can translate at once without touching
the same file: `resources/translations/<area>_<language>.ts`. Duo loads every `.qm` of the
chosen language (`desktop.i18n`).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE"}
SOURCE_FOLDERS = ("desktop", "widgets", "storage")

# Each area: the glob patterns of its files, relative to the repository. A file belongs to
# the first area that names it; "app" takes every other file with translatable text.
AREAS: dict[str, tuple[str, ...]] = {
    "case": (
        "desktop/screens/case_*.py",
        "desktop/screens/agreement_dialog.py",
        "desktop/screens/ending_*.py",
        "desktop/screens/evaluation_*.py",
        "desktop/screens/follow_up_dialog.py",
        "desktop/screens/meeting_*.py",
        "desktop/screens/outcome_dialog.py",
        "desktop/screens/duo_words.py",
        "desktop/screens/erase_dialog.py",
        "desktop/screens/screening_dialog.py",
        "desktop/screens/document_window.py",
    ),
    "intake": (
        "desktop/screens/intake*.py",
        "desktop/screens/import_*.py",
        "desktop/models/import_tables.py",
        "desktop/screens/create_wizard.py",
        "desktop/screens/welcome.py",
        "desktop/screens/unlock_dialog.py",
        "desktop/screens/passphrase_*.py",
    ),
    "lists": (
        "desktop/screens/matching*.py",
        "desktop/screens/match_*.py",
        "desktop/screens/waiting_list.py",
        "desktop/screens/participants.py",
        "desktop/screens/today*.py",
        "desktop/screens/quality_panel.py",
        "desktop/models/participants.py",
        "desktop/models/waiting_list.py",
    ),
    "rules": (
        "desktop/rules/*.py",
        "desktop/matching/*.py",
    ),
    "errors": (
        "storage/*.py",
        "desktop/workflows/*.py",
        "printing/words.py",
    ),
    "app": ("desktop/*.py", "desktop/screens/*.py", "widgets/*.py", "desktop/commands/*.py"),
}


def area_files() -> dict[str, list[Path]]:
    """The source files of each area (each file in one area only)."""
    taken: set[Path] = set()
    files: dict[str, list[Path]] = {}
    for area, patterns in AREAS.items():
        found = sorted({path for pattern in patterns for path in ROOT.glob(pattern)} - taken)
        taken.update(found)
        files[area] = found
    return files


def ts_file(area: str, language: str) -> Path:
    """Where an area's translations into `language` live."""
    return TRANSLATIONS / f"{area}_{language}.ts"


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def lupdate(files: Iterable[Path], target: Path, language: str) -> None:
    """Merge the strings of `files` into `target`, dropping strings no longer in them."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *(str(path) for path in files),
            "-target-language",
            LANGUAGES[language],
            "-ts",
            str(target),
        ],
        check=True,
        cwd=ROOT,
    )


def update(areas: Iterable[str] = ()) -> None:
    """Bring the .ts files of `areas` (all when none) up to date with the source."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    wanted = set(areas) or set(AREAS)
    for area, files in area_files().items():
        if area in wanted:
            for language in LANGUAGES:
                lupdate(files, ts_file(area, language), language)


def release(areas: Iterable[str] = ()) -> None:
    """Compile the .ts files of `areas` (all when none) to the .qm files Duo loads."""
    wanted = set(areas) or set(AREAS)
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        if ts.stem.rsplit("_", 1)[0] not in wanted:
            continue
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def missing(ts: Path) -> list[str]:
    """The source texts of a .ts file that have no finished translation."""
    lacking = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        done = translation is not None and translation.get("type") not in {
            "unfinished",
            "vanished",
            "obsolete",
        }
        forms = [] if translation is None else list(translation.iter("numerusform"))
        text = (
            "".join(form.text or "" for form in forms)
            if forms
            else (translation.text if translation is not None else "")
        )
        if not done or not (text or "").strip():
            lacking.append(source)
    return lacking


def check() -> int:
    """Print what each file lacks; 1 when anything does."""
    status = 0
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        lacking = missing(ts)
        print(f"{ts.name}: {len(lacking)} untranslated")
        status = status or int(bool(lacking))
    return status


def main(argv: list[str]) -> int:
    """Dispatch update, release or check."""
    unknown = [area for area in argv[1:] if area not in AREAS]
    if argv and argv[0] in ("update", "release") and not unknown:
        (update if argv[0] == "update" else release)(argv[1:])
        return 0
    if argv == ["check"]:
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
