"""Subject kinds: what a rule can be about (a listing, a seller entity, an account cluster...).

Each kind declares the fields its facts carry and their types. That declaration is what
`crossguard validate` checks rule packs against ("fields the model does not have"), and the
compiler uses the kind's name as the type tag that guards every compiled rule (durable-rules
re-asserts an internal state object after each action; an unguarded rule can match it for ever).
A kind is declared once, in the module that builds its facts, with `register_subject`; the
modules that declare kinds are listed in `KIND_MODULES`, and `subject_kinds()` loads them, so no
caller depends on import order.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import StrEnum


class FieldType(StrEnum):
    string = "string"
    number = "number"
    boolean = "boolean"
    list = "list"  # list of strings

    def accepts(self, value: object) -> bool:
        """Whether a rule's literal value has this field's type (bools are not numbers here)."""
        if self is FieldType.number:
            return isinstance(value, int | float) and not isinstance(value, bool)
        if self is FieldType.boolean:
            return isinstance(value, bool)
        return isinstance(value, str)


#: Fields every fact has, whatever its kind. `day` is the evaluation date as days since 1970-01-01
#: (durable-rules has no dates); `region` routes facts to the packs of their jurisdiction.
COMMON_FIELDS: dict[str, FieldType] = {
    "day": FieldType.number,
    "region": FieldType.string,
}

#: Field names durable-rules reserves for itself: a fact's identity and its session.
RESERVED_FIELDS = frozenset({"id", "sid", "t", "ref"})


@dataclass(frozen=True)
class SubjectKind:
    name: str
    description: str
    fields: dict[str, FieldType]

    def field_type(self, path: str) -> FieldType | None:
        return COMMON_FIELDS.get(path) or self.fields.get(path)


SUBJECT_KINDS: dict[str, SubjectKind] = {}


def register_subject(kind: SubjectKind) -> SubjectKind:
    """Add a subject kind; re-registering the same name with other fields is a programming error."""
    existing = SUBJECT_KINDS.get(kind.name)
    if existing is not None and existing != kind:
        raise ValueError(f"subject kind {kind.name!r} is already registered with other fields")
    clash = RESERVED_FIELDS & {path.split(".")[0] for path in kind.fields}
    if clash:
        raise ValueError(f"subject kind {kind.name!r} uses reserved field names {sorted(clash)}")
    SUBJECT_KINDS[kind.name] = kind
    return kind


#: The modules that declare subject kinds (each calls `register_subject` for its own kinds).
KIND_MODULES = ("crossguard.engine.listing_facts", "crossguard.engine.seller.subjects")


def subject_kinds() -> dict[str, SubjectKind]:
    """Every subject kind, its declaring modules loaded first."""
    for module in KIND_MODULES:
        importlib.import_module(module)
    return SUBJECT_KINDS
