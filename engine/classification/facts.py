"""The facts of a product: from what its signals said (a recipe) to every class with its basis.

The readers and the choice (classifier.py) decide what the product is and which words speak for it; this module
turns that into class values, in order of trust: the type's own classes (or those a bucket's alternatives agree
on), an HS heading's and a category entry's locked classes, a second product the title names, the modifier words
(`_apply_modifiers`), the defaults that fill what is open, then the generic implications (`_imply`) and the seller's
attributes (`finish`). Kept apart from the reading so the question "why is this class set" is answered in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import itemgetter

from .category_reading import category_label
from .records import record_repr
from .signals import SIGNAL_ATTRIBUTES, SIGNAL_CATEGORY, SIGNAL_HS, SIGNAL_NONE
from .vocabulary import CategoryInfo, Vocabulary

Facts = dict[str, tuple[bool, str]]
#: The classes that say a product is powered: a title word setting one outranks a category entry's "no" (`build`).
_POWER_CLASSES = frozenset({"eee", "battery", "mains_lv"})
# What a device's own supply and link say of each other (`FactBuilder._apply_when`: wireless, so a battery)
_POWER = frozenset({"radio", "transmitter", "connected", "eee", "battery", "button_cell", "mains_lv"})
_FIRST = itemgetter(0)
_SOURCE_NAMES = {
    "title": "title",
    "category": "category",
    "marketplace type": "product_type",
    "description": "description",
    "brand": "brand",
    "category leaf": "category",  # a leaf naming no type below a typed segment (`CategoryReader.leaf_words`)
}
#: What `_apply_modifiers` reads of a modifier (`FactBuilder._mod_plans`): its place in the vocabulary's order, where
#: it is read, the modifiers that exclude it, its `skip_if` conditions, `only_types`, `skip_types`, whether it
#: overrides, whether it overrides from a description too, and the classes it sets (name, value, why).
ModifierPlan = tuple[int, frozenset[str], frozenset[str], tuple[tuple[str, bool], ...], frozenset[str], frozenset[str],
                     bool, bool, tuple[tuple[str, bool, str], ...]]
#: What a recipe holds (`Classifier._core_uncached` makes it): the primary candidate (types, signal, evidence), the
#: HS entry's digits, the modifier words (category, marketplace type, title, brand), the description's words, the
#: fillers (type, evidence), a second product the title names (type, evidence), the category entries' segments.
Recipe = tuple[
    tuple[tuple[str, ...], str, str] | None,
    str,
    tuple[tuple[str, str, str], ...],
    tuple[tuple[str, str, str], ...],
    tuple[tuple[str, str], ...],
    tuple[str, str] | None,
    tuple[tuple[str, ...], ...],
]


# The fields of a `TypeResult`, in the order its `__init__` takes them
RESULT_FIELDS = ("product_type", "established", "classes", "basis", "signal", "derived", "open")
# the fields it is compared and printed by (`derived` is the caller's, not the classification's)
_RESULT_COMPARED = ("product_type", "established", "classes", "basis", "signal", "open")


class TypeResult:
    """The classification of one product: every class is always set, each with its basis.

    `basis` has one entry per class plus `product_type` (which signal named the type, by which word).

    A plain class with its own `__init__`, not a dataclass (s92): compiled, facts.pxd makes it an extension type whose
    `__init__` is C and whose fields are C fields, as `Core` (speed48). Every `classify` makes one (`copy`), and the
    dataclass's generated `__init__` ran in the interpreter. It compares and prints as the dataclass did (without
    `derived`), and is unhashable as that was.
    """

    __slots__ = RESULT_FIELDS

    def __init__(self, product_type: str | None, established: bool, classes: dict[str, bool], basis: dict[str, str],
                 signal: str, derived: object = None, open: tuple[str, ...] = ()) -> None:
        self.product_type = product_type
        self.established = established
        self.classes = classes
        self.basis = basis
        self.signal = signal
        #: A value derived from this result alone by the caller of `shared_result` (never by this module).
        self.derived = derived
        #: Classes the type is sold both with and without (`sold_both_ways`) that nothing decided: false, but open.
        self.open = open

    def copy(self) -> TypeResult:
        """A result of its own with the same reading (its own `classes` and `basis` dicts, no `derived`): what
        `Classifier.classify` hands out of a shared one. A method, so that compiled its fields are read in C; made
        without a call of the class (s93: compiled, the new one's C fields are set directly, as `matcher._hit` does,
        where the call went through the type's generic call and `__init__`'s arguments). Its dicts copied by their
        `copy` (s94: compiled, typed in facts.pxd, a C copy of each, where `dict(...)` was a call of the type)."""
        result = TypeResult.__new__(TypeResult)
        result.product_type = self.product_type
        result.established = self.established
        classes = self.classes
        basis = self.basis
        result.classes = classes.copy()
        result.basis = basis.copy()
        result.signal = self.signal
        result.derived = None
        result.open = self.open
        return result

    def _compared(self) -> tuple[object, ...]:
        return (self.product_type, self.established, self.classes, self.basis, self.signal, self.open)

    def __eq__(self, other: object) -> bool:
        return self._compared() == other._compared() if isinstance(other, TypeResult) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable, as the dataclass was

    def __repr__(self) -> str:
        return record_repr(self, _RESULT_COMPARED)


# The fields of a `Core`, in the order its `__init__` takes them
CORE_FIELDS = ("product_type", "established", "signal", "facts", "type_basis", "final", "alternatives", "shelf_open")


class Core:
    """Cached, attribute-independent part of a classification (facts before implications).

    A plain class with its own `__init__`, not a dataclass (speed48): compiled, facts.pxd makes it an extension type
    whose `__init__` is C and stores each field as a C field (one a new recipe; the dataclass's generated `__init__`
    ran in the interpreter, with a dict for its keyword argument).
    """

    __slots__ = CORE_FIELDS

    def __init__(self, product_type: str | None, established: bool, signal: str, facts: Facts,
                 type_basis: str | None, final: TypeResult | None = None, alternatives: tuple[str, ...] = (),
                 shelf_open: tuple[tuple[str, str], ...] = ()) -> None:
        self.product_type = product_type
        self.established = established
        self.signal = signal
        self.facts = facts
        self.type_basis = type_basis
        self.final = final
        #: The alternatives of a bucket reading ("Mouse Pads & Mice": the product is one of them), else ().
        self.alternatives = alternatives
        #: The `sold_both_ways` of the category entries the product reads through (gtax47): (class, basis).
        self.shelf_open = shelf_open

    def __repr__(self) -> str:
        return record_repr(self, CORE_FIELDS)

class FactBuilder:
    """Builds a recipe's facts (`build`) and a result's classes and basis from them (`finish`); per vocabulary.

    Its only state is precomputed from the vocabulary, plus two caches that only grow with the vocabulary's class
    patterns (`_implied`) and types (`_defaults`).
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._classes = vocab.classes
        self._types = vocab.types
        self._modifiers = vocab.modifiers
        self._entries = vocab.categories or None  # the category tables' entries by their normalised segments
        # Per modifier, what `_apply_modifiers` reads of it, as one tuple: one lookup per word, not ten attribute reads
        # (about a tenth of a cold classification went to that method before; docs/performance.md).
        self._mod_plans: dict[str, ModifierPlan] = {
            mod.id: (index, mod.read_in, mod.excludes, tuple(mod.skip_if.items()), mod.only_types, mod.skip_types,
                     mod.mode == "override", mod.description_overrides,
                     tuple((name, value, why) for name, (value, why) in mod.sets.items()))
            for index, mod in enumerate(vocab.modifiers.values())
        }
        self._skip_if = frozenset(mod.id for mod in vocab.modifiers.values() if mod.skip_if)
        # The types whose own reading is "no EEE" (a game, a book, a costume; a loose battery cell too): their power
        # "no", as a shelf's filler (s70a) or as the product's own kind (s70f), speaks only for a product nothing has
        # made electrical
        self._inert_fillers = frozenset(t.id for t in vocab.types.values() if t.facts.get("eee", (None,))[0] is False)
        # Precomputed "type: why" facts, so classifying copies a dict instead of formatting strings.
        self._type_facts: dict[str, Facts] = {
            t.id: {name: (value, f"{t.id}: {why}") for name, (value, why) in t.facts.items()}
            for t in vocab.types.values()
        }
        self._implications = tuple(
            (
                tuple(imp.if_.items()),
                tuple(imp.then.items()),
                imp.mode,
                f"{', '.join(f'{n}={v}' for n, v in imp.if_.items())}: {imp.why}",
            )
            for imp in vocab.implications
        )
        self._defaults: dict[str | None, dict[str, str]] = {}
        # `sold_both_ways` per type, and the basis an open class shows (which names the question to settle).
        self._both_ways: dict[str, tuple[str, ...]] = {
            t.id: tuple(name for name, _ in t.both_ways) for t in vocab.types.values() if t.both_ways
        }
        self._open_basis: dict[tuple[str | None, str], str] = {
            (t.id, name): f"{t.id} is sold both ways ({why}) and no word, shelf or attribute says which: {name} is "
                          "open (assumed false; a listing in a regulated market goes to review)"
            for t in vocab.types.values() for name, why in t.both_ways
        }
        self._implied: dict[
            tuple[bool | None, ...], tuple[dict[str, bool], tuple[tuple[str, tuple[bool, str]], ...]]
        ] = {}

    def build(self, recipe: Recipe) -> Core:
        """The facts of a product from what its signals said (type, HS entry, modifier words, fillers, a second
        product the title names, category table entries)."""
        primary, hs_digits, sources, desc_sources, fillers, also, entries = recipe
        hs = self.vocab.hs[hs_digits] if hs_digits else None
        facts: Facts = {}
        type_basis = None
        type_id = None
        signal = SIGNAL_NONE
        if primary is not None:
            types, signal, evidence = primary
            type_id = types[0]
            if len(types) == 1:
                type_basis = f"product type {type_id} from {evidence}"
                facts = dict(self._type_facts[type_id])
            else:
                type_basis = f"product type {' / '.join(types)} from {evidence}"
                facts = self._bucket_facts(types)
        locked: set[str] = set()
        if hs is not None:
            for name, (value, why) in hs.classes.items():
                facts[name] = (value, f"HS {hs.code} ({hs.label}): {why}")
                locked.add(name)
            if type_id is None and (hs.classes or hs.default_classes):
                signal = SIGNAL_HS
                type_basis = f"HS {hs.code} ({hs.label})"
        entry_infos = [self._entries[key] for key in entries] if entries and self._entries else ()
        lifted: dict[str, str] = {}  # an entry's "no power" class -> which title word outranks it, and what it said
        if entry_infos and sources:
            lifted = self._power_outranks_entry(facts, type_id, also, sources, entry_infos)
        for info in entry_infos:  # (after HS: HS is more trusted, and its locked classes stay)
            for name, (value, why) in info.classes.items():
                if name not in locked and name not in lifted:
                    facts[name] = (value, f"{category_label(info)}: {why}")
                    locked.add(name)
            if type_basis is None and (info.classes or info.default_classes):
                signal = SIGNAL_CATEGORY
                type_basis = category_label(info)
        if also is not None:  # before the modifiers: a title's words ("toy", "showpiece") speak for both products
            type_basis = self._union_second(facts, locked, also, type_basis)
        type_facts: dict[str, bool] = {}
        skip_if = self._skip_if
        if not skip_if.isdisjoint(map(_FIRST, sources)) or (
                desc_sources and not skip_if.isdisjoint(map(_FIRST, desc_sources))):
            type_facts = {name: fact[0] for name, fact in facts.items()}  # what the type said, for `skip_if` only
        also_type = also[0] if also is not None else None
        if sources:
            self._apply_modifiers(facts, locked, type_facts, type_id, sources, fill_only=False, also_type=also_type)
        # review71: electrical by the type, HS, shelf or a title word, not by the description alone ("A screen-free
        # alternative to electronic games" under a fidget spinner): only that refutes an inert kind's supply (s70a,
        # s70f)
        electrical = _holds(facts, "eee")
        eee_from_description = False
        if desc_sources:
            self._apply_modifiers(facts, locked, type_facts, type_id, desc_sources, fill_only=True,
                                  also_type=also_type)
            eee_from_description = not electrical and _holds(facts, "eee")
        single = type_id is not None and primary is not None and len(primary[0]) == 1
        if single and electrical and type_id in self._inert_fillers and not (
                _holds(facts, "mains_lv") or _holds(facts, "battery")):
            # s70f: a word made an inert kind electrical and named no supply ("Marteau de Thor électronique" on a
            # fancy-dress shelf): the kind's "no battery, no mains" followed from its "no EEE", and goes with it; the
            # implications fill what they can (an electric toy has a battery), the defaults the rest. A word that
            # named the supply ("Paddling Pool with Electric 240V Air Pump") keeps the kind's reading of the other
            own = self._type_facts[type_id]
            for name in _POWER:
                if name in facts and facts[name] is own.get(name) and not facts[name][0]:
                    del facts[name]
        if single and fillers:
            # mr64: before a losing shelf's generic type fills what is open ("Xbox One Wireless Controller" on an
            # "Accessories" shelf: a spare part has no battery), the type's own rule from one power fact to another
            # (wireless, so a battery): the shelf knows nothing of the device's supply. Not its rules on the audience
            # (a costume for a child is a toy), which a clothing shelf's filler does speak to
            self._apply_when(facts, type_id, power_only=True)
        if hs is not None:
            for name, (value, why) in hs.default_classes.items():
                if name not in facts:
                    facts[name] = (value, f"HS {hs.code} ({hs.label}): {why}")
        for info in entry_infos:
            for name, (value, why) in info.default_classes.items():
                if name not in facts:
                    facts[name] = (value, f"{category_label(info)}: {why}")
        for filler_type, filler_evidence in fillers:
            # s70a: a filler whose type reads "no EEE" says nothing of the supply of a product the title, type, HS
            # code or shelf (its defaults too) made electrical, not the description alone ("LED Fidget Spinner" on a
            # games shelf: the game's "no battery" would stop toy + EEE -> battery); its power "no" goes with its
            # refuted "no EEE"
            refuted = not eee_from_description and _holds(facts, "eee") and filler_type in self._inert_fillers
            for name, (value, why) in self._types[filler_type].facts.items():
                if name not in facts and not (refuted and not value and name in _POWER):
                    facts[name] = (value, f"{filler_type} from {filler_evidence}: {why}")
        if single:
            self._apply_when(facts, type_id)
        for name, outranked in lifted.items():  # what set the class, and what it outranked
            if name in facts:
                value, why = facts[name]
                facts[name] = (value, f"{why} ({outranked})")
        established = primary is not None or (hs is not None and bool(hs.classes or hs.default_classes)) or any(
            info.classes or info.default_classes for info in entry_infos)
        alternatives = primary[0] if primary is not None and len(primary[0]) > 1 else ()
        core = Core(type_id, established, signal, facts, type_basis, None, alternatives)  # (positional: no dict)
        for info in entry_infos:  # (most products read through no entry: no work, no keyword, for them)
            if info.both_ways:
                core.shelf_open += info.both_ways
        return core

    def _apply_when(self, facts: Facts, type_id: str, power_only: bool = False) -> None:
        """The type's `when` rules on the facts so far: each refines the type's own default (a drone "not a toy" is
        one for children, wireless headphones are "not passive"), which nothing else has said since (when63).
        `power_only`: only the rules from power classes, and only what they say of power classes (mr64, s70b)."""
        own = self._type_facts[type_id]
        for conditions, then in self._types[type_id].when:
            if power_only and not (conditions and _POWER.issuperset(conditions)):
                continue
            if all(name in facts and facts[name][0] == value for name, value in conditions.items()):
                for name, (value, why) in then.items():
                    if power_only and name not in _POWER:  # s70b: "wireless, so a battery", not its "so a chip"
                        continue
                    if name not in facts or facts[name] is own.get(name):
                        facts[name] = (value, f"{type_id}: {why}")

    def _power_outranks_entry(self, facts: Facts, type_id: str | None, also: tuple[str, str] | None,
                              sources: tuple[tuple[str, str, str], ...], entry_infos: Iterable[CategoryInfo],
                              ) -> dict[str, str]:
        """The category entry's locked "no power" classes (eee, battery, mains false) that a power word of the title
        outranks, each with the word. A seller's shelf is approximate, a title that says "cordless", "18V",
        "rechargeable" or "plug-in" states the supply: a title word whose modifier would apply to the type (`facts`:
        the type's own classes, before the entry's) and sets a power class true lifts the entry's lock on that class;
        an entry that says "not electrical" (eee false) loses its whole no-power reading to any such word ("Cordless
        Drill Driver 18V" under "Pneumatic Drills"), one that only names the supply ("Marine Electronics": the boat's
        12 V, no battery) only the class the word names ("Rechargeable Handheld VHF Radio" has a battery). A plain
        "Air Drill" there names none and keeps the entry's reading; attributes still win over both (`finish`)."""
        power = _POWER_CLASSES
        locked_off: dict[str, str] = {}  # the class -> the entry and its reason
        for info in entry_infos:
            for name, (value, why) in info.classes.items():
                if name in power and not value and name not in locked_off:
                    locked_off[name] = f"{category_label(info)}: {why}"
        if not locked_off:
            return {}
        modifiers = self._modifiers
        also_type = also[0] if also is not None else None
        present = {mod_id for mod_id, _word_, where in sources if where == "title"}
        stated: dict[str, str] = {}
        for mod_id, word, where in sources:
            mod = modifiers[mod_id]
            if where != "title" or "title" not in mod.read_in or not mod.states_supply or (
                    mod.excludes and not mod.excludes.isdisjoint(present)):
                continue
            if not _fits_type(mod.only_types, mod.skip_types, type_id, also_type):
                continue
            if mod.skip_if and all(name in facts and facts[name][0] == value for name, value in mod.skip_if.items()):
                continue
            for name, (value, _why) in mod.sets.items():
                if value and name in power and name not in stated:
                    stated[name] = word.strip()
        if not stated:
            return {}
        if "eee" in locked_off:  # "not electrical" is refuted whole: its battery and mains "no" go with it
            word = next(iter(stated.values()))
            return {name: f"the title's power word '{stated.get(name, word)}' outranks {entry}"
                    for name, entry in locked_off.items()}
        return {name: f"the title's power word '{stated[name]}' outranks {entry}"
                for name, entry in locked_off.items() if name in stated}

    def _union_second(self, facts: Facts, locked: set[str], also: tuple[str, str], type_basis: str | None) -> str:
        """A listing of two products ("Chargers and Power Banks") has the classes of both: the second one's true
        classes are added (never its false ones), and the type basis names both. Added before the modifiers, which
        then speak for the whole listing: "Pretend Play Kettle and Toaster Set" is a toy set, off the mains."""
        also_type, evidence = also
        for name, (value, why) in self._types[also_type].facts.items():
            if value and name not in locked and not (name in facts and facts[name][0]):
                facts[name] = (True, f"also {also_type} from {evidence}: {why}")
        return f"{type_basis}; also {also_type} from {evidence}"

    def _imply(self, facts: Facts, locked: set[str], stated: set[str] | None = None) -> None:
        """Apply the generic implications until nothing changes (two passes in practice).

        `stated`: classes the seller stated (attributes). What follows from stated classes alone wins over
        what a type or a word suggested: a seller's `radio: [bluetooth]` on a "case" makes it EEE.
        """
        stated = set() if stated is None else set(stated)
        for _ in range(6):
            changed = False
            for conditions, then, mode, cause in self._implications:
                for name, value in conditions:
                    fact = facts.get(name)
                    if fact is None or fact[0] != value:
                        break
                else:
                    forced = mode == "override" or (
                        mode == "strict" and bool(stated) and all(name in stated for name, _ in conditions))
                    for name, value in then:
                        current = facts.get(name)
                        if name not in locked and (current is None or (forced and current[0] != value)):
                            facts[name] = (value, cause)
                            changed = True
                        if forced and name not in locked and stated:
                            stated.add(name)
            if not changed:
                return

    def _bucket_facts(self, type_ids: tuple[str, ...]) -> Facts:
        """The classes all alternatives of a bucket agree on."""
        first, *others = (self._types[t] for t in type_ids)
        label = " / ".join(type_ids)
        return {
            name: (value, f"{label} all: {why}")
            for name, (value, why) in first.facts.items()
            if all(name in o.facts and o.facts[name][0] == value for o in others)
        }

    def _apply_modifiers(
        self,
        facts: Facts,
        locked: set[str],
        type_facts: Mapping[str, bool],
        type_id: str | None,
        sources: Iterable[tuple[str, str, str]],
        fill_only: bool,
        also_type: str | None = None,
    ) -> None:
        """Set the classes the modifier words say. A modifier limited to some types (`only_types`) applies when the
        type or the second product a title names (`also_type`: "Toy Drill and Hammer Set") is one of them: the
        words speak for the whole listing, whose classes hold both products'."""
        plans = self._mod_plans
        present: set[str] = set()  # the modifiers read: each at its first readable occurrence
        chosen: list[tuple[int, ModifierPlan, str, str]] = []  # (place in the vocabulary's order, plan, word, where)
        powered_leaf = False
        for mod_id, word, where in sources:
            if mod_id in present:
                continue
            plan = plans[mod_id]
            if _SOURCE_NAMES[where] in plan[1]:
                present.add(mod_id)
                chosen.append((plan[0], plan, word.strip(), where))
                # A typeless leaf's power word speaks for the product (`CategoryReader.leaf_words`).
                powered_leaf = powered_leaf or where == "category leaf"
        # Once a leaf's power word has spoken, the shelf type's "no current" and "no battery"/"no mains" no longer
        # silence the title's power words ("Rechargeable ..." under "Wireless Presenters": the shelf's office supplies
        # have no battery, the product filed there has).
        if powered_leaf:
            for name in _POWER_CLASSES.difference(locked):
                if name in facts and not facts[name][0]:
                    del facts[name]
        chosen.sort()  # (places are unique: the sort never compares the plans)
        for _place, plan, word, where in chosen:
            _place, _read_in, excludes, skip_if, only_types, skip_types, overrides, description_overrides, sets = plan
            if excludes and not excludes.isdisjoint(present):
                continue
            leaf = where == "category leaf"
            if skip_if and not powered_leaf and _all_hold(type_facts, skip_if):
                continue
            if not _fits_type(only_types, skip_types, type_id, also_type):
                continue
            override = (overrides or leaf) and (not fill_only or description_overrides)
            if leaf:  # the word denies what its `skip_if` names of the shelf's type (a GPS collar is electrical)
                for name, value in skip_if:
                    if name not in locked:
                        facts[name] = (not value, f"{where} word '{word}': the leaf names a powered product")
            for name, value, why in sets:
                if name in locked:
                    continue
                if override or name not in facts:
                    facts[name] = (value, f"{where} word '{word}': {why}")

    def finish(self, core: Core, attributes: Mapping[str, bool | None] | None) -> TypeResult:
        """The result of a core: the seller's `attributes` (known class values) over its facts, the implications,
        and every class nothing decided set false with a basis that says so."""
        product_type = core.product_type
        if attributes:
            facts = dict(core.facts)
            locked: set[str] = set()
            for name, value in attributes.items():
                if value is not None and name in self.vocab.class_meaning:
                    facts[name] = (bool(value), f"attribute {name}={bool(value)}")
                    locked.add(name)
            self._imply(facts, locked, locked)
            classes = {name: facts[name][0] if name in facts else False for name in self._classes}
            basis = dict(self._default_basis(product_type))
            basis.update({name: fact[1] for name, fact in facts.items()})
            open_classes = self._open(core, facts, ())
        else:
            # Implications only depend on the class values, and a catalog has few distinct value patterns:
            # cache, per pattern, the complete class values and the facts the implications add.
            facts = core.facts
            values = []  # a loop, not a comprehension (a call of its own)
            for name in self._classes:
                fact = facts.get(name)  # (one lookup, not `in` and then the item)
                values.append(fact[0] if fact is not None else None)
            pattern = tuple(values)
            implied = self._implied.get(pattern)
            if implied is None:
                probe = {
                    name: (value, "") for name, value in zip(self._classes, pattern, strict=True) if value is not None
                }
                self._imply(probe, set())
                # what the implications added, and what an `override` implication changed (radio=false ->
                # transmitter=false over a word's transmitter): the basis must name the implication, not the word
                added = tuple([(name, fact) for name, fact in probe.items()
                               if name not in facts or facts[name][0] != fact[0]])  # (a list: cpdef, facts.pxd)
                implied = ({name: probe[name][0] if name in probe else False for name in self._classes}, added)
                if len(self._implied) < 65536:
                    self._implied[pattern] = implied
            known, added = implied  # (the class values, what the implications added: typed, facts.pxd)
            classes = known.copy()
            basis = dict(self._default_basis(product_type))
            for name, fact in facts.items():  # (a loop, not `update` with a dict comprehension: one dict and call less)
                basis[name] = fact[1]
            for name, fact in added:
                basis[name] = fact[1]
            open_classes = self._open(core, facts, added)
        for name, why in open_classes:
            basis[name] = why
        basis["product_type"] = core.type_basis or "no signal says what the product is"
        signal = SIGNAL_ATTRIBUTES if attributes and not core.established else core.signal
        # (`derived` and `open` passed by position: a keyword costs the C `__init__` its keyword parsing)
        # (a list comprehension, not a generator expression: compiled, a generator is an object and a call per class)
        return TypeResult(product_type, core.established, classes, basis, signal, None,
                          tuple([name for name, _ in open_classes]) if open_classes else ())

    def _open(self, core: Core, facts: Facts, implied: tuple[tuple[str, tuple[bool, str]], ...]
              ) -> tuple[tuple[str, str], ...]:
        """(class, basis) of the `sold_both_ways` classes that neither the facts nor the implications decided. A bucket
        reading ("Mouse Pads & Mice") may be any of its alternatives, so a class one of them leaves open is open
        (the first such alternative names it), not only the first alternative's; then those of the category entry the
        product reads through (gtax47: a shelf of kinds sold both ways), for the classes no kind named."""
        kinds = core.alternatives or ((core.product_type,) if core.product_type is not None else ())
        found: dict[str, str] = {}
        for kind in kinds:
            for name in self._both_ways.get(kind, ()):
                if name not in found and name not in facts:
                    found[name] = self._open_basis[(kind, name)]
        if core.shelf_open:
            for name, why in core.shelf_open:
                if name not in found and name not in facts:
                    found[name] = why
        if found and implied:  # (rare: an implication decided a class the kind leaves open)
            for name, _ in implied:
                found.pop(name, None)
        return tuple(found.items())

    def _default_basis(self, product_type: str | None) -> dict[str, str]:
        """Basis of a class nothing decided (cached per type)."""
        basis = self._defaults.get(product_type)
        if basis is None:
            if product_type is None:
                basis = {
                    name: f"no signal establishes the product type or {name}: assumed false" for name in self._classes
                }
            else:
                basis = {
                    name: f"{product_type} leaves {name} open and no word decides it: assumed false"
                    for name in self._classes
                }
            self._defaults[product_type] = basis
        return basis


def _holds(facts: Facts, name: str) -> bool:
    """Whether the facts set the class true."""
    fact = facts.get(name)
    return fact is not None and fact[0]


def _fits_type(only_types: frozenset[str | None], skip_types: frozenset[str | None], type_id: str | None,
               also_type: str | None) -> bool:
    """Whether a modifier speaks of this product's type: its `only_types` name the type or the second product a title
    names (`also_type`), and its `skip_types` do not name the type. One test for `_apply_modifiers` and
    `_power_outranks_entry`, so a title word outranks a shelf only where it would also set the class."""
    if only_types and type_id not in only_types and (also_type is None or also_type not in only_types):
        return False  # (battery53: None in only_types is the untyped product; a typed one has no second type None)
    return type_id not in skip_types


def _all_hold(values: Mapping[str, bool], conditions: tuple[tuple[str, bool], ...]) -> bool:
    """Whether every (class, value) of `conditions` holds in `values` (a loop: the caller is a C method when
    compiled, which cannot hold the generator `all(...)` would need)."""
    for name, value in conditions:
        if values.get(name) != value:
            return False
    return True
