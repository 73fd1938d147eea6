"""Files shipped with Duo (lists, fonts, translations), found the same way from source and
from the frozen build: they sit beside this module in both."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. `resource_path("lists", "sectors.json")`."""
    return ROOT.joinpath(*parts)
