"""Reading a category path or a category id into a type candidate, and the product taxonomies' entries.

A category is where a seller *shelved* a product, so it is read apart from the title: segment by segment, most
specific first, each path built on its parent's (parents repeat across a catalog and are cached), with buckets of
alternatives ("Cables, Chargers & Adapters") kept as such for the title to pick from. A path of the Google or the
Shopify product taxonomy, or an id of either, is also looked up in their tables (one tree of listed prefixes): the
entry names the type and the branch, and a leaf below it refines the entry only when it reads as a kind the branch
holds. What the classifier does with the candidates (trust order, the title's refinements) is not decided here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from operator import attrgetter, itemgetter
from typing import NamedTuple

from .matcher import KIND_HINT, Hit, Matcher
from .normalise import SEGMENT_BREAK, SOFT_BREAK, normalise
from .signals import SIGNAL_CATEGORY, SIGNAL_TITLE, Candidate, matched_word
from .vocabulary import CategoryInfo, Vocabulary, kinds_of

#: How a Shopify API names a category ("gid://shopify/TaxonomyCategory/el-4-8"): the id after it is read at any depth.
SHOPIFY_GID = "gid://shopify/TaxonomyCategory/"
#: A Shopify id written bare: only with two numbers or more ("el-4-8"); "ap-2" or "hb-1" in a category column is as
#: likely a seller's own code as Shopify's, and Shopify's exports write the path or the gid, not the bare id.
_SHOPIFY_BARE_ID = re.compile(r"[a-z]{2}(?:-[1-9][0-9]*){2,}")

# Separators between the alternatives of a category bucket ("Cables, Chargers & Adapters").
_BUCKET_SEPARATORS = (f" {SEGMENT_BREAK} ", f" {SOFT_BREAK} ", " & ", " and ", " or ", " / ", " + ")
# Where each separator starts, in one scan: every separator starts with a space, and the match takes only that space
# (the rest is a lookahead), so overlapping ones are found too; no two separators can start at the same place (their
# second characters differ), so this is every start of every separator, in order. Leading with the literal space
# lets the regex engine skip to the next space instead of trying the pattern at every character.
_BUCKET_CUT_WORD = re.compile(r"^\s*(?:\S\s|and\s|or\s)")  # the separator an alternative starts with
_BUCKET_CUT = re.compile(" (?=" + "|".join(re.escape(sep[1:]) for sep in _BUCKET_SEPARATORS) + ")")
# fr59: where a department's list of kinds breaks ("TV - VIDEO - SON": the dashes the normaliser made phrase breaks)
_DEPARTMENT_CUT = re.compile(f" (?={re.escape(SEGMENT_BREAK)} )")

# A path written without spaces ("Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|ElectricKettles", Amazon
# India's export) runs its words together in camel case: a word starts at a capital after two small letters or after
# a capitalised one before another ("HomeAppliances", "TvStands"; not "VoIP"), and at the last capital of a run of
# capitals before a small-letter word ("USBCables", "TVWall", "HEPAAirPurifiers"; not the plural of "LEDs"). A lone
# small letter before a capital is a word's own spelling ("iPhone", "eBooks"), not a boundary.
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z]{2})(?=[A-Z])|(?<=[A-Z][a-z])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z]{2})")

#: mr59: the first levels of Mercari's tree, whose export joins a path's three levels with "/" and no spaces
#: ("Women/Tops & Blouses/Blouse", "Kids/Boys 2T-5T/Bottoms", "Electronics/Video Games & Consoles/Consoles"). Elsewhere
#: a slash lists alternatives in one level ("Toy Play Sets/Activity Sets", "Coffeemakers/Coffeepots/Teapots/Kettles",
#: 麦克风/话筒), so a path is read as levels only under one of these roots; only the first two slashes divide levels
#: (a leaf may hold one of its own: "iPad/Tablet/eBook Readers", "Varsity/Baseball"). Read as one level, the path let
#: a department's bucket outvote its leaf ("Video Games & Consoles/Consoles" read the games) and its ", " cut a leaf
#: into levels of its own ("Skirts/Straight, Pencil" read a pencil). Not "Vintage & Collectibles/": a collector's
#: department, whose levels name what a collector collects ("Toy/Action Figure", "Collectibles/Doll", "Toy/Car"); read
#: alone a leaf is a plaything, read as one level with its "Collectibles" the collector's piece it is.
_SLASH_PATH_ROOTS = tuple(f"{root}/" for root in (
    "Women", "Men", "Kids", "Beauty", "Electronics", "Home", "Sports & Outdoors", "Handmade", "Other"))

#: How a segment's candidate says a category hint named it (`bucket_candidate`): a hint is a shelf's or a department's
#: name ("Kitchen & Dining", "Home Improvement"), not a product's noun
_HINT_EVIDENCE = "category (hint '"

_NO_SENSES: frozenset[str] = frozenset()

_FIRST = itemgetter(0)
_KIND = attrgetter("kind")

#: A path's reading: its type candidate, the nearest specific one, and its modifier words (id, word, where).
PathState = tuple[Candidate | None, Candidate | None, tuple[tuple[str, str, str], ...]]
#: (s94) what a cache's `get` gives for a key it does not hold (a category's match may be None)
_MISSING = object()


def remembered(cache: dict[object, object], key: object, value: object, size: int) -> object:
    """`value`, kept in `cache` under `key`, a cache of `size` entries emptied first when full (s94: the readers'
    caches, where an `lru_cache` cost a Python call of its wrapper per look-up and of the method per miss; what a
    look-up gives is the same either way, only which readings stay cached differs)."""
    if len(cache) >= size:
        cache.clear()
    cache[key] = value
    return value


class CategoryTable(NamedTuple):
    """The category tables (Google's and Shopify's, one tree) as the reader looks paths up in them."""

    by_path: Mapping[tuple[str, ...], CategoryInfo]  # normalised segments of an entry's path (or zh path) -> the entry
    heads: frozenset[str]  # the entries' first segments: a path beginning with none of them is under no entry


def category_table(vocab: Vocabulary) -> CategoryTable | None:
    """The tables' English and Chinese paths as one map (zhtree40: an entry's Shopify zh-CN path keys the same branch,
    so the longest listed prefix wins in either language; a path is one language, its first segment picks which
    keys can match). None when no table is loaded."""
    if not vocab.categories:
        return None
    by_path = {**vocab.categories, **vocab.categories_zh}
    return CategoryTable(by_path, frozenset(key[0] for key in by_path))


def _says(facts: Mapping[str, tuple], name: str) -> bool:
    """Whether a type's facts or a modifier's sets say yes to a class."""
    return facts.get(name, (None,))[0] is True


class CategoryReader:
    """Reads category paths and ids (and a marketplace product type's alternatives) into candidates; cached.

    It shares the classifier's matcher, its normaliser cache and its brand masking (`mask_brand`: a brand that is
    a path segment's words is not read as the product's), and is told which types are kind-generic ("Toys") and
    generic accessories ("Accessories"), which modifiers a segment names only whole, which are a leaf's power
    words (`_ReaderRules` in classifier.py), which kinds a department keeps (`reading.department_keeps`), and
    which kinds a deeper level names under a department only in another sense (`reading.department_senses`).
    """

    def __init__(self, vocab: Vocabulary, matcher: Matcher, *, generic: frozenset[str],
                 generic_accessory: frozenset[str], whole_segment: frozenset[str], leaf_power: frozenset[str],
                 department_keeps: frozenset[str], department_senses: Mapping[str, frozenset[str]],
                 mask_brand: Callable[[str, str], str], cache_size: int) -> None:
        self.matcher = matcher
        self._modifiers = vocab.modifiers
        self._category_ids = vocab.category_ids
        self._generic = generic
        self._generic_accessory = generic_accessory
        self._whole_segment = whole_segment
        self._leaf_power = leaf_power
        self._department_keeps = department_keeps
        self._department_senses = department_senses
        # fr59: the kinds that receive or emit radio (a TV, a GPS receiver), which a department listing kinds does
        # not pass to its lump (`path_state`)
        self._radio_kinds = frozenset(t.id for t in vocab.types.values() if _says(t.facts, "radio"))
        # mr64c: the kinds that need current, and those that do not (`path_state`: an electrical leaf under them)
        self._electrical_kinds = frozenset(t.id for t in vocab.types.values() if _says(t.facts, "eee"))
        self._unpowered_kinds = frozenset(t.id for t in vocab.types.values() if t.facts.get("eee", (None,))[0] is False)
        # s90: the works a shop files by subject (`reading.subject_shelves`: books) and, for each, the kinds a deeper
        # level still names (a children's book; an e-reader or a power bank its shelf yields to): `path_state`
        self._works = vocab.subject_shelves
        kinds = kinds_of(vocab.types)
        self._work_kinds = {work: kinds.get(work, frozenset()) | {work} | vocab.types[work].shelf_yields_to
                            for work in self._works}
        # s93: a bare vehicle word's kinds (`reading.vehicle_toys`), and the kinds a level above them must read for
        # the level to name a plaything there (`path_state`)
        self._vehicle_toys = vocab.vehicle_toys
        self._playthings = frozenset(t.id for t in vocab.types.values() if _says(t.facts, "toy"))
        self._plaything_words = frozenset(m.id for m in vocab.modifiers.values()
                                          if _says(m.sets, "toy") or _says(m.sets, "transmitter"))
        self._power_modifiers = frozenset(m.id for m in vocab.modifiers.values()
                                          if not _POWER_CLASSES.isdisjoint(m.sets))
        self._mask_brand = mask_brand
        #: None when no table is loaded
        self.table = category_table(vocab)
        # (s94) the caches of `normalised`, `path_state`, `segment`, `category_parts` and `category_match`
        # (`remembered`)
        self._cache_size = cache_size
        self._texts: dict[str, str] = {}
        self._states: dict[tuple[str, str], PathState] = {}
        self._segments: dict[str, tuple[Candidate | None, tuple[tuple[str, str, str], ...]]] = {}
        self._parts: dict[str, tuple[str, str, str, bool, str]] = {}
        self._matches: dict[str, tuple[CategoryInfo, bool] | None] = {}

    def cache_clear(self) -> None:
        """Forget cached readings (with the classifier's own caches)."""
        self._texts.clear()
        self._states.clear()
        self._segments.clear()
        self._parts.clear()
        self._matches.clear()

    def normalised(self, text: str) -> str:
        """`normalise`, cached: a path's segments, and the classifier's brands (s94: the one cache of both, which was
        the classifier's `lru_cache` this reader was handed)."""
        out = self._texts.get(text)
        return out if out is not None else remembered(self._texts, text, normalise(text), self._cache_size)

    def path_state(self, path: str, brand: str) -> PathState:
        """`_path_state_uncached`, cached (parent paths repeat across a catalog)."""
        state = self._states.get((path, brand), _MISSING)
        return state if state is not _MISSING else remembered(
            self._states, (path, brand), self._path_state_uncached(path, brand), self._cache_size)

    def segment(self, text: str) -> tuple[Candidate | None, tuple[tuple[str, str, str], ...]]:
        """`_segment_uncached`, cached."""
        read = self._segments.get(text, _MISSING)
        return read if read is not _MISSING else remembered(
            self._segments, text, self._segment_uncached(text), self._cache_size)

    def category_parts(self, category: str) -> tuple[str, str, str, bool, str]:
        """The module's `category_parts`, cached."""
        parts = self._parts.get(category, _MISSING)
        return parts if parts is not _MISSING else remembered(
            self._parts, category, category_parts(category), self._cache_size)

    def category_match(self, text: str) -> tuple[CategoryInfo, bool] | None:
        """`_category_match_uncached`, cached."""
        match = self._matches.get(text, _MISSING)
        return match if match is not _MISSING else remembered(
            self._matches, text, self._category_match_uncached(text), self._cache_size)

    # -- paths, segment by segment ---------------------------------------------------------------------------

    def _path_state_uncached(self, path: str, brand: str) -> PathState:
        """Type candidate (and the nearest specific one) and modifiers of a category path ("A>B>C"), built on its
        parent path ("A>B").

        The most specific segment that names a type wins; a kind-generic last segment ("Trains") defers to the
        nearest specific segment above it ("Rail Vehicles"), but "Accessories"/"Parts" do not (they are
        accessories OF the kind above). A kind a first level's category hint named, below which no level names one,
        is marked `department` ("Kitchen & Dining > Small Appliances": a store's lump of many kinds, which a title
        refines), unless it is generic or a kind whose department holds it alone (`department_keeps`: books).
        A level that names, under a kind above it, a kind of `department_senses` of that kind names nothing of
        its own: the word is the department's product in another sense (Cdiscount's "CHAUSSURES - ACCESSOIRES >
        BASKET - SPORTSWEAR > BASKET" holds trainers, no storage baskets). A kind-generic leaf under a level that
        lists a kind with its accessories ("Cell Phones & Accessories > Cables & Adapters") is the leaf's (mr62).
        Parent paths repeat across a catalog and are cached, so a new path costs one segment read.
        """
        parent, sep, last = path.rpartition(">")
        parent = parent.rstrip("> ")
        if sep and parent:
            result, specific, modifiers = self.path_state(parent, brand if brand and brand in parent.lower() else "")
        else:
            result, specific, modifiers = None, None, ()
        last = last.strip()
        if not last:
            return result, specific, modifiers
        text = self.normalised(last)
        if brand and brand in text:  # (the first test of `mask_brand`, without the call)
            text = self._mask_brand(text, brand)
        seg_candidate, seg_modifiers = self.segment(text)
        if seg_candidate is not None and result is not None and result.bucket and SEGMENT_BREAK in text:
            seg_candidate = self._without_department(path, text, seg_candidate)
        modifiers = seg_modifiers + modifiers if seg_modifiers else modifiers
        if (seg_candidate is not None and result is None and not seg_candidate.bucket and len(seg_candidate.types) == 1
                and seg_candidate.types[0] in self._radio_kinds and self._lists_kinds(text)):
            # fr59: a first level that lists kinds, one of them a radio device (Cdiscount's "TV - VIDEO - SON",
            # "TELEPHONIE - GPS"), is a shelf of several kinds: a title naming another kind says which (a camcorder's
            # battery, a wall mount), as on any bucket; the device's radio is not its lump's
            seg_candidate = seg_candidate.replaced(bucket=True)
            if seg_modifiers:
                # fr61: nor are the words of its kinds ("GPS" in "TELEPHONIE - GPS" made a corded phone, a phone
                # cable and a lanyard filed below it receive radio): the leaf or the title says what this product does
                modifiers = modifiers[len(seg_modifiers):]
        if (seg_candidate is not None and self._vehicle_toys.issuperset(seg_candidate.types)
                and (result is None or self._playthings.isdisjoint(result.types))
                and self._plaything_words.isdisjoint([mod[0] for mod in seg_modifiers])):
            # s93: a level naming only vehicles, with no plaything's level above it nor a plaything's word of its own
            # (Daraz's toy department "Remote Control & Vehicles"), is a vehicle department (Daraz's "Motorcycle" held
            # windscreens, silencer guards and tank stickers read as toys; Amazon's "Car & Motorbike"): it names
            # nothing, the level above or the title says what the product is
            seg_candidate = None
        if seg_candidate is not None and result is not None and self._department_senses:
            # the department's own product, named in another sense of the word (dept57); under a level of two kinds,
            # either one's (cd66: "JOUET > POUPEE - PELUCHE > NURSERIE - LANDAU - POUSSETTE" holds dolls' prams, beds).
            # A loop, not any() over a generator (s92: compiled, a generator is an object and a call per level)
            senses = self._department_senses
            for kind in result.types:
                if senses.get(kind, _NO_SENSES).issuperset(seg_candidate.types):
                    seg_candidate = None
                    break
        if result is not None and len(result.types) == 1 and result.types[0] in self._works:
            # s90: a bookshop's deeper levels file its works by subject (`reading.subject_shelves`: "图书 > 电子与通信 >
            # 电视", "Books > Computers & Technology > Mobile Phones"): a television repair manual is no television,
            # and the subject's power words ("电子与通信") say nothing of the work (its audience's words, "3-6 ANS",
            # still do); a kind of the work (a children's book) or one its shelf yields to (an e-reader) still names it
            if seg_modifiers:
                kept = tuple([mod for mod in seg_modifiers if mod[0] not in self._power_modifiers])
                modifiers = kept + modifiers[len(seg_modifiers):]
            if seg_candidate is not None and not self._work_kinds[result.types[0]].issuperset(seg_candidate.types):
                seg_candidate = None
        if seg_candidate is None:
            if result is not None and result.bucket and sep and self._lists_radio_kind(path, result):
                # cd64d: a department that lists kinds, one a radio device ("TV - VIDEO - SON"), with no deeper level
                # naming a kind ("... > ANTENNE - PARABOLE > ANTENNE", "... > ECRAN DE PROJECTION", "... > DRAGONNE"):
                # the department names no product, and its television's tuner and mains are not this one's
                return None, None, modifiers
            if result is not None and ">" not in parent and sep and self._department(result):
                # the first level's hint named the kind and this level names none: a department's lump (dept56)
                marked = result.replaced(department=True)
                return marked, marked if specific is result else specific, modifiers
            return result, specific, modifiers
        types = seg_candidate.types
        if not self._generic.issuperset(types):
            return seg_candidate, seg_candidate, modifiers
        if not self._generic_accessory.isdisjoint(types):
            return seg_candidate, specific, modifiers
        if (specific is not None and self._electrical_kinds.issuperset(types)
                and self._unpowered_kinds.issuperset(specific.types)):
            # mr64c: an electrical leaf ("Small Appliances") under a kind that needs no current ("Home > Kitchen &
            # Dining", tableware): the leaf's appliances, which a title refines ("Waffle Maker"), not the tableware
            return seg_candidate, None, modifiers
        if result is not None and not self._generic_accessory.isdisjoint(result.types):
            # under "Mobile Accessories", "Batteries" are batteries, not the phone: the kind above is left behind
            return seg_candidate, None, modifiers
        if specific is not None and specific.bucket and seg_candidate.word and _names_word(
                seg_candidate.word.rpartition(" ")[2], f" {self.normalised(parent.rpartition('>')[2])} "):
            # the leaf picks the bucket's kind-generic alternative (its head word is the parent's, or that word's
            # plural: "PILE - LAMPE ELECTRIQUE > PILES", dept57), which the bucket's reading dropped: under
            # "General Purpose Batteries & Battery Chargers", "Disposable Batteries" are batteries, not the chargers
            # (amzin54); "Play Trains & Railway Sets > Train Cars" stays the train set
            if self._specific_alternative(parent.rpartition(">")[2], seg_candidate.word):
                # mr59: the parent's word heads an alternative that names a specific kind: "Video Games & Consoles >
                # Games" holds video games, not the generic games (board games, toys) the leaf's word alone names
                return specific, specific, modifiers
            return seg_candidate, specific, modifiers
        if specific is not None and specific is result and ">" not in parent and self._department(specific):
            # a kind-generic level ("Party Favours", "... Toys") under a department's kind: still the lump (dept56)
            marked = specific.replaced(department=True)
            return marked, marked, modifiers
        if specific is not None and specific is result and specific.bucket and self._lists_accessories(
                parent.rpartition(">")[2]):
            # mr62: a level of a kind and its accessories ("Cell Phones & Accessories") files under a kind-generic
            # leaf ("Cables & Adapters") the accessories, not the kind: a cable there is no phone
            return seg_candidate, None, modifiers
        if specific is not None and specific is result and not specific.bucket and self._names_one_of_many(
                parent.rpartition(">")[2]):
            # mr64: a level of several topics of which one alone names a kind ("TV, Audio & Surveillance") files
            # under a kind-generic leaf ("Gadgets") the lump's other goods (vape kits, streaming sticks, VR viewers),
            # not that kind: the television's tuner and mains are not theirs
            return seg_candidate, None, modifiers
        return specific or seg_candidate, specific, modifiers

    def _lists_radio_kind(self, path: str, result: Candidate) -> bool:
        """Whether `result` reads as the first level does, a list of kinds with a radio device (fr59's bucket): the
        same kind and evidence, compared by value (a cached state may be evicted; a brand masked in the first level
        reads it otherwise, and then this says no, as fr59 does)."""
        if len(result.types) != 1 or result.types[0] not in self._radio_kinds:
            return False
        first = self.path_state(path.partition(">")[0].strip(), "")[0]
        return (first is not None and first.bucket and first.types == result.types
                and first.evidence == result.evidence)

    def _lists_accessories(self, level: str) -> bool:
        """Whether a bucket level names a generic accessory among its alternatives ("Cell Phones & Accessories")."""
        generic_accessory = self._generic_accessory
        return any(hit.ref in generic_accessory for hit in self.matcher.read(self.normalised(level), hints=True).types)

    def _specific_alternative(self, level: str, word: str) -> bool:
        """Whether a bucket level ("Video Games & Consoles") names a specific (not kind-generic) type by a phrase of
        more words ending in the last word of `word` ("video games" for a leaf "Games"), or in its singular (mr59)."""
        last = word.rpartition(" ")[2]
        reading = self.matcher.read(self.normalised(level), hints=True)
        padded = reading.text
        for hit in reading.types:
            phrase = padded[hit.start : hit.end].strip()
            if hit.ref not in self._generic and phrase != last and phrase.endswith(
                    (f" {last}", f" {last[:-1]}") if len(last) > 4 and last[-1] == "s" else f" {last}"):
                return True
        return False

    def _department(self, first: Candidate) -> bool:
        """Whether a path's first level's reading, with no deeper level naming a specific kind, is a store's department
        (a lump of many kinds that a title refines, dept56): named by a category hint ("Kitchen & Dining", "Home
        Improvement": a department's name, where a product noun names the product), of a specific kind, and not of a
        kind whose department holds it alone (`department_keeps`: a bookshop)."""
        return (not first.department and first.evidence.startswith(_HINT_EVIDENCE)
                and not self._generic.issuperset(first.types) and self._department_keeps.isdisjoint(first.types))

    def leaf_words(self, path: str, brand: str, title: str, modifiers: tuple[tuple[str, str, str], ...]
                   ) -> tuple[tuple[str, str, str], ...]:
        """A path's modifiers with the power words of a leaf that names no type marked as the leaf's (`category
        leaf`): the type then came from a segment above, a shelf ("Pet Collars", "Presentation Supplies"), and the
        leaf's "GPS", "Wireless", "Electric" say what the product filed there is, as a title's words on a product of
        no type would. A shelf type's "no current" (`skip_if`) does not silence them. A leaf naming a type of its
        own ("Wireless Bras", "Wireless Charger Stands") is read as before: its words then qualify its own noun, and
        so is a leaf that begins with the title (Flipkart ends a path with the product's name: in "... > LUCINA
        rC-S-33 (Multicolor)" "rC" is a cup's model code, in "... travel kit (4 g, Set of 4)" "4 g" a weight)."""
        leaf = self.normalised(path.rpartition(">")[2].strip())
        if title and leaf.startswith(title):
            return modifiers
        if brand and brand in leaf:
            leaf = self._mask_brand(leaf, brand)
        seg_candidate, seg_modifiers = self.segment(leaf) if leaf else (None, ())
        power = self._leaf_power
        if seg_candidate is not None or not seg_modifiers or power.isdisjoint(map(_FIRST, seg_modifiers)):
            return modifiers
        count = len(seg_modifiers)  # (a path's modifiers are its leaf's, then its parent's: `path_state`)
        return tuple([(mod_id, word, "category leaf" if mod_id in power else where)
                      for mod_id, word, where in modifiers[:count]]) + modifiers[count:]

    def _segment_uncached(self, text: str) -> tuple[Candidate | None, tuple[tuple[str, str, str], ...]]:
        """One category path segment: its type candidate and its modifiers (id, word, "category")."""
        reading = self.matcher.read(text, hints=True)
        padded = reading.text
        modifiers = tuple([
            (hit.ref, matched_word(padded, hit), "category")
            for hit in reading.modifiers
            if (not hit.target or self._modifiers[hit.ref].reads_targets)
            and (hit.ref not in self._whole_segment or matched_word(padded, hit).strip() == text.strip())
        ]) if reading.modifiers else ()  # (most segments name none: no comprehension call)
        candidate = None
        if reading.types:
            candidate = self.bucket_candidate(padded, reading.types, SIGNAL_CATEGORY, "category")
        return candidate, modifiers

    def bucket_candidate(self, padded: str, hits: list[Hit], signal: str, where: str) -> Candidate | None:
        """One head per alternative of a bucket ("Cables, Chargers & Adapters"); one alternative = one type. (A
        marketplace product type is read the same way.)"""
        cuts = _bucket_cuts(padded)
        if not cuts:  # one alternative (most segments): its head, as the loop below would give it
            head = self.matcher.head(hits)
            if head is None:
                return None
            kind = "hint" if KIND_HINT in map(_KIND, hits) else "word"
            word = matched_word(padded, head)
            return Candidate((head.ref,), signal, f"{where} ({kind} '{word}')", word=word.strip())
        groups: dict[int, list[Hit]] = {}
        for hit in hits:
            groups.setdefault(bisect_right(cuts, hit.start), []).append(hit)
        heads: list[str] = []
        words: list[str] = []
        for index in sorted(groups):
            head = self.matcher.head(groups[index])
            if head is not None and head.ref not in heads:
                heads.append(head.ref)
                words.append(matched_word(padded, head))
        if not heads:
            return None
        if len(heads) > 1 and heads[-1] in self._generic_accessory and self._accessory_of_all(
                padded, cuts[max(groups) - 1] if max(groups) else 0, groups[max(groups)]):
            # "Coffee Maker & Espresso Machine Accessories": the last alternative's accessory word is shared by all
            return Candidate((heads[-1],), signal, f"{where} (word '{words[-1]}')", word=words[-1].strip())
        bucket = len(heads) > 1  # "Trading Cards & Accessories": a shelf of several kinds, the title may pick
        specific = [h for h in heads if h not in self._generic]
        if specific and len(specific) < len(heads):
            words = [w for h, w in zip(heads, words, strict=True) if h not in self._generic]
            heads = specific
        kind = "hint" if KIND_HINT in map(_KIND, hits) else "word"
        evidence = f"{where} ({kind} '{words[0]}')" if len(heads) == 1 else f"{where} (one of: {', '.join(words)})"
        return Candidate(tuple(heads), signal, evidence, bucket=bucket)

    def _without_department(self, path: str, text: str, candidate: Candidate) -> Candidate:
        """A deeper level's reading without the department's name it ends with, when that department lists kinds and
        one is a radio device (Cdiscount's "... > CABLE - CONNECTIQUE TV - VIDEO - SON": its "TV" is the department's,
        the leaf holds cables); the level's own reading when what is left names no kind (fr59)."""
        first = self.normalised(path.partition(">")[0].strip())
        if not text.endswith(f" {first}") or SEGMENT_BREAK not in first:
            return candidate
        department, _modifiers = self.segment(first)
        if department is None or not self._radio_kinds.issuperset(department.types) or not self._lists_kinds(first):
            return candidate
        own, _modifiers = self.segment(text[: -len(first)].strip(f" {SEGMENT_BREAK}"))
        return candidate if own is None else own

    def _lists_kinds(self, text: str) -> bool:
        """Whether a category segment lists alternatives ("TV - VIDEO - SON") of which one at least names no kind of
        the vocabulary: a word of its own, not only its separator (fr59)."""
        if SEGMENT_BREAK not in text:  # (a dash: "A - B"; a slash or an "&" joins one store's words, "Video Games &
            return False  # Consoles", "Electronics/TV, Audio & Surveillance": no such list)
        reading = self.matcher.read(text, hints=True)
        padded = reading.text
        cuts = list(map(re.Match.start, _DEPARTMENT_CUT.finditer(padded)))
        named = {bisect_right(cuts, hit.start) for hit in reading.types}
        bounds = [0, *cuts, len(padded)]
        return any(index not in named and any(char.isalpha() for char in _BUCKET_CUT_WORD.sub(
            "", padded[bounds[index]:bounds[index + 1]], count=1)) for index in range(len(bounds) - 1))

    def _names_one_of_many(self, level: str) -> bool:
        """Whether a level lists three alternatives or more ("TV, Audio & Surveillance") and only one of them names a
        kind of the vocabulary (mr64); "Video Games & Consoles" names two, "Cell Phones & Accessories" two. A list of
        dashes is a department's (`_lists_kinds`), read as such above."""
        text = self.normalised(level)
        if SEGMENT_BREAK in text:
            return False  # (a dash list: Cdiscount's departments, read as such above: fr59)
        reading = self.matcher.read(text, hints=True)
        padded = reading.text
        cuts = list(map(re.Match.start, _BUCKET_CUT.finditer(padded)))
        return len(cuts) > 1 and len({bisect_right(cuts, hit.start) for hit in reading.types}) == 1

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
        Google id or a Shopify id (`category_id`), or the longest listed prefix of a Google or Shopify path, English or
        Shopify's zh-CN one, matched on whole normalised segments from the start (the tables are one tree: the more
        specific entry wins, whichever table lists it)."""
        head, sep, _rest = text.partition(">")
        if not sep:
            found = self.category_id(text.strip())
            if found is not None:
                return found
        table = self.table
        if table is None or self.normalised(head) not in table.heads:  # (cached: first segments repeat in a catalog)
            return None
        segments = tuple(map(self.normalised, text.split(">")))  # (`category_segments`, each segment cached)
        for cut in range(len(segments), 0, -1):
            info = table.by_path.get(segments[:cut])
            if info is not None:
                return info, cut == len(segments)
        return None

    def category_id(self, key: str) -> tuple[CategoryInfo, bool] | None:
        """A category named by its id: a bare Google id an entry names; a Shopify gid, read through the longest listed
        id above it (Shopify's ids add one number per level: "el-4-8-2" is below "el-4-8"), or a bare Shopify id of
        two numbers or more read the same way. The category the id names is taken as the entry's whole (its own leaf
        words are not in the text)."""
        ids = self._category_ids
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

    def category_candidate(self, match: tuple[CategoryInfo, bool], reading: Candidate | None,
                           signal: str, text: str) -> Candidate | None:
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
        label = category_label(info)
        consistent = reading is not None and (info.allowed is None or info.allowed.issuperset(reading.types))
        if consistent and not exact and info.type_id is not None and self.path_state(
                ">".join(text.split(">")[len(info.segments):]), "")[0] is None:
            reading = consistent = None  # (a reading outside the branch is still vetoed, as on the entry itself)
        if reading is not None and consistent and (not exact or info.type_id is None) and not (
                info.type_id is not None and self._generic.issuperset(reading.types)
                and self._generic_accessory.isdisjoint(reading.types) and info.type_id not in self._generic):
            return Candidate(reading.types, signal, f"{reading.evidence} under {label}", bucket=reading.bucket,
                             word=reading.word)
        if info.type_id is None:
            return None
        vetoed = ""
        if reading is not None and not consistent:
            vetoed = f"; the leaf's reading as {' / '.join(reading.types)} is not of this branch"
        return Candidate((info.type_id,), signal, f"{label}{vetoed}", vetoed=reading.types if vetoed else (),
                         branch=info.branch)


#: the classes a power word sets (`_power_modifiers`): what a subject's level says nothing of under a work's
_POWER_CLASSES = frozenset({"eee", "electronic", "mains_lv", "battery", "button_cell", "radio", "transmitter",
                            "connected"})


def _bucket_cuts(padded: str) -> list[int]:
    """Where a bucket's alternatives after its first begin (`_BUCKET_CUT`). None in a text that holds no separator,
    which a substring test of each tells (s94: most segments hold none, and the pattern's search and the list of its
    matches cost a few thousand instructions a segment); the pattern finds a cut exactly where a separator stands."""
    for separator in _BUCKET_SEPARATORS:
        if separator in padded:
            return list(map(re.Match.start, _BUCKET_CUT.finditer(padded)))  # (map: no comprehension call)
    return []


def _names_word(word: str, padded: str) -> bool:
    """Whether a padded text holds `word` whole, or its singular when `word` is a plural in -s of five letters or more
    (a leaf "PILES" under a bucket "PILE - LAMPE ELECTRIQUE")."""
    return f" {word} " in padded or (len(word) > 4 and word[-1] == "s" and f" {word[:-1]} " in padded)


def category_label(info: CategoryInfo) -> str:
    """How a basis names a category entry: the taxonomy, the entry's path and the file."""
    return f"{info.taxonomy} product category '{info.path}' ({info.source})"


