"""A JSON Lines row validated straight from its text, when it is an ordinary row.

Why: a first scan validates every JSON Lines row twice in its workers (the check pass, then before
evaluating it), and each time parsing the text into dicts (``json.loads``) and validating the dicts
(``model_validate``) cost about 70 µs a product of five listings. pydantic validates JSON text in one
call (``model_validate_json``, about half of that) when a model describes the whole row; the row is a
product's fields and a ``listings`` list, which :class:`_Row` describes.

Only an ordinary row takes this way: every field known (nothing to ignore or to call a typo), no
listing naming its own SKU, no ``markets`` shorthand. Anything else, and any row pydantic refuses here,
gives None, and the caller validates it the usual way (``catalog.entry_and_problems``), which reports
exactly as before: the errors, their fields and wording, the ignored columns all come from there. So
this way only has to give, for the rows it accepts, the very entry the usual way gives; parsing JSON in
pydantic reads these rows as ``json.loads`` does (numbers, escapes, duplicate keys: the last wins) and
refuses what ``json.loads`` refuses or the models refuse (control characters, trailing data, NaN, lone
surrogates), which ``tests/test_catalog_lines.py`` checks field by field against the usual way. pydantic
nests deeper than ``safe_json.loads`` allows, so a row with more opening brackets than ``MAX_DEPTH`` goes
the usual way (``safe_json.may_nest_too_deep``, the count ``safe_json`` makes), which refuses it if it nests too deep.

The validated models are of the row's own classes (a product with a ``listings`` field; listings without
a SKU): they become the catalog's :class:`Product` and :class:`Listing` in place (the ``listings`` field
taken off the product, the product's SKU given to each listing, as the usual way does), which copies
nothing. Both row classes add nothing to their bases' layout or validators.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, ValidationError

from crossguard.engine.models import CatalogEntry, Listing, Product
from crossguard.engine.safe_json import may_nest_too_deep


class _RowListing(Listing):
    """A listing as a row gives it: its SKU is the product's (a listing naming one goes the usual way)."""

    sku: str = ""


class _Row(Product):
    """A whole JSON Lines row: the product's fields and its listings."""

    listings: list[_RowListing] = Field(default_factory=list)


def _set_class(model: BaseModel, cls: type[BaseModel]) -> None:
    """``model`` as an instance of ``cls``, a base with the same layout (``BaseModel.__setattr__`` would take
    0.7 µs to end up here: five times this)."""
    set_attribute: Any = object.__setattr__
    set_attribute(model, "__class__", cls)


def text_entry(text: str | bytes) -> CatalogEntry | None:
    """The entry of an ordinary JSON Lines row (see the module), equal to what ``catalog.entry_and_problems``
    gives for it; None: validate the row the usual way."""
    if may_nest_too_deep(text):
        return None  # perhaps nested deeper than the usual way allows: it says so
    try:
        row = _Row.model_validate_json(text)
    except ValidationError:
        return None
    listings = row.__dict__.pop("listings")
    if any("sku" in listing.__pydantic_fields_set__ for listing in listings):
        return None  # compared with the product's SKU before validation, the usual way
    row.__pydantic_fields_set__.discard("listings")
    _set_class(row, Product)
    sku = row.sku
    for listing in listings:
        listing.__dict__["sku"] = sku
        listing.__pydantic_fields_set__.add("sku")
        _set_class(listing, Listing)
    return CatalogEntry(product=row, listings=listings)


class _FastPathSampler:
    """:func:`text_entry` tried only while it pays: a catalog whose rows are not ordinary (columns crossguard
    ignores, the ``markets`` shorthand: the real catalogs ``bench/material.py`` reads use it on every row) would
    pay for the try on every row and then for the usual way. After :data:`MISSES` rows in a row that were not
    ordinary, only one row in :data:`SAMPLE` is tried, until one is ordinary again. Which way a row goes never
    changes what it gives, only what it costs; kept per process, without a lock (threads reading catalogs at once
    may lose a count, which changes only which way a row goes)."""

    def __init__(self) -> None:
        self.misses = 0
        self.skipped = 0

    def entry(self, text: str | bytes) -> CatalogEntry | None:
        if self.misses >= MISSES:
            self.skipped += 1
            if self.skipped % SAMPLE:
                return None
        entry = text_entry(text)
        self.misses = 0 if entry is not None else self.misses + 1
        return entry


#: Rows in a row that were not ordinary before :class:`_FastPathSampler` samples, and how sparsely it then tries.
MISSES = 32
SAMPLE = 64

#: The entry of a JSON Lines row validated from its text, or None (validate it the usual way): :func:`text_entry`,
#: tried while it pays (:class:`_FastPathSampler`).
row_entry = _FastPathSampler().entry
