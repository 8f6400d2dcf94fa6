"""One Aho-Corasick automaton over every phrase of the vocabulary, and the title reader built on it.

A single pass over a normalised text finds all type synonyms, category hints, modifiers, negative contexts
and phrase splitters at once (pyahocorasick, in C). The normaliser leaves exactly one space between tokens
(and splits letters from digits and Latin from CJK), so a Latin phrase is stored padded with spaces and
searched in the space-padded text: it can only match whole words, and no Python-level boundary check is
needed. CJK phrases are stored unpadded: CJK is written without spaces.

Reading a title is head-noun reading: English and Chinese noun phrases are head-final, so in
"Bluetooth speaker stand" the product is the stand. The text is cut into segments at punctuation, " - "
and list splitters ("with"); a target splitter ("for", "compatible with", "适用于") starts a segment that
names what the product is *for*, which never names the product itself unless nothing else does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter

import ahocorasick

from .normalise import CJK_MARK, PATH_SEPARATOR, SEGMENT_BREAK, SOFT_BREAK, has_cjk, is_cjk, mark_cjk
from .records import record_repr, with_changes
from .vocabulary import Vocabulary

KIND_TYPE = 0  # product type synonym: counts in any text
KIND_HINT = 1  # category hint: counts only in category paths and marketplace product types
KIND_MOD = 2  # modifier word
KIND_NEG = 3  # negative context: suppresses the listed types/modifiers inside its span
KIND_LIST = 4  # list splitter ("with"): ends a noun phrase
KIND_TARGET = 5  # target splitter ("for"): what follows names the target, not the product

_COMPOUND = 5  # a German compound head noun matched at a word's end (de56): the sixth list of a scan
_WITH_MOD = 6  # a modifier phrase beginning "with" (elec46): ends a target that names no kind
_HARD, _SOFT, _PATH = 0, 1, 2  # kinds of punctuation break
_HARD_MARK, _SOFT_MARK, _PATH_MARK = f" {SEGMENT_BREAK} ", f" {SOFT_BREAK} ", f" {PATH_SEPARATOR} "
_MARKS = ((_HARD_MARK, -1 - _HARD), (_SOFT_MARK, -1 - _SOFT), (_PATH_MARK, -1 - _PATH))  # (mark, event kind)
_START, _END = itemgetter(0), itemgetter(1)
_PHRASE_ENDS = (SEGMENT_BREAK, SOFT_BREAK, PATH_SEPARATOR)  # marks after a phrase's last word (`trailing_list`)
_INSERTION_MAX = 24  # `_sort_longest_first`: longer lists are sorted by `list.sort`
_LIST_OF = {KIND_TYPE: 0, KIND_HINT: 1, KIND_MOD: 2, KIND_NEG: 3, KIND_LIST: 4, KIND_TARGET: 4}


# The fields of a `Hit`, in the order its `__init__` takes them (and a tuple of it holds them)
HIT_FIELDS = ("start", "end", "kind", "ref", "segment", "target", "path", "sub")


class Hit:
    """A vocabulary match in a (space-padded) normalised text, with its reading context.

    start, end: offsets in the padded text; kind: KIND_TYPE, KIND_HINT or KIND_MOD; ref: the type's or modifier's
    id; segment: the index of its segment; target: in a target segment ("for ..."); path: the index of the category
    path segment (0 outside category paths); sub: inside a "with ..." part, what comes with the product.

    It was a NamedTuple and still behaves as one where the readers used it so (compared, sorted and hashed by its
    fields in this order; `_replace`). Compiled, matcher.pxd makes it an extension type (speed48):
    `_hit` fills a new one's C fields directly, where a NamedTuple cost `tuple.__new__` through the type's generic call
    and a copy of an argument tuple (about 1,000 instructions a hit, 6-7 hits a product), and this module reads the
    fields of a hit typed as one in C.
    """

    __slots__ = HIT_FIELDS

    def __init__(self, start: int, end: int, kind: int, ref: str, segment: int, target: bool, path: int,
                 sub: bool) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.ref = ref
        self.segment = segment
        self.target = target
        self.path = path
        self.sub = sub

    def _tuple(self) -> tuple[int, int, int, str, int, bool, int, bool]:
        return (self.start, self.end, self.kind, self.ref, self.segment, self.target, self.path, self.sub)

    def _replace(self, **changes: object) -> Hit:
        """A copy with the named fields changed (as a NamedTuple's `_replace`; `Matcher.trailing_list`)."""
        return with_changes(self, HIT_FIELDS, changes)

    def __eq__(self, other: object) -> bool:
        return self._tuple() == other._tuple() if isinstance(other, Hit) else NotImplemented

    def __lt__(self, other: object) -> bool:  # `mentions` sorts hits by start first
        return self._tuple() < other._tuple() if isinstance(other, Hit) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._tuple())

    def __repr__(self) -> str:
        return record_repr(self, HIT_FIELDS)