def branch_of(info: CategoryInfo, cand: Candidate | None) -> frozenset[str] | None:
    """What a category entry's branch holds, as the candidate it named says (its own type's kinds when it states no
    domain), or its domain; None when neither says. An entry with locked `classes` and an inherited domain speaks
    only for its own type's kinds (`CategoryInfo.class_scope`): a headlamp filed under Pneumatic Drills keeps its
    battery."""
    if info.classes and info.class_scope is not None:
        return info.class_scope
    return cand.branch if cand is not None and cand.branch is not None else info.allowed


def outside_branch(primary: Candidate | None, branch: frozenset[str] | None) -> bool:
    """The title named a product of another branch than the category entry's: the entry's classes speak for what its
    branch holds ("real vehicles are not toys"), not for a child's ride-on filed there."""
    return (primary is not None and branch is not None and primary.signal == SIGNAL_TITLE
            and primary.types[0] not in branch)


def category_key(category: str, title: str) -> str:
    """The category path as a cache key: one separator, and without a last segment that repeats the title.

    Flipkart ends its paths with the product title, often cut mid-word ("...Gold Plated Bras..."): the title
    signal already reads it, and the cut word would be misread, so the segment goes (a cut segment that does
    not repeat the title loses its cut word only). A leaf under two thirds of the title that only begins it
    ("Colouring Pencils" for "Colouring Pencils Value Pack (Pack of 12)") is a real shelf name and stays.
    """
    return leaf_key(category_parts(category), title)


