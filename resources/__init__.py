"""Files shipped with Duo (lists, fonts, translations), found the same way from source and
from the frozen build.

From source they sit beside this module. In the PyInstaller build (`build.spec`) they are
copied to `resources/` inside the bundle folder, `sys._MEIPASS` (`Duo/_internal` on Windows
and Linux, `Duo.app/Contents/Frameworks` on macOS); the module's own `__file__` points there
too, but the bundle folder is the documented place, so the frozen build asks for it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent


ROOT = _root()


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. `resource_path("lists", "sectors.json")`."""
    return ROOT.joinpath(*parts)
