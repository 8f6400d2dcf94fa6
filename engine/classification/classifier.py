"""Product classification: what a product is, which regulatory classes follow, and the basis of each.

Signals, in order of trust (the first that names a type establishes it; a later one only refines it):

1. explicit attributes (a dict of known class values from the integrator): override classes, applied last;
2. HS code: the longest matching heading names a type and/or class facts;
3. marketplace product type (Amazon `HEADPHONES`) and the category path, most specific segment first; a path of the
   Google or the Shopify product taxonomy (or a category id of either, `_category_id`) is read through their
   tables (`google_product_categories.yaml`, `shopify_product_categories.yaml`, one tree): the longest listed prefix
   names the type, and a leaf below it refines only when it reads as a kind of the branch.
   A category is where a product is *shelved*: when the title names an accessory (a case shelved under
   phones), or the category segment is a bucket of several kinds ("Cables, Chargers & Adapters"), or the
   category type is generic ("Toys"), the title's head noun refines it;
4. title, read for its head noun;
5. description and bullet points, when nothing above names a type.

A type gives the classes it determines; modifiers ("bluetooth", "kids", "collector") decide the classes it
leaves open (or override, where the YAML says so); generic implications (radio => eee) complete the set, and
whatever is still open is false, with a basis saying that nothing decided it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import NamedTuple

from crossguard.rules import RULES_DIR

from .matcher import KIND_HINT, Hit, Matcher, Mention, Reading
from .normalise import CJK_MARK, PATH_SEPARATOR, SEGMENT_BREAK, SOFT_BREAK, normalise
from .secondary import blank_codes, narrower_in_description, second_product
from .shelf_sense import shelf_sense, shelf_senses
from .vocabulary import CategoryInfo, HsInfo, ModifierInfo, Vocabulary, category_segments, kinds_of, load_vocabulary

DEFAULT_TYPES = RULES_DIR / "product_types.yaml"
DEFAULT_HS = RULES_DIR / "hs_codes.yaml"
DEFAULT_GOOGLE = RULES_DIR / "google_product_categories.yaml"
DEFAULT_SHOPIFY = RULES_DIR / "shopify_product_categories.yaml"
#: How a Shopify API names a category ("gid://shopify/TaxonomyCategory/el-4-8"): the id after it is read at any depth.
SHOPIFY_GID = "gid://shopify/TaxonomyCategory/"
#: A Shopify id written bare: only with two numbers or more ("el-4-8"); "ap-2" or "hb-1" in a category column is as
#: likely a seller's own code as Shopify's, and Shopify's exports write the path or the gid, not the bare id.
_SHOPIFY_BARE_ID = re.compile(r"[a-z]{2}(?:-[1-9][0-9]*){2,}")

SIGNAL_ATTRIBUTES = "attributes"
SIGNAL_HS = "hs_code"
SIGNAL_PRODUCT_TYPE = "product_type"
SIGNAL_CATEGORY = "category"
SIGNAL_TITLE = "title"
SIGNAL_DESCRIPTION = "description"
SIGNAL_NONE = "none"
SIGNAL_OVERRIDE = "override"
PART_TYPE = "spare_part"  # the type whose words ("spare parts", "replacement part") say a title names a part

# Separators between the alternatives of a category bucket ("Cables, Chargers & Adapters").
_BUCKET_SEPARATORS = (f" {SEGMENT_BREAK} ", f" {SOFT_BREAK} ", " & ", " and ", " or ", " / ", " + ")
# Where each separator starts, in one scan: every separator starts with a space, and the match takes only that space
# (the rest is a lookahead), so overlapping ones are found too; no two separators can start at the same place (their
# second characters differ), so this is every start of every separator, in order. Leading with the literal space
# lets the regex engine skip to the next space instead of trying the pattern at every character.
_BUCKET_CUT_WORD = re.compile(r"^\s*(?:\S\s|and\s|or\s)")  # the separator an alternative starts with
_BUCKET_CUT = re.compile(" (?=" + "|".join(re.escape(sep[1:]) for sep in _BUCKET_SEPARATORS) + ")")

Facts = dict[str, tuple[bool, str]]
#: The classes that say a product is powered: a title word setting one outranks a category entry's "no" (`_build`).
_POWER_CLASSES = frozenset({"eee", "battery", "mains_lv"})
_FIRST = itemgetter(0)
_LEAF_POWER_CLASSES = ("radio", "mains_lv", "battery")  # what a leaf's power word must set to speak (`_leaf_power`)
_NO_KINDS: frozenset[str] = frozenset()
_KIND = attrgetter("kind")
_SOURCE_NAMES = {
    "title": "title",
    "category": "category",
    "marketplace type": "product_type",
    "description": "description",
    "brand": "brand",
    "category leaf": "category",  # a leaf naming no type below a typed segment (`_leaf_words`)
}


@dataclass(frozen=True, slots=True)
class ProductText:
    """What a catalog says about a product, as text. Only `title` is required."""

    title: str
    category: str | None = None
    brand: str | None = None
    product_type: str | None = None
    hs_code: str | None = None
    description: str | None = None
    bullet_points: tuple[str, ...] = ()


@dataclass(slots=True)
class TypeResult:
    """The classification of one product: every class is always set, each with its basis.

    `basis` has one entry per class plus `product_type` (which signal named the type, by which word).
    """

    product_type: str | None
    established: bool
    classes: dict[str, bool]
    basis: dict[str, str]
    signal: str
    #: A value derived from this result alone by the caller of `shared_result` (never by this module).
    derived: object = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class _Candidate:
    """A type (or a bucket of alternative types) named by one signal."""

    types: tuple[str, ...]
    signal: str
    evidence: str
    bucket: bool = False
    target: bool = False  # the title named the type only as what the product is for ("... for Model Car")
    part: bool = False  # the title also names a part or accessory word ("Spare Part ... RC Helicopter Ball Link")
    word: str = ""  # the phrase that named it (title or one-kind category segment): a description may narrow it
    also: tuple[str, str] | None = None  # a second product the title names ("A and B"): (type, evidence)
    vetoed: tuple[str, ...] = ()  # a taxonomy path's leaf read as these types, outside its branch: as the title may
    branch: frozenset[str] | None = None  # a category entry's own type: the kinds its branch holds


@dataclass(slots=True)
class _Core:
    """Cached, attribute-independent part of a classification (facts before implications)."""

    product_type: str | None
    established: bool
    signal: str
    facts: Facts
    type_basis: str | None
    final: TypeResult | None = None


class Classifier:
    """Classifies ProductTexts against a Vocabulary; results are cached by normalised text."""

    def __init__(self, vocab: Vocabulary, cache_size: int = 8192):
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self._classes = vocab.classes
        self._types = vocab.types
        self._modifiers = vocab.modifiers
        self._generic = frozenset(t.id for t in vocab.types.values() if t.generic)
        self._accessory = frozenset(t.id for t in vocab.types.values() if t.role == "accessory")
        self._generic_accessory = frozenset(t.id for t in vocab.types.values() if t.role == "generic_accessory")
        # Types whose own classes make them textiles (garments, costumes, linen) and types that are playthings: a
        # title naming a plaything refines a textile shelf (`_choose`).
        self._textile_types = frozenset(t.id for t in vocab.types.values() if t.facts.get("textile", (False,))[0])
        self._plaything_types = frozenset(t.id for t in vocab.types.values() if t.facts.get("toy", (False,))[0])
        self._merchandise = vocab.merchandise  # a title naming one refines a plaything shelf (`_choose`)
        # (one attribute: past 30, Python 3.11 stores an instance's in a plain dict)
        self._rules = _reader_rules(vocab, self.matcher)
        self._mod_order = {mod_id: index for index, mod_id in enumerate(vocab.modifiers)}
        self._skip_if = frozenset(mod.id for mod in vocab.modifiers.values() if mod.skip_if)
        # Modifiers a title may decide. The others' words found in a title (a maker's name that only the brand field
        # speaks for, a shelf word read only in category paths) would be dropped by `_apply_modifiers`: leaving them
        # out of the recipe saves building them and lets more products share one recipe.
        self._title_modifiers = frozenset(mod.id for mod in vocab.modifiers.values() if "title" in mod.read_in)
        self._type_phrases = frozenset(p for t in vocab.types.values() for p in t.synonyms)
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
        self._implied: dict[
            tuple[bool | None, ...], tuple[dict[str, bool], tuple[tuple[str, tuple[bool, str]], ...]]
        ] = {}
        self._cache_size = cache_size
        self._raw_cache: OrderedDict[tuple[object, ...], _Core] = OrderedDict()
        self._build = lru_cache(maxsize=cache_size)(self._build_uncached)
        self._path_state = lru_cache(maxsize=cache_size)(self._path_state_uncached)
        self._segment = lru_cache(maxsize=cache_size)(self._segment_uncached)
        self._brand_words = lru_cache(maxsize=cache_size)(self._brand_words_uncached)
        self._normalise = lru_cache(maxsize=cache_size)(normalise)
        self._category_parts = lru_cache(maxsize=cache_size)(_category_parts)
        # (one attribute: past 30, Python 3.11 stores an instance's in a plain dict; None when there is no table)
        self._categories = _CategoryTable(vocab.categories, frozenset(key[0] for key in vocab.categories)) if (
            vocab.categories) else None
        self._category_match = lru_cache(maxsize=cache_size)(self._category_match_uncached)

    @classmethod
    def from_files(cls, types_path: Path | str = DEFAULT_TYPES, hs_path: Path | str | None = DEFAULT_HS,
                   google_path: Path | str | None = DEFAULT_GOOGLE,
                   shopify_path: Path | str | None = DEFAULT_SHOPIFY) -> Classifier:
        """Load the vocabulary (and the HS table and the Google and Shopify category tables) and build a classifier."""
        return cls(load_vocabulary(types_path, hs_path, google_path, shopify_path))

    # -- public API ----------------------------------------------------------------------------------------

    def classify(self, product: ProductText, attributes: Mapping[str, bool | None] | None = None,
                 forced_type: str | None = None) -> TypeResult:
        """Classify one product; `attributes` (known class values; None = unknown) override everything else.

        `forced_type`: a type id decided by a person (an officer's override); it replaces what the signals
        say the product is, while the words of its texts still decide what the type leaves open.
        """
        if forced_type is not None and forced_type not in self._types:
            raise KeyError(f"unknown product type {forced_type!r}")
        core = self._core_of(forced_type, product.title, product.category, product.brand, product.product_type,
                             product.hs_code, product.description, product.bullet_points)
        if attributes and any(value is not None for value in attributes.values()):
            return self._finish(core, attributes)
        final = self._final(core)
        return TypeResult(final.product_type, final.established, dict(final.classes), dict(final.basis), final.signal)

    def shared_result(self, title: str, category: str | None = None, brand: str | None = None,
                      product_type: str | None = None, hs_code: str | None = None, description: str | None = None,
                      bullet_points: tuple[str, ...] = ()) -> TypeResult:
        """`classify` of these texts with no attributes and no override, without copying the result.

        The result is shared by every product whose texts read the same way (same recipe): read-only. Its
        `derived` slot is the caller's, for a value computed from the result alone (engine.classify keeps its
        Classification there), so products that read alike also share that work.
        """
        core = self._core_of(None, title, category, brand, product_type, hs_code, description, bullet_points)
        final = core.final
        return final if final is not None else self._final(core)

    def _final(self, core: _Core) -> TypeResult:
        final = core.final
        if final is None:
            final = core.final = self._finish(core, None)
        return final

    def _core_of(self, forced_type: str | None, title: str, category: str | None, brand: str | None,
                 product_type: str | None, hs_code: str | None, description: str | None,
                 bullet_points: tuple[str, ...]) -> _Core:
        """The cached core of these texts: first by the raw texts, then by their normalised form."""
        raw_key = (forced_type, title, category, brand, product_type, hs_code, description, bullet_points)
        cache = self._raw_cache
        core = cache.get(raw_key)
        if core is None:
            if bullet_points:
                description = " | ".join([description, *bullet_points] if description else bullet_points)
            # Not cached by the normalised texts: the raw-text cache catches repeated products, texts that differ only
            # in spelling are rare, and what they read to (the recipe) is cached by _build.
            key, whole = "", ""
            if category:
                parts = self._category_parts(category)
                key = _leaf_key(parts, title)
                if key == parts[1] != parts[0] and not parts[3]:
                    whole = parts[0]  # the title repeats the leaf: a taxonomy path is still read whole (for its veto)
            core = self._core_uncached(
                normalise(title),
                key,
                self._normalise(brand) if brand else "",
                normalise(product_type) if product_type else "",
                "".join(ch for ch in hs_code if ch.isdigit()) if hs_code else "",
                normalise(description) if description else "",
                forced_type or "",
                whole,
            )
            cache[raw_key] = core
            if len(cache) > self._cache_size:
                cache.popitem(last=False)
        return core

    def find_types(self, text: str) -> list[Mention]:
        """Every product type named in free text (recall notices, feed items), in order of appearance."""
        return self.matcher.mentions(normalise(text), hints=False)

    def cache_clear(self) -> None:
        """Forget cached results (benchmarks measure the cold path with this)."""
        self._raw_cache.clear()
        self._build.cache_clear()
        self._path_state.cache_clear()
        self._segment.cache_clear()
        self._brand_words.cache_clear()
        self._normalise.cache_clear()
        self._category_parts.cache_clear()
        self._category_match.cache_clear()

    # -- signals -------------------------------------------------------------------------------------------

    def _mask_brand(self, text: str, brand: str) -> str:
        """Blank out the brand ("Smart Choice", "Threads & Pals") so its words are not read as product words.

        Not when the title goes on to say a longer vocabulary phrase that begins with the brand ("Disney World of Cars"
        by "Disney", "Fisher-Price Laugh & Learn" by "Fisher-Price"): that phrase is the title's own words, and blanking
        the brand would cut it; the brand alone is still never read.
        """
        if not brand or brand not in text or len(brand) < 3 or brand == text or brand in self._type_phrases:
            return text
        padded = f" {text} "
        if f" {brand} " not in padded:
            return text
        phrases_after = self._rules.phrases_after
        if brand in phrases_after:  # (rare: a brand that begins a vocabulary phrase)
            for phrase in phrases_after[brand]:
                if f" {phrase} " in padded:
                    return text
        return padded.replace(f" {brand} ", " _ ").strip()  # "_" keeps the phrase structure and matches nothing

    def _title_candidate(self, title: str, brand: str) -> tuple[_Candidate | None, Reading]:
        text = self._mask_brand(title, brand) if brand and brand in title else title  # most titles do not name it
        if PATH_SEPARATOR in text:
            text = text.replace(f" {PATH_SEPARATOR} ", f" {SEGMENT_BREAK} ")
        reading = self.matcher.read(text)
        types = reading.types
        head = types[0] if len(types) == 1 else self.matcher.head(types)  # (one hit, most titles: no call)
        if head is None:
            return None, reading
        word = reading.text[head.start : head.end]  # `_word`, inline: every product with a type in its title
        if CJK_MARK in word:
            word = word.replace(CJK_MARK, "")
        # (rare: a costume named as "fancy dress")
        if head.ref in self._rules.label_types and word in self._rules.trailing_labels:
            labelled = self._labelled(types, head)
            if labelled is not None:
                head = labelled
                word = reading.text[head.start : head.end]
        where = "title word" if not head.target else "title target word"
        part = False
        also = None
        if len(types) > 1:  # (one hit, most titles: no part word beside the head, no second product)
            for hit in types:
                if hit.ref == PART_TYPE and not hit.target and not hit.sub:
                    part = True
                    break
            if " and " in text or " & " in text:  # (rare: two product nouns and a conjunction)
                first = second_product(reading, head, self._generic)
                if first is not None:
                    also = (first.ref, f"title word '{_word(reading.text, first).strip()}'")
        return _Candidate((head.ref,), SIGNAL_TITLE, f"{where} '{word}'", target=head.target, part=part,
                          word=word.strip(), also=also), reading

    def _narrower(self, type_id: str, shelf: tuple[str, ...]) -> bool:
        """The title names a kind of what the shelf holds (an action camera on a "Cameras" shelf)."""
        kinds = self._rules.kinds
        return any(type_id in kinds.get(shelf_type, _NO_KINDS) for shelf_type in shelf)

    def _labelled(self, types: list[Hit], label: Hit) -> Hit | None:
        """What a trailing shelf label ("Vampire Teeth Halloween Dracula Fancy Dress") files: the head of the
        accessories and non-plaything types named before it in its phrase, or None when a specific type follows it
        or nothing such comes before it. A plaything or a generic word before the label names the costume's character
        ("Dinosaur Fancy Dress", "Plush Shrek Ears Fancy Dress" are costumes); a generic word after it files it too
        ("... Dress Up Toy")."""
        before = []
        for hit in types:
            if hit.segment != label.segment:
                continue
            if hit.start >= label.end:
                if hit.ref in self._generic:
                    continue  # "... Role Play Dress Up Toy": a kind-generic word after the label files it too
                return None
            if hit.end <= label.start and hit.ref not in self._generic and (
                    hit.ref in self._accessory or hit.ref not in self._plaything_types):
                before.append(hit)
        if not before:
            return None
        return before[0] if len(before) == 1 else self.matcher.head(before)

    def _brand_words_uncached(self, brand: str) -> tuple[tuple[str, str, str], ...]:
        """Modifiers the brand field names (a toy maker, a collector-figure maker); only those reading brands.

        Brand words are a weak signal, so only modifiers that say `read_in: [brand]` see them: "Smart Choice"
        as a brand says nothing about the internet.
        """
        if not self.matcher.names_brand_words(brand):
            return ()
        reading = self.matcher.read(brand)
        modifiers = self._modifiers
        return tuple([
            (h.ref, _word(reading.text, h), "brand") for h in reading.modifiers if "brand" in modifiers[h.ref].read_in
        ])

    def _path_state_uncached(
        self, path: str, brand: str
    ) -> tuple[_Candidate | None, _Candidate | None, tuple[tuple[str, str, str], ...]]:
        """Type candidate (and the nearest specific one) and modifiers of a category path ("A>B>C"), built on its
        parent path ("A>B").

        The most specific segment that names a type wins; a kind-generic last segment ("Trains") defers to the
        nearest specific segment above it ("Rail Vehicles"), but "Accessories"/"Parts" do not (they are
        accessories OF the kind above). Parent paths repeat across a catalog and are cached, so a new path
        costs one segment read.
        """
        parent, sep, last = path.rpartition(">")
        parent = parent.rstrip("> ")
        if sep and parent:
            result, specific, modifiers = self._path_state(parent, brand if brand and brand in parent.lower() else "")
        else:
            result, specific, modifiers = None, None, ()
        last = last.strip()
        if not last:
            return result, specific, modifiers
        text = self._normalise(last)
        if brand and brand in text:  # (the first test of `_mask_brand`, without the call)
            text = self._mask_brand(text, brand)
        seg_candidate, seg_modifiers = self._segment(text)
        modifiers = seg_modifiers + modifiers if seg_modifiers else modifiers
        if seg_candidate is None:
            return result, specific, modifiers
        types = seg_candidate.types
        if not self._generic.issuperset(types):
            return seg_candidate, seg_candidate, modifiers
        if not self._generic_accessory.isdisjoint(types):
            return seg_candidate, specific, modifiers
        if result is not None and not self._generic_accessory.isdisjoint(result.types):
            # under "Mobile Accessories", "Batteries" are batteries, not the phone: the kind above is left behind
            return seg_candidate, None, modifiers
        return specific or seg_candidate, specific, modifiers

    def _leaf_words(self, path: str, brand: str, title: str, modifiers: tuple[tuple[str, str, str], ...]
                    ) -> tuple[tuple[str, str, str], ...]:
        """A path's modifiers with the power words of a leaf that names no type marked as the leaf's (`category
        leaf`): the type then came from a segment above, a shelf ("Pet Collars", "Presentation Supplies"), and the
        leaf's "GPS", "Wireless", "Electric" say what the product filed there is, as a title's words on a product of
        no type would. A shelf type's "no current" (`skip_if`) does not silence them. A leaf naming a type of its
        own ("Wireless Bras", "Wireless Charger Stands") is read as before: its words then qualify its own noun, and
        so is a leaf that begins with the title (Flipkart ends a path with the product's name: in "... > LUCINA
        rC-S-33 (Multicolor)" "rC" is a cup's model code, in "... travel kit (4 g, Set of 4)" "4 g" a weight)."""
        leaf = self._normalise(path.rpartition(">")[2].strip())
        if title and leaf.startswith(title):
            return modifiers
        if brand and brand in leaf:
            leaf = self._mask_brand(leaf, brand)
        seg_candidate, seg_modifiers = self._segment(leaf) if leaf else (None, ())
        power = self._rules.leaf_power
        if seg_candidate is not None or not seg_modifiers or power.isdisjoint(map(_FIRST, seg_modifiers)):
            return modifiers
        count = len(seg_modifiers)  # (a path's modifiers are its leaf's, then its parent's: `_path_state`)
        return tuple([(mod_id, word, "category leaf" if mod_id in power else where)
                      for mod_id, word, where in modifiers[:count]]) + modifiers[count:]

    def _segment_uncached(self, text: str) -> tuple[_Candidate | None, tuple[tuple[str, str, str], ...]]:
        """One category path segment: its type candidate and its modifiers (id, word, "category")."""
        reading = self.matcher.read(text, hints=True)
        padded = reading.text
        modifiers = tuple([
            (hit.ref, _word(padded, hit), "category")
            for hit in reading.modifiers
            if (not hit.target or self._modifiers[hit.ref].reads_targets)
            and (hit.ref not in self._rules.whole_segment or _word(padded, hit).strip() == text.strip())
        ]) if reading.modifiers else ()  # (most segments name none: no comprehension call)
        candidate = None
        if reading.types:
            candidate = self._bucket_candidate(padded, reading.types, SIGNAL_CATEGORY, "category")
        return candidate, modifiers

    def _bucket_candidate(self, padded: str, hits: list[Hit], signal: str, where: str) -> _Candidate | None:
        """One head per alternative of a bucket ("Cables, Chargers & Adapters"); one alternative = one type."""
        cuts = list(map(re.Match.start, _BUCKET_CUT.finditer(padded)))  # (map: no comprehension call)
        if not cuts:  # one alternative (most segments): its head, as the loop below would give it
            head = self.matcher.head(hits)
            if head is None:
                return None
            kind = "hint" if KIND_HINT in map(_KIND, hits) else "word"
            word = _word(padded, head)
            return _Candidate((head.ref,), signal, f"{where} ({kind} '{word}')", word=word.strip())
        groups: dict[int, list[Hit]] = {}
        for hit in hits:
            groups.setdefault(bisect_right(cuts, hit.start), []).append(hit)
        heads: list[str] = []
        words: list[str] = []
        for index in sorted(groups):
            head = self.matcher.head(groups[index])
            if head is not None and head.ref not in heads:
                heads.append(head.ref)
                words.append(_word(padded, head))
        if not heads:
            return None
        if len(heads) > 1 and heads[-1] in self._generic_accessory and self._accessory_of_all(
                padded, cuts[max(groups) - 1] if max(groups) else 0, groups[max(groups)]):
            # "Coffee Maker & Espresso Machine Accessories": the last alternative's accessory word is shared by all
            return _Candidate((heads[-1],), signal, f"{where} (word '{words[-1]}')", word=words[-1].strip())
        bucket = len(heads) > 1  # "Trading Cards & Accessories": a shelf of several kinds, the title may pick
        specific = [h for h in heads if h not in self._generic]
        if specific and len(specific) < len(heads):
            words = [w for h, w in zip(heads, words, strict=True) if h not in self._generic]
            heads = specific
        kind = "hint" if KIND_HINT in map(_KIND, hits) else "word"
        evidence = f"{where} ({kind} '{words[0]}')" if len(heads) == 1 else f"{where} (one of: {', '.join(words)})"
        return _Candidate(tuple(heads), signal, evidence, bucket=bucket)

    def _accessory_of_all(self, padded: str, start: int, hits: list[Hit]) -> bool:
        """Whether the last alternative of a bucket (from `start`) names something, then ends on a generic accessory
        word ("... & Espresso Machine Accessories", "Camera & Optic Accessories"): the word then files accessories of
        every alternative (Google product taxonomy shelves), unlike an alternative of its own ("Cards & Accessories").
        """
        last = max(hits, key=lambda hit: hit.end)
        return (last.ref in self._generic_accessory and not padded[last.end:].strip(" &,")
                and any(char.isalnum() for char in _BUCKET_CUT_WORD.sub("", padded[start:last.start], count=1)))

    # -- product taxonomies (Google's, Shopify's: one tree of listed prefixes) ------------------------------

    def _category_match_uncached(self, text: str) -> tuple[CategoryInfo, bool] | None:
        """The category tables' entry for a category text, and whether the entry is the whole of what it names: a
        Google id or a Shopify id (`_category_id`), or the longest listed prefix of a Google or Shopify path, matched
        on whole normalised segments from the start (the tables are one tree: the more specific entry wins, whichever
        table lists it)."""
        head, sep, _rest = text.partition(">")
        if not sep:
            found = self._category_id(text.strip())
            if found is not None:
                return found
        table = self._categories
        if table is None or self._normalise(head) not in table.heads:  # (cached: first segments repeat in a catalog)
            return None
        segments = category_segments(text)
        for cut in range(len(segments), 0, -1):
            info = table.by_path.get(segments[:cut])
            if info is not None:
                return info, cut == len(segments)
        return None

    def _category_id(self, key: str) -> tuple[CategoryInfo, bool] | None:
        """A category named by its id: a bare Google id an entry names; a Shopify gid, read through the longest listed
        id above it (Shopify's ids add one number per level: "el-4-8-2" is below "el-4-8"), or a bare Shopify id of
        two numbers or more read the same way. The category the id names is taken as the entry's whole (its own leaf
        words are not in the text)."""
        ids = self.vocab.category_ids
        if key.isdigit():
            info = ids.get(key.lstrip("0"))
            return None if info is None else (info, True)
        if key.startswith(SHOPIFY_GID):
            key = key[len(SHOPIFY_GID):]
        elif not _SHOPIFY_BARE_ID.fullmatch(key):
            return None
        while "-" in key:  # (a Shopify id has letters, a Google id only digits: one map holds both)
            info = ids.get(key)
            if info is not None:
                return info, True
            key = key.rpartition("-")[0]
        return None

    def _category_candidate(self, match: tuple[CategoryInfo, bool], reading: _Candidate | None,
                          signal: str, text: str) -> _Candidate | None:
        """What a Google or Shopify path names: the path's own reading when it is of the branch (a leaf below the entry
        that reads as a kind the entry's domain allows refines it: "Space Heaters" under Climate Control Appliances,
        and so does an accessory or part word: "Spectrometer Accessories" under Laboratory Equipment; a kind-generic
        word such as "Toys" does not refine a specific entry), else
        the entry's type (a leaf read in a sense outside the branch is vetoed: "Jigsaws" under Saws is no puzzle).
        A path that is the entry itself takes the entry's type, and so does a path whose segments below the entry
        name no type (Shopify's "Geiger Counters > Handheld Geiger Counters": the path's reading then comes from a
        segment above the entry, "Hardware", and the entry is the more specific word); a reading outside the branch
        is then vetoed as on the entry itself (leaf35: "... > Cots > Other Items" is no baby gear, as "... > Cots")."""
        info, exact = match
        label = _category_label(info)
        consistent = reading is not None and (info.allowed is None or info.allowed.issuperset(reading.types))
        if consistent and not exact and info.type_id is not None and self._path_state(
                ">".join(text.split(">")[len(info.segments):]), "")[0] is None:
            reading = consistent = None  # (a reading outside the branch is still vetoed, as on the entry itself)
        if reading is not None and consistent and (not exact or info.type_id is None) and not (
                info.type_id is not None and self._generic.issuperset(reading.types)
                and self._generic_accessory.isdisjoint(reading.types) and info.type_id not in self._generic):
            return _Candidate(reading.types, signal, f"{reading.evidence} under {label}", bucket=reading.bucket,
                              word=reading.word)
        if info.type_id is None:
            return None
        vetoed = ""
        if reading is not None and not consistent:
            vetoed = f"; the leaf's reading as {' / '.join(reading.types)} is not of this branch"
        return _Candidate((info.type_id,), signal, f"{label}{vetoed}", vetoed=reading.types if vetoed else (),
                          branch=info.branch)

    # -- core ----------------------------------------------------------------------------------------------

    def _core_uncached(self, title: str, category: str, brand: str, product_type: str, hs_digits: str,
                       description: str, forced_type: str, whole_category: str = "") -> _Core:
        """Read the (normalised) signals, then build the facts from the resulting recipe (cached: recipes repeat a
        lot). `whole_category`: the path before its leaf was dropped for repeating the title, when it was."""
        hs = self.vocab.hs_lookup(hs_digits) if hs_digits else None
        modifiers = self._modifiers

        title_cand, title_reading = self._title_candidate(title, brand)
        cat_cand, _specific, cat_mods = self._path_state(category, brand) if category else (None, None, ())
        entries: tuple[tuple[tuple[str, ...], frozenset[str] | None], ...] = ()  # (entry's segments, its branch)
        exact_entry = False  # the path is a listed entry itself
        if category and self._categories:
            match = self._category_match(whole_category or category)
            if match is not None:
                if whole_category:  # the leaf the title repeats still decides the words' sense on a taxonomy path
                    cat_cand = self._path_state(whole_category, brand)[0]
                cat_cand = self._category_candidate(match, cat_cand, SIGNAL_CATEGORY, whole_category or category)
                entries = ((match[0].segments, _branch_of(match[0], cat_cand)),)
                exact_entry = match[1]
        if cat_mods and cat_cand is not None and not exact_entry and not self._rules.leaf_power.isdisjoint(
                map(_FIRST, cat_mods)) and ">" in category:  # (most paths name no power word: no leaf to read)
            cat_mods = self._leaf_words(category, brand, title, cat_mods)  # (a listed entry's words are its curator's)
        ptype_cand = None
        ptype_reading = None
        if product_type:
            ptype_reading = self.matcher.read(product_type, hints=True)
            if ptype_reading.types:
                ptype_cand = self._bucket_candidate(
                    ptype_reading.text, ptype_reading.types, SIGNAL_PRODUCT_TYPE, "marketplace product type"
                )
            if self._categories:
                match = self._category_match(product_type)
                if match is not None:
                    ptype_cand = self._category_candidate(match, ptype_cand, SIGNAL_PRODUCT_TYPE, product_type)
                    entries = ((match[0].segments, _branch_of(match[0], ptype_cand)), *entries)

        if forced_type:
            primary, fillers = _Candidate((forced_type,), SIGNAL_OVERRIDE, "an officer's override"), []
        else:
            primary, fillers = self._choose(hs, ptype_cand, cat_cand, title_cand)
        if entries:
            entries = tuple(pair for pair in entries if not _outside_branch(primary, pair[1]))
        desc_reading = None
        if description:
            # a code's label ("model A10-8") would name a type only where the description names one: no type yet
            desc_reading = self.matcher.read(blank_codes(description) if primary is None else description)
            if primary is None:
                head = self.matcher.head(desc_reading.types)
                if head is not None:
                    word = _word(desc_reading.text, head)
                    primary = _Candidate((head.ref,), SIGNAL_DESCRIPTION, f"description word '{word}'")
            elif len(primary.types) == 1 and desc_reading.types:
                primary = self._refined_by_description(primary, desc_reading)

        # Modifiers: category and marketplace type first (more trusted), then title, then description (fill only).
        sources: tuple[tuple[str, str, str], ...] = cat_mods
        if ptype_reading is not None:
            sources += tuple([
                (h.ref, _word(ptype_reading.text, h), "marketplace type")
                for h in ptype_reading.modifiers
                if not h.target or modifiers[h.ref].reads_targets
            ])
        if title_reading.modifiers:
            title_sources = []  # a loop, not a comprehension (a call of its own): about every other title
            title_modifiers = self._title_modifiers
            for h in title_reading.modifiers:
                if h.ref in title_modifiers and (not h.target or modifiers[h.ref].reads_targets):
                    title_sources.append((h.ref, _word(title_reading.text, h), "title"))
            sources += tuple(title_sources)
        if brand:
            sources += self._brand_words(brand)
        desc_sources: tuple[tuple[str, str, str], ...] = ()
        if desc_reading is not None:
            desc_sources = tuple([
                (h.ref, _word(desc_reading.text, h), "description")
                for h in desc_reading.modifiers
                if not h.target or modifiers[h.ref].reads_targets
            ])
        recipe = (
            (primary.types, primary.signal, primary.evidence) if primary is not None else None,
            hs.digits if hs is not None else "",
            sources,
            desc_sources,
            tuple([(filler.types[0], filler.evidence) for filler in fillers]) if fillers else (),
            primary.also if primary is not None and primary.also is not None else None,
            tuple([segments for segments, _branch in entries]),
        )
        return self._build(recipe)

    def _refined_by_description(self, primary: _Candidate, reading: Reading) -> _Candidate:
        """The primary type, or the narrower kind of it the description names (`secondary.narrower_in_description`):
        a description refines what the title named as a title refines a shelf, and never names a different thing."""
        hit = narrower_in_description(reading, primary.types, primary.word,
                                      self._rules.kinds.get(primary.types[0], _NO_KINDS))
        if hit is None:
            return primary
        word = _word(reading.text, hit).strip()
        return _Candidate((hit.ref,), primary.signal, f"{primary.evidence}, narrowed by description word '{word}'",
                          target=primary.target, word=word, also=primary.also)

    def _build_uncached(
        self,
        recipe: tuple[
            tuple[tuple[str, ...], str, str] | None,
            str,
            tuple[tuple[str, str, str], ...],
            tuple[tuple[str, str, str], ...],
            tuple[tuple[str, str], ...],
            tuple[str, str] | None,
            tuple[tuple[str, ...], ...],
        ],
    ) -> _Core:
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
        entry_infos = [self._categories.by_path[key] for key in entries] if entries and self._categories else ()
        lifted: dict[str, str] = {}  # an entry's "no power" class -> which title word outranks it, and what it said
        if entry_infos and sources:
            lifted = self._power_outranks_entry(facts, type_id, also, sources, entry_infos)
        for info in entry_infos:  # (after HS: HS is more trusted, and its locked classes stay)
            for name, (value, why) in info.classes.items():
                if name not in locked and name not in lifted:
                    facts[name] = (value, f"{_category_label(info)}: {why}")
                    locked.add(name)
            if type_basis is None and (info.classes or info.default_classes):
                signal = SIGNAL_CATEGORY
                type_basis = _category_label(info)
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
        if desc_sources:
            self._apply_modifiers(facts, locked, type_facts, type_id, desc_sources, fill_only=True,
                                  also_type=also_type)
        if hs is not None:
            for name, (value, why) in hs.default_classes.items():
                if name not in facts:
                    facts[name] = (value, f"HS {hs.code} ({hs.label}): {why}")
        for info in entry_infos:
            for name, (value, why) in info.default_classes.items():
                if name not in facts:
                    facts[name] = (value, f"{_category_label(info)}: {why}")
        for filler_type, filler_evidence in fillers:
            for name, (value, why) in self._types[filler_type].facts.items():
                if name not in facts:
                    facts[name] = (value, f"{filler_type} from {filler_evidence}: {why}")
        if type_id is not None and primary is not None and len(primary[0]) == 1:
            for conditions, then in self._types[type_id].when:
                if all(name in facts and facts[name][0] == value for name, value in conditions.items()):
                    for name, (value, why) in then.items():
                        if name not in facts:
                            facts[name] = (value, f"{type_id}: {why}")
        for name, outranked in lifted.items():  # what set the class, and what it outranked
            if name in facts:
                value, why = facts[name]
                facts[name] = (value, f"{why} ({outranked})")
        established = primary is not None or (hs is not None and bool(hs.classes or hs.default_classes)) or any(
            info.classes or info.default_classes for info in entry_infos)
        return _Core(type_id, established, signal, facts, type_basis)

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
        "Air Drill" there names none and keeps the entry's reading; attributes still win over both (`_finish`)."""
        power = _POWER_CLASSES
        locked_off: dict[str, str] = {}  # the class -> the entry and its reason
        for info in entry_infos:
            for name, (value, why) in info.classes.items():
                if name in power and not value and name not in locked_off:
                    locked_off[name] = f"{_category_label(info)}: {why}"
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
            if not _fits_type(mod, type_id, also_type):
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

    def _choose(
        self,
        hs: HsInfo | None,
        ptype: _Candidate | None,
        category: _Candidate | None,
        title: _Candidate | None,
    ) -> tuple[_Candidate | None, list[_Candidate]]:
        """Fold the candidates in order of trust; a later one only replaces the current one to refine it.

        A title naming a type that the path's branch vetoed in its leaf does not refine (`_category_candidate`);
        any other specific title refines a category entry's own type, of its branch (a hand saw on the "Saws" shelf) or
        not (a speaker filed under "Hardware > Tools": the domain reads the path's words, it does not overrule the
        title).
        Refining means: the current one is generic ("Toys", "Clothing") and the later one specific; or the
        current one is a category (a shelf) and the title names an accessory shelved there, or the category
        segment was a bucket of alternatives, or the shelf is a textile one (fancy dress, clothing, linen) and the title
        names a plaything (a dinosaur playset or a figure on a "Costumes" shelf is not clothing), or the shelf is a
        plaything's and the title names merchandise sold beside toys (a keychain on a figures shelf, a sticker pad on
        a craft-kits shelf: `reading.merchandise`). Generic candidates that lose fill the classes left open.
        """
        if hs is None and ptype is None and (category is None or title is None):
            return category or title, []  # one candidate at most (most products): nothing to fold
        hs_cand = None
        if hs is not None and hs.type_id is not None:
            hs_cand = _Candidate((hs.type_id,), SIGNAL_HS, f"HS {hs.code} ({hs.label})")
        generic = self._generic
        accessory = self._accessory
        primary: _Candidate | None = None
        fillers: list[_Candidate] = []
        for cand in (hs_cand, ptype, category, title):
            if cand is None:
                continue
            if primary is None:
                primary = cand
                continue
            if primary.vetoed and cand.types[0] in primary.vetoed:
                continue  # the word a taxonomy path's branch vetoed (a vehicle's "Soft Tops"), said again by the title
            if primary.branch is not None and cand.signal == SIGNAL_TITLE and self._rules.shelf_senses:
                sense = shelf_sense(self._rules.shelf_senses, cand.types[0], cand.word, primary.branch)
                if sense is not None:  # "Makita Jigsaw" on a tools shelf: the word in the shelf's sense, a saw
                    primary = replace(primary, types=(sense,), evidence=(
                        f"{primary.evidence}; title word '{cand.word}' in the shelf's sense as {sense}"))
                    continue
            if cand.types[0] in primary.types and not cand.bucket:
                if len(primary.types) > 1:
                    primary = cand  # the title picks one of the bucket's alternatives
                continue
            if primary.branch is not None and cand.signal == SIGNAL_TITLE and (cand.types[0] in primary.branch or (
                    not cand.target and not cand.part and not generic.issuperset(cand.types))):
                # A category entry's type is where the seller filed the product, from a fixed tree: a title naming a
                # kind of the branch refines it (a hand saw on the "Saws" shelf, "replacement speakers" under tablet
                # parts), and so does one naming a product of another branch (a speaker filed under "Hardware >
                # Tools"), unless it names a part or what it fits; only the leaf's vetoed sense is stopped
                primary = cand
                continue
            primary_generic = generic.issuperset(primary.types)
            cand_generic = generic.issuperset(cand.types)
            if primary_generic and not cand_generic:
                if (cand.target or (cand.part and cand.types[0] not in accessory)) and not (
                        self._generic_accessory.isdisjoint(primary.types)):
                    # a part on a parts shelf, named by what it fits ("Drive Joint for ... Model Car") or beside a
                    # part word ("H107L Motors Set Spare Parts RC Quadcopter"): the product is the part, not the
                    # machine, so the machine's radio and battery do not follow; beside a part word the machine still
                    # fills what the part leaves open (a drone's motors or camera are EEE)
                    if cand.part and not cand.target:
                        fillers.append(cand)
                    continue
                fillers.append(primary)
                primary = cand
            elif cand_generic:
                fillers.append(cand)
            elif (
                primary.signal == SIGNAL_CATEGORY
                and cand.signal == SIGNAL_TITLE
                and (primary.bucket or (cand.types[0] in accessory and accessory.isdisjoint(primary.types))
                     or (cand.types[0] in self._plaything_types and self._textile_types.issuperset(primary.types))
                     or (cand.types[0] in self._merchandise and self._plaything_types.issuperset(primary.types))
                     or (cand.types[0] in self._rules.has_parent and self._narrower(cand.types[0], primary.types)))
            ):
                primary = cand
        return primary, fillers

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
        first: dict[str, tuple[str, str]] = {}
        modifiers = self._modifiers
        for mod_id, word, where in sources:
            if mod_id not in first and _SOURCE_NAMES[where] in modifiers[mod_id].read_in:
                first[mod_id] = (word.strip(), where)
        present = set(first)
        # A typeless leaf's power word speaks for the product (`_leaf_words`); once it has, the shelf type's "no
        # current" and "no battery"/"no mains" no longer silence the title's power words ("Rechargeable ..." under
        # "Wireless Presenters": the shelf's office supplies have no battery, the product filed there has).
        powered_leaf = any(where == "category leaf" for _word, where in first.values())
        if powered_leaf:
            for name in _POWER_CLASSES.difference(locked):
                if name in facts and not facts[name][0]:
                    del facts[name]
        for mod_id in sorted(present, key=self._mod_order.__getitem__):
            mod = modifiers[mod_id]
            if mod.excludes and not mod.excludes.isdisjoint(present):
                continue
            word, where = first[mod_id]
            leaf = where == "category leaf"
            if mod.skip_if and not powered_leaf and all(
                    type_facts.get(name) == value for name, value in mod.skip_if.items()):
                continue
            if not _fits_type(mod, type_id, also_type):
                continue
            override = (mod.mode == "override" or leaf) and (not fill_only or mod.description_overrides)
            if leaf:  # the word denies what its `skip_if` names of the shelf's type (a GPS collar is electrical)
                for name, value in mod.skip_if.items():
                    if name not in locked:
                        facts[name] = (not value, f"{where} word '{word}': the leaf names a powered product")
            for name, (value, why) in mod.sets.items():
                if name in locked:
                    continue
                if override or name not in facts:
                    facts[name] = (value, f"{where} word '{word}': {why}")

    def _finish(self, core: _Core, attributes: Mapping[str, bool | None] | None) -> TypeResult:
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
        else:
            # Implications only depend on the class values, and a catalog has few distinct value patterns:
            # cache, per pattern, the complete class values and the facts the implications add.
            facts = core.facts
            values = []  # a loop, not a comprehension (a call of its own)
            for name in self._classes:
                values.append(facts[name][0] if name in facts else None)
            pattern = tuple(values)
            implied = self._implied.get(pattern)
            if implied is None:
                probe = {
                    name: (value, "") for name, value in zip(self._classes, pattern, strict=True) if value is not None
                }
                self._imply(probe, set())
                added = tuple((name, fact) for name, fact in probe.items() if name not in facts)
                implied = ({name: probe[name][0] if name in probe else False for name in self._classes}, added)
                if len(self._implied) < 65536:
                    self._implied[pattern] = implied
            classes = dict(implied[0])
            basis = dict(self._default_basis(product_type))
            for name, fact in facts.items():  # (a loop, not `update` with a dict comprehension: one dict and call less)
                basis[name] = fact[1]
            for name, fact in implied[1]:
                basis[name] = fact[1]
        basis["product_type"] = core.type_basis or "no signal says what the product is"
        signal = SIGNAL_ATTRIBUTES if attributes and not core.established else core.signal
        return TypeResult(product_type, core.established, classes, basis, signal)

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


class _CategoryTable(NamedTuple):
    """The category tables (Google's and Shopify's, one tree) as the classifier reads them (`_category_match`)."""

    by_path: Mapping[tuple[str, ...], CategoryInfo]  # normalised segments of an entry's path -> the entry
    heads: frozenset[str]  # the entries' first segments: a path beginning with none of them is under no entry


class _ReaderRules(NamedTuple):
    """Reading rules derived from the vocabulary once, kept in one attribute of the classifier."""

    trailing_labels: frozenset[str]  # phrases that label a shelf at a title phrase's end ("... Fancy Dress")
    label_types: frozenset[str]  # the types those phrases are synonyms of
    has_parent: frozenset[str]  # kinds of a broader kind: a title naming one refines a shelf of the broader kind
    phrases_after: dict[str, tuple[str, ...]]  # a leading run of words -> the longer phrases it begins (`_mask_brand`)
    whole_segment: frozenset[str]  # modifiers a category segment names only as the whole segment ("Disney > Toys")
    kinds: dict[str, frozenset[str]]  # a type -> the types whose parent chain reaches it (`_narrower`, descriptions)
    shelf_senses: dict[str, tuple[tuple[frozenset[str], str], ...]]  # a word -> (a table's branch, type it names there)
    # Power words a typeless category leaf says of the product filed there (`Classifier._leaf_words`): those naming a
    # link or a supply (GPS, wireless, smart, rechargeable, plug-in); "electrical", "heating" and "digital" alone name
    # a trade or a format on a shelf ("Electrical Conduit", "Home Heating Oil", "Digital Artwork").
    leaf_power: frozenset[str]


def _reader_rules(vocab: Vocabulary, matcher: Matcher) -> _ReaderRules:
    """The rules' lookups; `phrases_after` maps every leading run of words of a longer phrase (type synonyms, modifier
    words) to those phrases: a brand that begins one is not blanked out of a title that says the whole phrase."""
    phrases = {p for t in vocab.types.values() for p in t.synonyms}
    phrases |= {p for m in vocab.modifiers.values() for p in m.words}
    phrases_after: dict[str, tuple[str, ...]] = {}
    for phrase in sorted(phrases):
        words = phrase.split(" ")
        for cut in range(1, len(words)):
            start = " ".join(words[:cut])
            phrases_after[start] = (*phrases_after.get(start, ()), phrase)
    kinds = kinds_of(vocab.types)
    return _ReaderRules(
        trailing_labels=vocab.trailing_labels,
        label_types=frozenset(t.id for t in vocab.types.values() if not vocab.trailing_labels.isdisjoint(t.synonyms)),
        has_parent=frozenset(t.id for t in vocab.types.values() if t.parent),
        phrases_after=phrases_after,
        whole_segment=frozenset(m.id for m in vocab.modifiers.values() if m.whole_segment),
        kinds=kinds,
        shelf_senses=shelf_senses(vocab.categories, matcher, frozenset(
            t.id for t in vocab.types.values() if t.generic)) if vocab.categories else {},
        leaf_power=frozenset(mod.id for mod in vocab.modifiers.values() if mod.skip_if and any(
            mod.sets.get(name, (False,))[0] for name in _LEAF_POWER_CLASSES)),
    )


def _fits_type(mod: ModifierInfo, type_id: str | None, also_type: str | None) -> bool:
    """Whether a modifier speaks of this product's type: its `only_types` name the type or the second product a title
    names (`also_type`), and its `skip_types` do not name the type. One test for `_apply_modifiers` and
    `_power_outranks_entry`, so a title word outranks a shelf only where it would also set the class."""
    if mod.only_types and type_id not in mod.only_types and also_type not in mod.only_types:
        return False
    return type_id not in mod.skip_types


def _word(padded: str, hit: Hit) -> str:
    """The matched phrase as the reader sees it (without CJK marks)."""
    word = padded[hit.start : hit.end]
    return word.replace(CJK_MARK, "") if CJK_MARK in word else word


def _category_key(category: str, title: str) -> str:
    """The category path as a cache key: one separator, and without a last segment that repeats the title.

    Flipkart ends its paths with the product title, often cut mid-word ("...Gold Plated Bras..."): the title
    signal already reads it, and the cut word would be misread, so the segment goes (a cut segment that does
    not repeat the title loses its cut word only). A leaf under two thirds of the title that only begins it
    ("Colouring Pencils" for "Colouring Pencils Value Pack (Pack of 12)") is a real shelf name and stays.
    """
    return _leaf_key(_category_parts(category), title)


def _category_label(info: CategoryInfo) -> str:
    """How a basis names a category entry: the taxonomy, the entry's path and the file."""
    return f"{info.taxonomy} product category '{info.path}' ({info.source})"


def _branch_of(info: CategoryInfo, cand: _Candidate | None) -> frozenset[str] | None:
    """What a category entry's branch holds, as the candidate it named says (its own type's kinds when it states no
    domain), or its domain; None when neither says. An entry with locked `classes` and an inherited domain speaks
    only for its own type's kinds (`CategoryInfo.class_scope`): a headlamp filed under Pneumatic Drills keeps its
    battery."""
    if info.classes and info.class_scope is not None:
        return info.class_scope
    return cand.branch if cand is not None and cand.branch is not None else info.allowed


def _outside_branch(primary: _Candidate | None, branch: frozenset[str] | None) -> bool:
    """The title named a product of another branch than the category entry's: the entry's classes speak for what its
    branch holds ("real vehicles are not toys"), not for a child's ride-on filed there."""
    return (primary is not None and branch is not None and primary.signal == SIGNAL_TITLE
            and primary.types[0] not in branch)


def _leaf_key(parts: tuple[str, str, str, bool, str], title: str) -> str:
    """`_category_key` from the path's own parts (`_category_parts`): only the leaf is compared with the title."""
    raw, head, last, cut, cut_key = parts
    if cut:
        return head if not last or title.startswith(last) else cut_key
    if last and title.startswith(last) and 3 * len(last) >= 2 * len(title):
        return head
    return raw


def _category_parts(category: str) -> tuple[str, str, str, bool, str]:
    """What `_category_key` needs of a path, without the title: (path, path without its leaf, leaf, leaf cut
    mid-word, path with the cut word dropped). Paths repeat across a catalog; titles do not."""
    raw = category.strip().strip("[]\"'")
    if "›" in raw or "»" in raw:
        raw = raw.replace("›", ">").replace("»", ">")
    head, sep, last = raw.rpartition(">")
    if not sep:
        return raw, raw, "", False, raw  # no leaf to drop: the path itself, whatever the title
    last = last.strip()
    if last.endswith(("...", "…")):
        last = last.rstrip(".… ")
        last = last.rsplit(" ", 1)[0] if " " in last else ""
        return raw, head, last, True, f"{head}>{last}"
    return raw, head, last, False, raw