def leaf_key(parts: tuple[str, str, str, bool, str], title: str) -> str:
    """`category_key` from the path's own parts (`category_parts`): only the leaf is compared with the title."""
    raw, head, last, cut, cut_key = parts
    if cut:
        return head if not last or title.startswith(last) else cut_key
    if last and title.startswith(last) and 3 * len(last) >= 2 * len(title):
        return head
    return raw


def category_parts(category: str) -> tuple[str, str, str, bool, str]:
    """What `category_key` needs of a path, without the title: (path, path without its leaf, leaf, leaf cut
    mid-word, path with the cut word dropped). Paths repeat across a catalog; titles do not."""
    raw = category.strip().strip("[]\"'")
    if "›" in raw or "»" in raw:
        raw = raw.replace("›", ">").replace("»", ">")
    if "|" in raw and ">" not in raw:
        raw = raw.replace("|", ">")  # a path with "|" between its segments (Amazon India's export)
    if "/" in raw and ">" not in raw and raw.startswith(_SLASH_PATH_ROOTS):
        raw = " > ".join(raw.split("/", 2))  # Mercari's "Women/Tops & Blouses/Blouse" (mr59): three levels
    if ", " in raw and ">" not in raw and not raw.endswith(("...", "…")):
        # a path with ", " between its levels ("Kitchen & Dining, Small Appliances"), not a title cut short in its place
        raw = raw.replace(", ", " > ")
    if " " not in raw and ">" in raw:
        raw = _CAMEL_BOUNDARY.sub(" ", raw)  # a path of several segments written without spaces: its words apart
    head, sep, last = raw.rpartition(">")
    if not sep:
        return raw, raw, "", False, raw  # no leaf to drop: the path itself, whatever the title
    last = last.strip()
    if last.endswith(("...", "…")):
        last = last.rstrip(".… ")
        last = last.rsplit(" ", 1)[0] if " " in last else ""
        return raw, head, last, True, f"{head}>{last}"
    return raw, head, last, False, raw
