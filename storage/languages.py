"""The languages Duo speaks and prints in, and the locale each one's dates, numbers and
names follow. English is the source; Dutch and French are translations."""

from __future__ import annotations

LANGUAGES = ("en", "nl", "fr")
# Belgian conventions for Dutch and French; British English writes "23 November 2026".
LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}
