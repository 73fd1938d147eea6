"""An intake interview being typed, as the draft store keeps it until the intake is saved.

    draft = IntakeDraft(key=new_draft_key(), role=Role.MENTEE, case_id=None, values=values)
    programme.drafts.save(draft.key, draft.kind, draft.payload())
    IntakeDraft.from_draft(programme.drafts.load(draft.key))  # the same again

Keys say whose intake it is: "intake:new:<uuid>" for a new interview, "intake:<participant
id>" for an existing participant's. No Qt here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from desktop.workflows.intake import FormValues
from storage.drafts import Draft
from storage.records import Role

DRAFT_PREFIX = "intake:"
NEW_DRAFT_PREFIX = "intake:new:"
DRAFT_KINDS = {Role.MENTEE: "intake-mentee", Role.MENTOR: "intake-mentor"}
_DRAFT_FORMAT = 1


@dataclass(frozen=True)
class IntakeDraft:
    """An interview being typed, as kept in the draft store.

    `base` is what the form showed when an existing participant's intake was opened (the
    changes are measured against it); `cv_path` is a CV chosen but not yet saved, re-read
    when the draft is restored.
    """

    key: str
    role: Role
    case_id: str | None
    values: FormValues
    base: FormValues | None = None
    cv_path: str = ""

    @property
    def kind(self) -> str:
        """The draft store's kind of form."""
        return DRAFT_KINDS[self.role]

    def payload(self) -> dict[str, Any]:
        """What the draft store keeps."""
        return {
            "format": _DRAFT_FORMAT,
            "values": self.values,
            "base": self.base,
            "cv_path": self.cv_path,
        }

    @classmethod
    def from_draft(cls, draft: Draft) -> IntakeDraft | None:
        """The intake in a stored draft, or None if it is another kind of draft."""
        roles = {kind: role for role, kind in DRAFT_KINDS.items()}
        role = roles.get(draft.kind)
        payload = draft.values
        if role is None or not draft.key.startswith(DRAFT_PREFIX):
            return None
        if not isinstance(payload.get("values"), dict):
            return None
        case_id = None
        if not draft.key.startswith(NEW_DRAFT_PREFIX):
            case_id = draft.key.removeprefix(DRAFT_PREFIX)
        base = payload.get("base")
        return cls(
            key=draft.key,
            role=role,
            case_id=case_id,
            values=payload["values"],
            base=base if isinstance(base, dict) else None,
            cv_path=str(payload.get("cv_path") or ""),
        )


def new_draft_key() -> str:
    """The draft key of a new interview."""
    return f"{NEW_DRAFT_PREFIX}{uuid.uuid4()}"


def draft_key_for(case_id: str) -> str:
    """The draft key of an existing participant's intake."""
    return f"{DRAFT_PREFIX}{case_id}"
