"""What the application needs besides an unlocked programme: dialogs and local settings.

Passed explicitly to every window and screen (as Dangerzone does); tests build their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.dialogs import Dialogs
from desktop.local_settings import LocalSettings


@dataclass
class AppContext:
    """The dialog seam and this computer's settings."""

    dialogs: Dialogs
    local: LocalSettings
