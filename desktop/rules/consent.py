"""Whether a participant's consent to a purpose stands (domain.md, "Evaluation and outcomes":
evaluations and outcome follow-ups are asked only of those who consented to be contacted
for them). Plain Python over the case file's `Consent` records.

    has_consent(case.consents, EVALUATION)                 # given, not withdrawn
    has_consent(case.consents, EVALUATION, on=today)       # standing on that day
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from storage.records import Consent

# The purpose code of the consent to be contacted for evaluations and outcome follow-ups.
EVALUATION = "evaluation"


def has_consent(consents: Iterable[Consent], purpose: str, on: date | None = None) -> bool:
    """Whether a consent to `purpose` stands: given and not withdrawn. With `on`, given by
    that day and not withdrawn by then (a withdrawal on the day counts); without it, any
    withdrawal counts, as in the index."""
    return any(
        consent.purpose == purpose
        and (
            consent.withdrawn_on is None
            if on is None
            else consent.given_on <= on
            and (consent.withdrawn_on is None or consent.withdrawn_on > on)
        )
        for consent in consents
    )
