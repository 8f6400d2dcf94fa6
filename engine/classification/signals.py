"""What one signal says about a product: the signals' names and the candidate type a signal names.

Every reader (the title's, a category path's, an HS code's, a description's) hands the choice the same small
record, a `Candidate`, so the readers and the choice between them can live in modules of their own without
importing one another.
"""

from __future__ import annotations

from .matcher import Hit
from .normalise import CJK_MARK
from .records import record_repr, with_changes

SIGNAL_ATTRIBUTES = "attributes"
SIGNAL_HS = "hs_code"
SIGNAL_PRODUCT_TYPE = "product_type"
SIGNAL_CATEGORY = "category"
SIGNAL_TITLE = "title"
SIGNAL_DESCRIPTION = "description"
SIGNAL_LINE = "product_line"
SIGNAL_BRAND = "brand"
SIGNAL_NONE = "none"
SIGNAL_OVERRIDE = "override"

# The fields of a `Candidate`, in the order its `__init__` takes them
CANDIDATE_FIELDS = ("types", "signal", "evidence", "bucket", "target", "part", "sub", "word", "also", "vetoed",
                    "branch", "in_shelf", "powered", "fits_model", "department")


class Candidate:
    """A type (or a bucket of alternative types) named by one signal.

    A plain class with its own `__init__`, not a dataclass (speed48): compiled, signals.pxd makes it an extension type
    whose fields are C fields, so a product's few candidates are made by a C `__init__` that stores each field
    directly; a dataclass's generated `__init__` runs in the interpreter, and its keyword arguments cost a dict per
    call (a title's candidate with five keywords, timeit: 690 ns as the dataclass, 163 ns compiled). `replaced` stands
    for `dataclasses.replace`.
    """

    __slots__ = CANDIDATE_FIELDS

    def __init__(self, types: tuple[str, ...], signal: str, evidence: str, bucket: bool = False,
                 target: bool = False, part: bool = False, sub: bool = False, word: str = "",
                 also: tuple[str, str] | None = None, vetoed: tuple[str, ...] = (),
                 branch: frozenset[str] | None = None, in_shelf: bool = False, powered: bool = False,
                 fits_model: bool = False, department: bool = False) -> None:
        self.types = types
        self.signal = signal
        self.evidence = evidence
        self.bucket = bucket
        self.target = target  # the title named the type only as what the product is for ("... for Model Car")
        self.part = part  # the title also names a part or accessory word ("Spare Part ... RC Helicopter Ball Link")
        self.sub = sub  # the title named the type only in a "with" part: its main phrase names nothing (`_choose`)
        self.word = word  # the phrase that named it (title or one-kind category segment): a description may narrow it
        self.also = also  # a second product the title names ("A and B"): (type, evidence)
        self.vetoed = vetoed  # a taxonomy path's leaf read as these types, outside its branch: as the title may
        self.branch = branch  # a category entry's own type: the kinds its branch holds
        self.in_shelf = in_shelf  # the title's word is a word of the shelf's leaf ("skin" on Skin Cleansing Brushes)
        self.powered = powered  # a machine part the title's own power word makes powered ("Electric ... Air Freshener")
        self.fits_model = fits_model  # its target names a radio-control model ("... for DJI Phantom 3": radio49)
        # read from a path's first level only, its deeper levels naming no kind: a store's department ("Kitchen &
        # Dining > Small Appliances"), a lump of many kinds that a title naming a specific one refines (dept56)
        self.department = department

    def _fields(self) -> tuple[object, ...]:
        return (self.types, self.signal, self.evidence, self.bucket, self.target, self.part, self.sub, self.word,
                self.also, self.vetoed, self.branch, self.in_shelf, self.powered, self.fits_model,
                self.department)

    def replaced(self, **changes: object) -> Candidate:
        """A copy with the named fields changed (as `dataclasses.replace` did; a rare path)."""
        return with_changes(self, CANDIDATE_FIELDS, changes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Candidate):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable, as the dataclass was

    def __repr__(self) -> str:
        return record_repr(self, CANDIDATE_FIELDS)


def matched_word(padded: str, hit: Hit) -> str:
    """The matched phrase as the reader sees it (without CJK marks)."""
    start = hit.start
    end = hit.end
    word = padded[start:end]
    return word.replace(CJK_MARK, "") if CJK_MARK in word else word