def _hit(start: int, end: int, kind: int, ref: str, segment: int, target: bool, path: int, sub: bool) -> Hit:
    """A new hit without a call of its class (compiled: a C function that allocates one and fills its C fields)."""
    hit = Hit.__new__(Hit)
    hit.start = start
    hit.end = end
    hit.kind = kind
    hit.ref = ref
    hit.segment = segment
    hit.target = target
    hit.path = path
    hit.sub = sub
    return hit


@dataclass(frozen=True, slots=True)
class Mention:
    """A product type named in a text: which type, where (offsets in the normalised text), by which phrase."""

    type_id: str
    start: int
    end: int
    text: str
    via: str  # "synonym" or "category hint"


# The fields of a `Reading`, in the order its `__init__` takes them (and unpacking it gives them)
READING_FIELDS = ("text", "types", "modifiers")


class Reading:
    """What the automaton found in one text, after suppression, with segment numbers.

    text: the space-padded normalised text the offsets refer to; types: the type (and hint) hits; modifiers: the
    modifier hits. It was a NamedTuple and still unpacks, compares and prints as one. Compiled, matcher.pxd makes it
    an extension type, as `Hit` (s92): `_reading` fills a new one's C fields directly, where a NamedTuple cost
    `tuple.__new__` through the builtin's generic call and a copy of its argument tuple (about 700 instructions, one
    or two a product's readings).
    """

    __slots__ = READING_FIELDS

    def __init__(self, text: str, types: list[Hit], modifiers: list[Hit]) -> None:
        self.text = text
        self.types = types
        self.modifiers = modifiers

    def _tuple(self) -> tuple[str, list[Hit], list[Hit]]:
        return (self.text, self.types, self.modifiers)

    def __iter__(self) -> Iterator[object]:  # `text, types, modifiers = reading`, as the NamedTuple unpacked
        return iter(self._tuple())

    def __eq__(self, other: object) -> bool:
        return self._tuple() == other._tuple() if isinstance(other, Reading) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # holds lists: unhashable, as the NamedTuple of lists was

    def __repr__(self) -> str:
        return record_repr(self, READING_FIELDS)


def _reading(text: str, types: list[Hit], modifiers: list[Hit]) -> Reading:
    """A new reading without a call of its class (compiled: a C function that allocates one and fills its C fields)."""
    reading = Reading.__new__(Reading)
    reading.text = text
    reading.types = types
    reading.modifiers = modifiers
    return reading


