"""How much each part of a match counts, and the two settings of the whole-pool proposal.

The coordinator gives each component an integer weight from 0 (ignored) to 10. The defaults
follow the Connect2work guideline (domain.md, step 5): the job target matters most for the
mentee, then language, place and availability; preferences, waiting time and interests refine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields

MIN_WEIGHT = 0
MAX_WEIGHT = 10


@dataclass(frozen=True)
class Weights:
    """One weight (0-10) per component; the field names are the component codes."""

    job: int = 10
    place: int = 4
    availability: int = 4
    languages: int = 5
    preferences: int = 3
    interests: int = 2
    waiting: int = 3

    def as_dict(self) -> dict[str, int]:
        """The weights by component code, e.g. {"job": 10, …}, for settings storage."""
        return dict(vars(self))

    @classmethod
    def from_dict(cls, values: Mapping[str, object]) -> Weights:
        """Weights read back from settings: unknown keys are ignored, missing or unreadable
        ones take their default, and every value is clamped to 0..10."""
        chosen: dict[str, int] = {}
        for item in fields(cls):
            raw = values.get(item.name)
            if raw is None or isinstance(raw, bool):
                continue
            try:
                number = int(raw)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                continue
            chosen[item.name] = min(MAX_WEIGHT, max(MIN_WEIGHT, number))
        return cls(**chosen)


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class MatchSettings:
    """Everything the coordinator sets about matching."""

    weights: Weights = field(default_factory=Weights)
    # After this many days of waiting, a generalist mentor (HR, recruiter) scores on the job
    # component for any job target (domain.md, step 4): 8 weeks by default.
    generalist_after_days: int = 56
    # The whole-pool proposal leaves a mentee unmatched rather than propose a pair below this.
    min_score: int = 35
