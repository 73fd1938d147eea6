"""The house style of printed documents, read from the programme's settings."""

from __future__ import annotations

from printing.layout import HouseStyle
from storage.programme import Programme


def house_style(programme: Programme) -> HouseStyle:
    """The programme's name, address and logo as every printed document carries them."""
    profile = programme.profile()
    return HouseStyle(name=programme.settings.name, address=profile.address, logo=profile.logo)