class Matcher:
    """Builds the automaton once; `read` is then one C-level scan plus a few short list passes."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        # For head reading, "accessories", "case", "stand" are real heads ("laptop accessories", "speaker stand"),
        # but a specific accessory in the same phrase is more precise ("phone mount ... holder"); kind-generic words
        # ("toys", "cars", "clothing") rank below every specific type.
        self._generic = frozenset(t.id for t in vocab.types.values() if t.role == "generic")
        self._generic_accessory = frozenset(t.id for t in vocab.types.values() if t.role == "generic_accessory")
        self._accessory = frozenset(t.id for t in vocab.types.values() if t.role == "accessory")
        # Components (an SSD, RAM, a processor) are products of their own ("1TB NVMe SSD") but, after a
        # device noun in the same phrase, they are its specification ("Laptop ... 8GB RAM 256GB SSD").
        self._component = frozenset(t.id for t in vocab.types.values() if t.role == "component")
        # Devices (their type says EEE): what a keyword-stuffed title lists at its end as targets (`trailing_list`)
        self._device = frozenset(t.id for t in vocab.types.values() if t.facts.get("eee", (None,))[0] is True)
        entries: dict[str, list[tuple[int, str, frozenset[str] | None]]] = {}

        def add(phrase: str, kind: int, ref: str, targets: frozenset[str] | None = None) -> None:
            bucket = entries.setdefault(phrase, [])
            if kind == KIND_NEG:
                for index, (k, r, old) in enumerate(bucket):
                    if k == KIND_NEG:  # one negative phrase may guard several refs
                        bucket[index] = (k, r, None if old is None or targets is None else old | targets)
                        return
            if (kind, ref, targets) not in bucket:
                bucket.append((kind, ref, targets))

        for info in vocab.types.values():
            for phrase in info.synonyms:
                add(phrase, KIND_TYPE, info.id)
            for phrase in info.hints:
                add(phrase, KIND_HINT, info.id)
            for phrase in info.negative_contexts:
                add(phrase, KIND_NEG, "", frozenset({info.id}))
        for mod in vocab.modifiers.values():
            for phrase in mod.words:
                add(phrase, KIND_MOD, mod.id)
            for phrase in mod.negative_contexts:
                add(phrase, KIND_NEG, "", frozenset({"mod:" + mod.id}))
        for phrase in vocab.global_negative_contexts:
            add(phrase, KIND_NEG, "", None)
        for phrase in vocab.list_splitters:
            add(phrase, KIND_LIST, "")
        for phrase in vocab.target_splitters:
            add(phrase, KIND_TARGET, "")

        automaton = ahocorasick.Automaton()
        for phrase, bucket in entries.items():
            key, left, right = _key(phrase)
            # payload: offset from the match end to the phrase start, from the match end to the phrase's end (one past
            # its last character: 0 with the padding space, 1 without), then the entries split
            # by kind, so the scan loop does no per-entry dispatch: the first entry inline (most phrases have
            # exactly one), any others in a tuple
            # (a category hint's ref is stored marked with "\x00", as `read` hands hints on among the types)
            (index, value), *more = (
                (_LIST_OF[kind], targets if kind == KIND_NEG else kind if kind in (KIND_LIST, KIND_TARGET)
                 else "\x00" + ref if kind == KIND_HINT else ref)
                for kind, ref, targets in bucket
            )
            automaton.add_word(key, (len(key) - 1 - left, 1 - right, index, value, tuple(more)))
        # de56: a German compound's head noun read as the last part of a word ("Damenuhr", "Tischleuchte"): each
        # such synonym is also a key padded on its right only, so it matches at any word's end; `_compound_hits`
        # keeps it where three letters or more of the same word come before it, and reads a modifier word that
        # begins the compound ("Kinderrucksack"). A word that is a synonym of its own contains the head and keeps it
        for phrase, owners in vocab.compound_heads.items():
            key = mark_cjk(phrase) + " "
            first, *others = ((_COMPOUND, ref) for ref in owners)
            automaton.add_word(key, (len(key) - 1, 0, first[0], first[1], tuple(others)))
        self._compound_prefixes = vocab.compound_prefixes
        automaton.make_automaton()
        self._automaton = automaton
        # The few phrases of modifiers that read the brand field: most brands name none, and finding that out
        # in this small automaton is cheaper than a full `read`.
        brand_words = {phrase for mod in vocab.modifiers.values() if "brand" in mod.read_in for phrase in mod.words}
        self._brand_only = frozenset(mod.id for mod in vocab.modifiers.values() if mod.read_in == {"brand"})
        # s85: a modifier that speaks only of some kinds (`only_types`, none of them the untyped product) makes its
        # phrase attributive (`read`) only beside one of those kinds: "Amplifier TV Antenna" is the antenna, while
        # "Amplifier Stereo Black" or "Solar Panel Monocrystalline" names no antenna or pump and is the amplifier or
        # the panel
        self._mod_kinds = {
            mod.id: mod.only_types for mod in vocab.modifiers.values() if mod.only_types and None not in mod.only_types
        }
        self._brand_automaton: ahocorasick.Automaton | None = None
        if brand_words:
            self._brand_automaton = ahocorasick.Automaton()
            for phrase in brand_words:
                self._brand_automaton.add_word(_key(phrase)[0], None)
            self._brand_automaton.make_automaton()

    # -- scanning ------------------------------------------------------------------------------------------

    def read(self, text: str, hints: bool = False) -> Reading:
        """Scan a normalised text; `hints` admits category hints (category paths, marketplace types)."""
        padded = f" {text} "
        if not text:
            return _reading(padded, [], [])
        if not text.isascii() and has_cjk(text):
            padded = mark_cjk(padded)
        # types, hints, mods, negs, splits, compound heads: a list only for a kind the text has (s92: most texts have
        # types alone, or types and modifiers; five empty lists made and dropped were about 500 instructions a read)
        types: list = []
        hint_hits: list | None = None
        mods: list | None = None
        negs: list | None = None
        splits: list | None = None
        compounds: list | None = None
        for end, (back, tail, index, value, more) in self._automaton.iter(padded):
            start = end - back
            stop = end + tail
            other = 0
            while True:  # the phrase's first entry, then any others (`more`: a phrase of several kinds, rare)
                if index == 0:
                    types.append((start, stop, value))
                elif index == 2:
                    mods = _added(mods, (start, stop, value))
                elif index == 1:
                    hint_hits = _added(hint_hits, (start, stop, value))
                elif index == 3:
                    negs = _added(negs, (start, stop, value))
                elif index == 4:
                    splits = _added(splits, (start, stop, value))
                else:
                    compounds = _added(compounds, (start, stop, value))
                if other == len(more):
                    break
                index, value = more[other]
                other += 1
        if mods is None:
            mods = []
        if compounds:  # (a German compound's head: rare outside German titles)
            _compound_hits(padded, compounds, self._compound_prefixes, types, mods)
        if hints and hint_hits:
            types += hint_hits
        if not (mods or negs or splits):
            # the common case: no modifiers, negative contexts or splitters
            if not types:
                return _reading(padded, [], [])
            if len(types) > 1:
                types = _drop_contained(types)
            if _HARD_MARK in padded or _SOFT_MARK in padded or _PATH_MARK in padded:
                return _reading(padded, _marked_hits(padded, types), [])
            # one noun phrase
            if len(types) == 1:  # most often one type: no list comprehension (a function call of its own)
                start, end, ref = types[0]
                if ref[0] == "\x00":
                    return _reading(padded, [_hit(start, end, KIND_HINT, ref[1:], 0, False, 0, False)], [])
                return _reading(padded, [_hit(start, end, KIND_TYPE, ref, 0, False, 0, False)], [])
            return _reading(
                padded,
                [
                    _hit(start, end, KIND_HINT, ref[1:], 0, False, 0, False)
                    if ref[0] == "\x00"
                    else _hit(start, end, KIND_TYPE, ref, 0, False, 0, False)
                    for start, end, ref in types
                ],
                [],
            )

        if len(types) > 1:
            types = _drop_contained(types)
        if len(mods) > 1:
            mods = _drop_contained(mods)
        if mods and types:
            # "battery powered" is a modifier: the "battery" inside it does not name a battery. A maker's name that
            # only the brand field speaks for is not read in a title, so it hides nothing there ("Power Trains Auto
            # Loader City" names trains)
            kept = _outside(types, mods, strictly_longer=True)
            if len(kept) < len(types):  # (rare: a type inside a longer modifier phrase)
                covers = [c for c in mods if c[2] not in self._brand_only]
                kept = _outside(types, covers, strictly_longer=True) if covers else types
            types = kept
        if negs:  # (loops, not comprehensions: each comprehension is a call of its own)
            kept = []
            for t in types:
                if not _negated(t[0], t[1], t[2].lstrip("\x00"), negs):
                    kept.append(t)
            types = kept
            if mods:
                kept = []
                for m in mods:
                    if not _negated(m[0], m[1], "mod:" + m[2], negs):
                        kept.append(m)
                mods = kept
        if splits:
            splits = _outside(splits, types + mods, strictly_longer=False)
            if len(splits) > 1:
                splits = _drop_contained_splits(splits)
            if " plus " in padded:
                splits = _without_suffix_plus(padded, splits)

        # Segments: punctuation or a list splitter starts a new one; a target splitter starts a target segment,
        # which lasts until the next hard break (a comma keeps it: "for iPad 2, iPad 3"); a path separator
        # also starts a new category path segment.
        bounds = [0]
        ends: list[int] = []
        target_flags = [False]
        sub_flags = [False]
        path_flags = [0]
        if splits or _HARD_MARK in padded or _SOFT_MARK in padded or _PATH_MARK in padded:
            events: list[tuple[int, int, int]] = [
                (s, e, KIND_TARGET if k == KIND_TARGET else KIND_LIST) for s, e, k in splits
            ] if splits else []
            if mods and splits:
                # a modifier phrase that begins "with" ("with lights") swallowed its list splitter: after a target
                # it still ends an audience target (below), and nowhere else makes a segment
                for m in mods:
                    if padded.startswith("with ", m[0]):
                        events.append((m[0], m[0], _WITH_MOD))
            for mark, kind in _MARKS:
                pos = padded.find(mark)
                while pos != -1:
                    events.append((pos + 1, pos + 2, kind))
                    pos = padded.find(mark, pos + 2)
            events.sort()
            current = sub = False
            path = 0
            target_from = 0
            for start, stop, kind in events:
                if kind == KIND_TARGET:
                    current = True
                    target_from = stop
                elif kind == KIND_LIST or kind == _WITH_MOD:
                    if current:
                        # elec46: a target that names no kind is an audience ("Car Toy for Kids with Lights and
                        # Sounds"): the with-part after it is the product's again, so its features are read
                        named = False
                        for t in types:
                            if target_from <= t[0] < start:
                                named = True
                                break
                        if not named:
                            current = False
                        elif kind == _WITH_MOD:
                            continue
                    elif kind == _WITH_MOD:
                        continue
                    sub = True
                elif kind == -1 - _HARD:
                    current = sub = False
                elif kind == -1 - _PATH:
                    current = sub = False
                    path += 1
                ends.append(start)
                bounds.append(stop)
                target_flags.append(current)
                sub_flags.append(sub)
                path_flags.append(path)
        ends.append(len(padded))
        if mods and types and len(types) + len(mods) > 1:
            # A phrase that is both a type and a modifier ("remote control", "toy") names the product only at the
            # end of its noun phrase; followed by more words it is attributive ("remote control levitation ball").
            # Brand-only modifiers are not read in a title, so they leave its types alone ("LEGO Racers 8384").
            # A modifier of some kinds only, none of them beside it, leaves a specific type alone (`_mod_kinds`)
            # unless another kind follows it, specs aside ("Charger Stand", "Solar Panel Pump Kit": a kind far on is
            # what the product fits, "Solar Panel 100W Monocrystalline Boat Yacht"); a generic word ("Car Door Guard")
            # and a category path's word (review85a: "Toy Remote Control & Play Vehicles") stay attributive.
            brand_only = self._brand_only
            mod_kinds = self._mod_kinds
            mod_spans = set()  # a loop, not a set comprehension: one or two modifiers, and a comprehension is a call
            weak_spans = set()
            for m in mods:
                if m[2] not in brand_only:
                    kinds = None if hints else mod_kinds.get(m[2])  # (a path keeps every shared word attributive)
                    if kinds is not None:
                        beside = False
                        for t in types:
                            if t[2] in kinds:
                                beside = True
                                break
                        if not beside:
                            weak_spans.add((m[0], m[1]))
                            continue
                    mod_spans.add((m[0], m[1]))
            generic = self._generic
            kept = []
            for t in types:
                span = (t[0], t[1])
                if span in mod_spans or span in weak_spans:
                    seg = _bisect_right(bounds, t[0]) - 1
                    rest = padded[t[1] : ends[seg]]
                    if rest.strip() and not _only_specs(rest):
                        if span in mod_spans or t[2] in generic:
                            continue
                        followed = False  # (review85b: another kind right after it, specs aside, not one far on)
                        for u in types:
                            if t[1] <= u[0] < ends[seg]:
                                gap = padded[t[1] : u[0]]
                                if not gap.strip() or _only_specs(gap):
                                    followed = True
                                    break
                        if followed:
                            continue
                kept.append(t)
            types = kept

        type_hits = []
        mod_hits = []
        if len(bounds) == 1:  # one segment: no lookups
            for start, end, ref in types:
                if ref[0] == "\x00":
                    type_hits.append(_hit(start, end, KIND_HINT, ref[1:], 0, False, 0, False))
                else:
                    type_hits.append(_hit(start, end, KIND_TYPE, ref, 0, False, 0, False))
            for start, end, ref in mods:
                mod_hits.append(_hit(start, end, KIND_MOD, ref, 0, False, 0, False))
        else:
            for start, end, ref in types:
                seg = _bisect_right(bounds, start) - 1
                kind = KIND_TYPE
                if ref[0] == "\x00":
                    kind, ref = KIND_HINT, ref[1:]
                type_hits.append(_hit(start, end, kind, ref, seg, target_flags[seg], path_flags[seg],
                                      sub_flags[seg]))
            for start, end, ref in mods:
                seg = _bisect_right(bounds, start) - 1
                mod_hits.append(_hit(start, end, KIND_MOD, ref, seg, target_flags[seg], path_flags[seg],
                                     sub_flags[seg]))
        return _reading(padded, type_hits, mod_hits)

    def names_brand_words(self, text: str) -> bool:
        """False when `read(text)` can have no hit of a modifier that reads the brand field (its phrases are absent)."""
        if self._brand_automaton is None:
            return False
        padded = f" {text} "
        if not text.isascii() and has_cjk(text):
            padded = mark_cjk(padded)
        for _ in self._brand_automaton.iter(padded):
            return True
        return False

    # -- head-noun reading ---------------------------------------------------------------------------------

    def head(self, hits: list[Hit]) -> Hit | None:
        """The type a text is about: the right-most specific type of the first segment that has one.

        Generic types ("toy", "cars") only count when no specific type is named; what comes "with" the product
        ("pool with hand pump") only when the main phrase names nothing; target segments ("for iPhone") only
        when nothing else is named at all.
        """
        if len(hits) < 2:
            return hits[0] if hits else None
        best: Hit | None = None
        best_key: tuple[bool, bool, int, int, int, int] | None = None
        generic = self._generic
        generic_accessory = self._generic_accessory
        component = self._component
        # the segments with an accessory / a device, made only when a hit needs them (most lists have neither a
        # generic accessory nor a component)
        with_accessory: set[int] | None = None
        with_device: set[int] | None = None
        for hit in hits:
            ref = hit.ref
            if ref in generic:
                rank = 2
            elif ref in generic_accessory:
                if with_accessory is None:
                    accessory = self._accessory
                    with_accessory = {h.segment for h in hits if h.ref in accessory}
                rank = 1 if hit.segment in with_accessory else 0
            elif ref in component:
                if with_device is None:
                    with_device = {h.segment for h in hits if h.ref not in component
                                   and h.ref not in generic and h.ref not in generic_accessory}
                rank = 1 if hit.segment in with_device else 0
            else:
                rank = 0
            key = (hit.target, hit.sub, rank, hit.segment, -hit.end, hit.start)
            if best_key is None or key < best_key:
                best, best_key = hit, key
        if with_accessory is not None and best is not None and best.segment in with_accessory:
            return self._part_before_device(hits, best)  # (a generic accessory was named: the rare path)
        return best

    def trailing_list(self, reading: Reading, head: Hit) -> Reading | None:
        """A run of device nouns that ends a title's phrase names what the product is used with, not the product
        (stuffed43): "Portable Solid State Drive ... Video Recording Mobile Phone Camera Drone Laptop", "Boost Module
        Mobile Laptop Car". Keyword-stuffed titles list the product's targets at the end with no "for"; head-final
        reading takes the last of them. When the head ends its phrase and is the last of a run of device nouns
        (their type says EEE; a party pack's "Balloon Banner Candle Badge" lists its contents) of three or more
        different types, named one after another with nothing between them, and the phrase names another type
        before the run, the run's words are read as a target segment (None otherwise: the head stands). Two nouns in
        a row are often one compound ("Phone Laptop" never names a product, but "Camera Drone" or "Desk Lamp" do), so
        the run needs three kinds. A kind named twice stays in the run ("iPhone Samsung Phone Tablet Camera": review43),
        else the list's first members were read as the product. Called only when the title names three types or
        more."""
        if head.ref not in self._device:
            return None
        text = reading.text
        rest = text[head.end :].lstrip()
        if rest and rest[0] not in _PHRASE_ENDS:
            return None
        types = reading.types
        at = types.index(head)
        run = [head]
        refs = {head.ref}
        index = at - 1
        while index >= 0:
            hit = types[index]
            if (hit.segment != head.segment or hit.end > run[-1].start or text[hit.end : run[-1].start].strip()
                    or hit.ref not in self._device):  # (an overlapping hit is another reading of the same words)
                break
            run.append(hit)
            refs.add(hit.ref)
            index -= 1
        if len(refs) < 3 or not any(h.segment == head.segment and not h.target for h in types[: index + 1]):
            return None
        listed = {(h.start, h.end) for h in run}
        return Reading(text, [h._replace(target=True) if (h.start, h.end) in listed else h for h in types],
                       reading.modifiers)

    def _part_before_device(self, hits: list[Hit], best: Hit) -> Hit:
        """A phrase ending in a generic part or accessory word after a device names a part of that device.

        "Propeller Guard Cover Syma X11 RC Quadcopter Spare Parts": marketplace titles name the part, then the model it
        fits with no "for", then the kind of goods ("Spare Parts", "Accessories"); head-final reading would take the
        device, since the generic word yields to the specific part. When the generic word comes after the device in
        the device's own phrase, the right-most specific accessory before it is the product.
        """
        accessory = self._accessory
        if best.ref in accessory:
            return best
        segment = best.segment
        tail = False
        part: Hit | None = None
        for hit in hits:
            if hit.segment != segment:
                continue
            if hit.start >= best.end and hit.ref in self._generic_accessory:
                tail = True
            elif hit.end <= best.start and hit.ref in accessory and (part is None or hit.end > part.end):
                part = hit
        return part if tail and part is not None else best

    def mentions(self, text: str, hints: bool = False) -> list[Mention]:
        """Every type named in a normalised text, in order (negative contexts and contained phrases removed).

        Offsets refer to the normalised text itself (not the padded one).
        """
        reading = self.read(text, hints=hints)
        padded = reading.text

        def offset(index: int) -> int:  # back from the padded, CJK-marked text to the normalised text
            return index - 1 - (padded.count(CJK_MARK, 0, index) if CJK_MARK in padded else 0)

        return [
            Mention(
                h.ref,
                offset(h.start),
                offset(h.end),
                padded[h.start : h.end].replace(CJK_MARK, ""),
                "category hint" if h.kind == KIND_HINT else "synonym",
            )
            for h in sorted(reading.types)
        ]


def _added(hits: list | None, hit: tuple) -> list:
    """`hits` with `hit` appended, a new list when there is none yet (`Matcher.read`: a list only for a kind found)."""
    if hits is None:
        return [hit]
    hits.append(hit)
    return hits


def _bisect_right(items: list[int], at: int) -> int:
    """`bisect.bisect_right(items, at)`, the same search (s93): compiled, a C function on C integers, where the builtin
    was a generic call (a segment's number, once a hit of a text with breaks)."""
    low = 0
    high = len(items)
    while low < high:
        middle = (low + high) // 2
        if at < items[middle]:
            high = middle
        else:
            low = middle + 1
    return low


def _marked_hits(padded: str, types: list[tuple[int, int, str]]) -> list[Hit]:
    """The hits of a text whose only structure is punctuation, with their segments: what `read` builds from its
    events, without them (no target or "with" parts; the path number counts path separators)."""
    bounds = [0]
    paths: list[int] = []
    for mark, kind in _MARKS:
        pos = padded.find(mark)
        while pos != -1:
            bounds.append(pos + 2)
            if kind == -1 - _PATH:
                paths.append(pos + 2)
            pos = padded.find(mark, pos + 2)
    bounds.sort()
    hits = []
    for start, end, ref in types:
        seg = _bisect_right(bounds, start) - 1
        path = _bisect_right(paths, start) if paths else 0
        if ref[0] == "\x00":
            hits.append(_hit(start, end, KIND_HINT, ref[1:], seg, False, path, False))
        else:
            hits.append(_hit(start, end, KIND_TYPE, ref, seg, False, path, False))
    return hits


# Units a specification after a noun is written in ("Charger 20W", "Power Bank 10000mAh", "Cable 2m 3 Pack"); a
# lead-acid or LiFePO4 battery's capacity in ampere-hours ("UPS Battery 12V 7Ah", code47)
# wm61: a US store's pack counts ("Alkaline 9 Volt Batteries 6ct", "357 Battery 3pk") are specs as "2 pack" is
_SPEC_UNITS = frozenset({"w", "watt", "watts", "kw", "v", "volt", "volts", "a", "amp", "amps", "ma", "mah", "ah", "wh",
                         "kwh", "pd", "qc", "pcs", "pc", "pack", "x", "m", "cm", "mm", "ft", "in", "inch", "inches",
                         "ct", "pk", "count"})


# A model code's letters before its digits have no vowel when there are two or three of them ("dcb", "bl", "bs")
_VOWELS = frozenset("aeiouy")
# ... but "RC" is the radio-control abbreviation, not a code: "Monster Truck Remote Control RC 1:16" and "Drone Remote
# Control RC 2.4G" name the model with its scale or band, and their "remote control" is the model's (review54)
_WORD_LETTERS = frozenset({"rc"})
# mr63: what a reseller writes after the product's name ("Hp charger free shipping", "Charger NWT", "Remote control
# new in box"): the condition and the deal, longest first. No word that is also a noun the phrase could go on to
# ("ship", "firm"); "brand" and "like" only before "new"
_SELLER_WORDS = frozenset({"new", "shipping", "nwt", "nwot", "nib", "bnib", "bnwt", "nip", "sealed", "used", "euc",
                           "guc", "obo", "authentic", "genuine", "oem"})
_SELLER_PHRASES = (["new", "in", "box"], ["brand", "new"], ["like", "new"], ["free", "shipping"])


def _only_specs(rest: str) -> bool:
    """The words after a phrase are only its specification: a number first, then numbers and units ("20 w", "2 pack",
    "65 w 3 a"). A phrase that is both a type and a modifier ("charger") still ends its noun phrase then: "iPad Pro
    Charger 20W" is a charger, as "iPad Pro Charger" is, where "Charger Cable" is a cable (charger44). So does a model
    code after it, which normalising splits into a short run of letters and its digits ("RYOBI ONE+ 18V 4.0 Ah
    Lithium-Ion Battery P108" ends "battery p 108", "... Battery DCB205" "battery dcb 205"): a code names no noun the
    phrase could go on to (amzus54). A reseller's condition and deal words may end either ("Charger new in box")."""
    words = rest.split()
    if not words:
        return False
    if words[-1] in _SELLER_WORDS or words[-1] == "box":
        while words:
            for phrase in _SELLER_PHRASES:
                if words[-len(phrase):] == phrase:
                    del words[-len(phrase):]
                    break
            else:
                if words[-1] not in _SELLER_WORDS:
                    break
                words.pop()
        if not words:
            return True
    first = words[0]
    if first[0].isdigit():
        return all(w[0].isdigit() or w in _SPEC_UNITS for w in words)
    # (a code: one to three letters, then a number, then numbers and units only, or a one- or two-letter suffix last:
    # "bl 1850 b", Makita's BL1850B)
    if len(words) < 2 or len(first) > 3 or not first.isalpha() or not words[1][0].isdigit():
        return False
    if (len(first) > 1 and not _VOWELS.isdisjoint(first)) or first in _WORD_LETTERS:
        return False  # (a word, not a code's letters: "Car No 26" is a racing number, "Box 2" a box, "RC 1 16" a scale)
    last = words[-1]
    body = words[1:-1] if len(words) > 2 and len(last) <= 2 and last.isalpha() else words[1:]
    return all(w[0].isdigit() or w in _SPEC_UNITS for w in body)


def _compound_hits(padded: str, compounds: list, prefixes: tuple, types: list, mods: list) -> None:
    """Adds to `types` each compound head (`reading.compound_heads`) that ends a word after three letters or more of
    it ("damenuhr", not "uhr" alone: its own synonym reads that, nor "whose"), and to `mods` the modifier words that
    begin such a word (`reading.compound_prefixes`: "kinderrucksack" is a child's backpack). Only the letters before
    the head are looked at, only when a head matched: a title without one pays nothing."""
    for start, stop, ref in compounds:
        word = padded.rfind(" ", 0, start) + 1
        if start - word < 3 or not padded[word:start].isalpha():
            continue
        types.append((start, stop, ref))
        for prefix, refs in prefixes:
            if padded.startswith(prefix, word) and word + len(prefix) <= start:
                for mod in refs:
                    mods.append((word, word + len(prefix), mod))
                break


def _key(phrase: str) -> tuple[str, int, int]:
    """A phrase as an automaton key (Latin ends padded with a space, CJK marked), with its left and right padding."""
    left = 0 if is_cjk(phrase[0]) else 1
    right = 0 if is_cjk(phrase[-1]) else 1
    return (" " if left else "") + mark_cjk(phrase) + (" " if right else ""), left, right


def _drop_contained(items: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the longest match where matches nest ("phone case" swallows "phone"; "女童" swallows "女")."""
    if len(items) == 2:
        (s0, e0, r0), (s1, e1, r1) = items
        if s0 <= s1 and e1 <= e0 and (e0 - s0 > e1 - s1 or r0 == r1):
            return [items[0]]
        if s1 <= s0 and e0 <= e1 and (e1 - s1 > e0 - s0 or r0 == r1):
            return [items[1]]
        if not (s0 < e1 and s1 < e0):  # disjoint: nothing to drop
            return items
    _sort_longest_first(items)
    kept: list[tuple[int, int, str]] = []
    for item in items:
        start, end, ref = item  # (unpacked once: compiled, matcher.pxd makes the offsets C integers)
        for k_start, k_end, k_ref in kept:
            if k_start <= start and end <= k_end and (k_end - k_start > end - start or k_ref == ref):
                break
        else:
            kept.append(item)
    return kept


#: words before a count, after which "plus" still lists ("Pack of 4 Plus Charger", "2 x AA plus ...")
_COUNT_WORDS = frozenset({"of", "x", "pack", "pk", "set", "pcs", "pieces", "count", "ct"})


def _has_digit(word: str) -> bool:
    """Whether a word holds a digit."""
    return any(char.isdigit() for char in word)


def _without_suffix_plus(padded: str, splits: list[tuple]) -> list[tuple]:
    """The splits but a "plus" right after a word with a digit: there it ends a model's name or an age ("iPhone 6s Plus
    Case", "Galaxy Note 8 Plus Screen Protector", "Ages 3 Plus") and lists nothing (mr62: "Adidas iPhone 6 Plus 6s Plus
    Case" read the phone, its radio and mains, for the case). After a count it still lists ("Pack of 4 Plus Charger").
    The phones of radio51 whose names end in "Plus" are synonyms; a model the vocabulary does not name, or a second one
    after the first, was cut off from its noun."""
    kept = []
    for split in splits:
        start = split[0]
        if padded.startswith("plus ", start) or padded.startswith(" plus ", start):
            words = padded[:start].split()[-3:]
            # (the normaliser parts a model's letters from its digits: "6s" is "6 s", "S8" is "s 8")
            if len(words) >= 2 and len(words[-1]) <= 2 and not _has_digit(words[-1]) and _has_digit(words[-2]):
                words = words[:-1]
            if words and _has_digit(words[-1]) and (len(words) < 2 or words[-2] not in _COUNT_WORDS):
                continue
        kept.append(split)
    return kept


def _outside(items: list[tuple], covers: list[tuple], strictly_longer: bool) -> list[tuple]:
    """The items not inside any cover span (for modifiers: inside a strictly longer one)."""
    kept = []
    for item in items:
        start, end = item[0], item[1]
        for cover in covers:
            if cover[0] <= start and end <= cover[1] and (not strictly_longer or cover[1] - cover[0] > end - start):
                break
        else:
            kept.append(item)
    return kept


def _sort_longest_first(items: list) -> None:
    """Sort spans by start, the longest first where they start together, ties kept in order: two stable sorts
    by C-level keys (by end, descending; then by start) instead of a Python key function per span.

    A short list (nearly every one: two to a dozen spans, mostly in order already) is sorted in place by insertion
    instead (speed52): the same order (a span moves only past spans that start after it, or start with it and end
    before it, so ties keep their order), and compiled, the comparisons are of C integers with no call, where each
    `sort` with keywords cost a method call, a key per span and a list of keys (about 1,500 instructions)."""
    n = len(items)
    if n > _INSERTION_MAX:
        items.sort(key=_END, reverse=True)
        items.sort(key=_START)
        return
    for i in range(1, n):
        item = items[i]
        start = item[0]
        end = item[1]
        j = i - 1
        while j >= 0:
            other = items[j]
            o_start = other[0]
            if o_start < start or (o_start == start and other[1] >= end):
                break
            items[j + 1] = other
            j -= 1
        items[j + 1] = item


def _drop_contained_splits(splits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    _sort_longest_first(splits)
    kept: list[tuple[int, int, int]] = []
    for item in splits:
        if not any(o[0] <= item[0] and item[1] <= o[1] for o in kept):
            kept.append(item)
    return kept


def _negated(start: int, end: int, ref: str, negs: list[tuple[int, int, frozenset[str] | None]]) -> bool:
    for n_start, n_end, targets in negs:
        if n_start <= start and end <= n_end and (targets is None or ref in targets):
            return True
    return False
