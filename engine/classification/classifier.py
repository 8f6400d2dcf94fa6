"""Product classification: what a product is, which regulatory classes follow, and the basis of each.

Signals, in order of trust (the first that names a type establishes it; a later one only refines it):

1. explicit attributes (a dict of known class values from the integrator): override classes, applied last;
2. HS code: the longest matching heading names a type and/or class facts;
3. marketplace product type (Amazon `HEADPHONES`) and the category path, most specific segment first; a path of the
   Google or the Shopify product taxonomy (or a category id of either, `CategoryReader.category_id`) is read through
   their tables (`google_product_categories.yaml`, `shopify_product_categories.yaml`, one tree): the longest listed
   prefix names the type, and a leaf below it refines only when it reads as a kind of the branch.
   A category is where a product is *shelved*: when the title names an accessory (a case shelved under
   phones), or the category segment is a bucket of several kinds ("Cables, Chargers & Adapters"), or the
   category type is generic ("Toys"), the title's head noun refines it;
4. title, read for its head noun;
5. description and bullet points, when nothing above names a type.

A type gives the classes it determines; modifiers ("bluetooth", "kids", "collector") decide the classes it
leaves open (or override, where the YAML says so); generic implications (radio => eee) complete the set, and
whatever is still open is false, with a basis saying that nothing decided it.

This module is the orchestrator: the public API and its caches, the title reader, and the choice between the
signals' candidates (`_choose`). A category path or id is read by `category_reading.CategoryReader`, and the classes
and their basis are built from what the signals said by `facts.FactBuilder`; `signals.Candidate` is what they pass.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from pathlib import Path

from crossguard.rules import RULES_DIR

from .category_reading import CategoryReader, branch_of, leaf_key, outside_branch, remembered
from .facts import Core, FactBuilder, Recipe, TypeResult
from .matcher import Hit, Matcher, Mention, Reading
from .normalise import CJK_MARK, PATH_SEPARATOR, SEGMENT_BREAK, normalise
from .platform_title import GAME_CONSOLE, PLATFORM_MODIFIER, platform_kind
from .secondary import added_items, blank_codes, bundle_lead, narrower_in_description, second_product
from .shelf_sense import shelf_sense, shelf_senses
from .signals import (
    SIGNAL_BRAND,
    SIGNAL_CATEGORY,
    SIGNAL_DESCRIPTION,
    SIGNAL_HS,
    SIGNAL_LINE,
    SIGNAL_OVERRIDE,
    SIGNAL_PRODUCT_TYPE,
    SIGNAL_TITLE,
    Candidate,
    matched_word,
)
from .vocabulary import (
    SUPPLY_CLASSES,
    EndNumber,
    HsInfo,
    TypeInfo,
    Vocabulary,
    VocabularyError,
    kinds_of,
    load_vocabulary,
)

__all__ = ["DEFAULT_GOOGLE", "DEFAULT_HS", "DEFAULT_SHOPIFY", "DEFAULT_TYPES", "Classifier", "ProductText",
           "TypeResult"]

DEFAULT_TYPES = RULES_DIR / "product_types.yaml"
DEFAULT_HS = RULES_DIR / "hs_codes.yaml"
DEFAULT_GOOGLE = RULES_DIR / "google_product_categories.yaml"
DEFAULT_SHOPIFY = RULES_DIR / "shopify_product_categories.yaml"
PART_TYPE = "spare_part"  # the type whose words ("spare parts", "replacement part") say a title names a part
# A model's fitted parts are the kinds of these (a propeller, an ESC, a receiver; a LiPo pack), not a bare "spare part"
# or "rechargeable battery" ("Rechargeable Battery RC Car" is the car, as sold): named before the model
# with no "for" they are the product (`_part_before_model`); the models are the types this modifier's complete-model
# words ("RTF", "BNF") apply to, which keep the model (rcparts42)
_FITTED_ROOTS = (PART_TYPE, "battery_cell")
_READY_TO_USE = "rc_ready_to_use"
_BATTERY = "battery_cell"  # a battery; its kinds are packs, cells, vehicle and LMT batteries (`_part_after_machine`)
# A battery named after a machine with a conjunction between is sold with it ("Camera + Extra Battery", "Drone and 2
# Batteries", "无人机和电池"), not instead of it (`_part_after_machine`)
_JOINED = re.compile(r"\+|&| and | plus |和|及|与")
# ... and the French and German "and", between a head-first title's two products (`_head_initial`, review66: "Chargeur
# secteur et chargeur voiture", "Ladegerät und KFZ Ladegerät")
_JOINED_HEADS = re.compile(_JOINED.pattern + "| et | und ")
# A cell named by its size or chemistry after a machine ("Bikini Trimmer AAA Battery", "Torch 18650 Battery") says what
# the machine runs on; the bare word, or a pack named by its device, is the spare battery
_BARE_BATTERY = frozenset({"battery", "batteries", "电池"})

_FIRST = itemgetter(0)
_END = attrgetter("end")  # a Hit's end offset (`_part_after_machine`)
# A part word that follows the noun it qualifies: "Key Fob Battery Replacement" is a replacement battery, not a spare
# part of a battery (`_part_after_machine`; elsewhere it stays the spare part's synonym)
_POSTPOSITIVE = frozenset({"replacement"})
_LEAF_POWER_CLASSES = ("radio", "mains_lv", "battery")  # what a leaf's power word must set to speak (`_leaf_power`)
_POWER_CLASSES = ("eee", "mains_lv", "radio", "battery")  # one set true: a powered machine (`_part_of_machine`)
_NOT_MACHINES = ("accessory", "generic_accessory")  # a charger's, a remote's shelf is no machine's
_CABLE = "cable"  # its kinds: a device named right after one is what the cable is for (`_cable_before`)
_CASE = "case_generic"  # a case or cover of any kind (`_part_of_machine`: on a cased accessory's shelf)
_ELECTRICAL = "appliance"  # the generic electrical appliance: EEE, nothing else of power (`_part_of_machine`)
_SHELF_SIGNALS = (SIGNAL_CATEGORY, SIGNAL_PRODUCT_TYPE)  # where a seller files the product
_DRESS_UP = "costume"  # a fancy-dress shelf: a plaything a title names there is the product (`_garment_named`)
_TOY_SHELF = "toy_version_shelf"  # its path words make a toy tree (`_toy_shelf_yields`)
_NO_KINDS: frozenset[str] = frozenset()
_STORAGE_WORDS = frozenset({"storage", "rom"})  # what a phone's bracket names after its RAM (`_amount_bracket`)
_ROM = frozenset({"rom"})  # what only a phone or tablet calls the storage after its RAM (`_ram_before_rom`)
# s97: a phone's RAM lent from its storage, between the amount and "RAM" ("8GB + 8GB Extended RAM + 256GB ROM")
_RAM_QUALIFIERS = frozenset({"extended", "virtual", "expandable", "extra"})
#: what a repair shop sells with another part after a device line's name (`_line_before_bundle`)
_REPAIR_PARTS = frozenset({PART_TYPE, "phone_spare_part"})
_PHONE_SPECS = frozenset({"camera", "battery_pack"})  # what else a phone's title names (its camera, its battery)
# s97: what its spec sheet names beside its RAM and storage (`_ram_before_rom`, `_amount_bracket`'s callers): also its
# battery by the cell's word and the charger in its box ("... (Flash Blue, 4GB RAM+128GB Storage) ... | 5000mAh Big
# Battery | Charger Included")
_SPEC_SHEET_KINDS = _PHONE_SPECS | {"battery_cell", "mains_charger"}
# The accessories fitted to a device that sellers title by the device (`_device_on_accessory_shelf`), with their kinds
_FITTED_ACCESSORY_ROOTS = ("mains_charger", "charging_cable", "screen_protector")
# A screen size between "for" and the device it fits ("for 15 macbook pro", "for 15.6 inch laptop": `_for_object`)
_SIZE_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_SIZE_UNITS = frozenset({"inch", "in", "inches"})
# A bare number that ends a normalised title, with the number before it when a space or a slash ("∶") joins them
# (`_end_number_sources`): "chaussons boots 30∶31", "baskets 28 29", "tongs 33"; each a whole word
_TITLE_END_NUMBER = re.compile(r"(?:(?<![^ |])([0-9]+)[ ∶])?(?<![^ |∶])([0-9]+)$")
_SIZE_PAIR_GAP = 4  # "28-29", "30/31", "23/26" (a range of a shop's sizes), not "35 19" (a tyre's size)
# a memory or storage amount (`_namesake_by_amounts`): "8 gb", "500 g", "1 tb", "1 t" as the normaliser splits them
_MEMORY_AMOUNT = re.compile(r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)? (?:gb|tb|g|t)(?![a-z0-9])")
# s91 (`_device_before_specs`): the devices whose titles list a spec sheet, and the parts it names after them (not an
# accessory, a bag, a wallet or a skin, which a title also names after the device and its storage)
_SPEC_SHEET_DEVICES = frozenset({"smartphone", "feature_phone", "tablet", "laptop"})
_SPEC_PARTS = frozenset({"camera", "battery_pack", "battery_cell", "memory_card", "computer_component",
                         "internal_drive", "processor", "software"})
# its memory and storage amounts, in gigabytes and terabytes only ("4g" is also a network, "50 g" a weight; not a link's
# "sata 3 gb / s")
_SPEC_MEMORY = re.compile(r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)? (?:gb|tb)(?![a-z0-9]| / s)")
# an amount or a count of lenses right before a phone's camera or battery: "4000 mah battery", "48 mp quad camera",
# "dual camera"; a spec word that begins with its amount's unit ("mah battery")
_SPEC_BEFORE = re.compile(
    r"(?:[0-9] ?(?:mah|mp|ah)|dual|triple|quad|penta|big|large) (?:(?:rear|front|ai|main|lens|camera|cameras) )*$")
_AMOUNT_UNITS = ("mah ", "mp ")
# a model's tail after a device's word, and a spare part's word right after it ("iPhone 13 Battery", "Redmi Note 10
# Battery", "iPhone 12 Pro Rear Camera"): that part is the product; an amount's unit there ends the tail
_MODEL_TAIL_WORD = re.compile(r"[0-9]{1,2}|[a-z]{1,2}|pro|max|plus|ultra|lite|mini|note|edge|prime")
_SPEC_UNITS = frozenset({"mp", "gb", "tb", "mb", "mah", "ghz", "mhz", "inch", "in"})
_SPARE_WORDS = frozenset({"battery", "batteries", "camera", "cameras", "rear", "front", "back", "lens", "screen", "lcd",
                          "display", "housing", "motherboard", "charging", "flex", "parts", "part"})
_REPLACEMENT = " replacement "
# what a cream's title weighs or measures out (`_coloured`): grams and millilitres, not an appliance's litres or kilos
_CREAM_AMOUNT = re.compile(r"[0-9] ?(?:ml|g|gm|gms|gr|grams?|oz)(?![a-z])")
# a word that only says how much or how big, or an energy class ("cream 700w", "cream 220 240 v", "in cream a"): the
# colour still ends its phrase
_AMOUNT_WORD = re.compile(r"[0-9][0-9.,/x]*[a-z]{0,3}|[a-g]|v|w")
# how a colour ends its phrase (`_coloured`): the title's end, a phrase break or a bracket, "with", "and", "in"
_COLOUR_PHRASE_ENDS = ("|", ",", "/", "(", ")", "&", "+", "-")
_COLOUR_END_WORDS = frozenset({"with", "and", "in"})
# A count before a French title's first noun ("Lot 2 Etui ...", "Lot de 3 Coques ...", "2x Câble USB ...") leaves that
# noun the head of its phrase (`_head_initial`)
_LEADING_COUNT = re.compile(r"(?:(?:lot|pack)(?: de)?(?: \d+ ?x?)?|\d+ ?x?|x ?\d+)")


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


def _before_bundle(reading: Reading) -> frozenset[str]:
    """The modifiers of a reading outside what the title says comes with the product (s89, `_line_candidate`): not in
    a with-part (`Hit.sub`: after one of the vocabulary's list splitters, "with", "inkl.", "avec", "mit"...) nor after
    a bundling " + " (`_bundle_plus`). A comma or a dash is no bundle: "Garmin Fenix 7, Strap QuickFit" is the strap."""
    plus = _bundle_plus(reading.text)
    cut = len(reading.text) if plus == -1 else plus
    return frozenset(hit.ref for hit in reading.modifiers if not hit.sub and hit.start < cut)


def _bundle_plus(padded: str) -> int:
    """Where a title's first bundling " + " stands, -1 for none; not a promotion's count ("Lot 2 + 1 gratuit")."""
    at = padded.find(" + ")
    while at != -1 and padded[at - 1 : at].isdigit() and padded[at + 3 : at + 4].isdigit():
        at = padded.find(" + ", at + 3)
    return at


#: mr59: device lines an accessory title names after the accessory, with no "for" (`Classifier._accessory_before_line`)
_ACCESSORY_LINES = frozenset({"smartphone", "feature_phone", "tablet", "e_reader"})


class Classifier:
    """Classifies ProductTexts against a Vocabulary; results are cached by normalised text."""

    def __init__(self, vocab: Vocabulary, cache_size: int = 8192):
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self._types = vocab.types
        self._modifiers = vocab.modifiers
        self._generic = frozenset(t.id for t in vocab.types.values() if t.generic)
        self._accessory = frozenset(t.id for t in vocab.types.values() if t.role == "accessory")
        self._generic_accessory = frozenset(t.id for t in vocab.types.values() if t.role == "generic_accessory")
        # An accessory named after "A and": A is what it fits when A is an electrical device ("Phone and Tablet Case"),
        # and a second product when it is not ("Veil & Fake Blood Set ... Accessory")
        self._accessories = self._accessory | self._generic_accessory
        self._devices = frozenset(t.id for t in vocab.types.values()
                                  if t.facts.get("eee", (False,))[0] is True and t.id not in self._accessories)
        # Devices with a battery of their own (a phone, a tablet, a laptop, a camera; also vehicles and alarms, which
        # no case or charger shelf holds), and the accessories fitted to them (a case of any kind, a charger, a
        # charge cable, a screen film): a title naming only the device on such a shelf names what the accessory fits
        # (`_device_on_accessory_shelf`)
        self._hosts = frozenset(t for t in self._devices if vocab.types[t].facts.get("battery", (False,))[0] is True)
        # Types whose own classes make them textiles (garments, costumes, linen) and types that are playthings: a
        # title naming a plaything refines a textile shelf (`_choose`).
        self._textile_types = frozenset(t.id for t in vocab.types.values() if t.facts.get("textile", (False,))[0])
        self._plaything_types = frozenset(t.id for t in vocab.types.values() if t.facts.get("toy", (False,))[0])
        # (one attribute: past 30, Python 3.11 stores an instance's in a plain dict; compiled, `self._rules.kinds` is a
        # C read of a C field, classifier.pxd)
        self._rules = _reader_rules(vocab, self.matcher)
        rules = self._rules
        self._fitted_accessories = frozenset(
            {t for root in _FITTED_ACCESSORY_ROOTS if root in vocab.types for t in (root, *rules.kinds.get(root, ()))}
            | rules.cases)
        self._shelf_kept = frozenset().union(*rules.shelf_keeps.values())  # (`_kept_by_shelf`: only these are asked)
        # Modifiers a title may decide. The others' words found in a title (a maker's name that only the brand field
        # speaks for, a shelf word read only in category paths) would be dropped by `_apply_modifiers` (facts.py):
        # leaving them out of the recipe saves building them and lets more products share one recipe.
        self._title_modifiers = frozenset(mod.id for mod in vocab.modifiers.values() if "title" in mod.read_in)
        self._audience_only = frozenset(mod.id for mod in vocab.modifiers.values() if mod.audience_only_types)
        self._type_phrases = frozenset(p for t in vocab.types.values() for p in t.synonyms)
        self._cache_size = cache_size
        self._raw_cache: OrderedDict[tuple[object, ...], Core] = OrderedDict()
        self._facts = FactBuilder(vocab)
        # (s94) the caches of `_build`, `_brand_words` and `_brand_names_toy_line` (`remembered`; a brand's normalised
        # text is the category reader's `normalised`)
        self._cores: dict[Recipe, Core] = {}
        self._brand_sources: dict[str, tuple[tuple[str, str, str], ...]] = {}
        self._toy_line_brands: dict[str, bool] = {}
        self._paths = CategoryReader(
            vocab, self.matcher, generic=self._generic, generic_accessory=self._generic_accessory,
            whole_segment=self._rules.whole_segment, leaf_power=self._rules.leaf_power,
            department_keeps=vocab.department_keeps, department_senses=vocab.department_senses,
            mask_brand=self._mask_brand, cache_size=cache_size)

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
            return self._facts.finish(core, attributes)
        return self._final(core).copy()

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

    def _final(self, core: Core) -> TypeResult:
        final = core.final
        if final is None:
            final = core.final = self._facts.finish(core, None)
        return final

    def _core_of(self, forced_type: str | None, title: str, category: str | None, brand: str | None,
                 product_type: str | None, hs_code: str | None, description: str | None,
                 bullet_points: tuple[str, ...]) -> Core:
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
                parts = self._paths.category_parts(category)
                key = leaf_key(parts, title)
                if key == parts[1] != parts[0] and not parts[3]:
                    whole = parts[0]  # the title repeats the leaf: a taxonomy path is still read whole (for its veto)
            core = self._core_uncached(
                normalise(title),
                key,
                self._paths.normalised(brand) if brand else "",
                normalise(product_type) if product_type else "",
                "".join([ch for ch in hs_code if ch.isdigit()]) if hs_code else "",
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
        self._cores.clear()
        self._paths.cache_clear()
        self._brand_sources.clear()
        self._toy_line_brands.clear()

    # -- signals -------------------------------------------------------------------------------------------

    def _mask_brand(self, text: str, brand: str, title: bool = False) -> str:
        """Blank out the brand ("Smart Choice", "Threads & Pals") so its words are not read as product words.

        Not when the title goes on to say a longer vocabulary phrase that holds the brand ("Disney World of Cars" by
        "Disney", "Fisher-Price Laugh & Learn" by "Fisher-Price", s84: "Flash Bower automatique" by "Bower", "Couverture
        protection Intex" by "Intex"): that phrase is the title's own words, and blanking the brand would cut it; the
        brand alone is still never read. Not a phrase after a " + " either: a bundle's accessory named with the brand
        ("Nokia 105 + Film Nokia") would outvote the device named first.

        Nor, in a `title`, when the brand field names a toy line by its specific kind ("Ty Beanie Boos", "Paddington
        Bear", "Lite Brix") and the rest of the title names no type: the line's noun is then the only one the title
        has, and blanking it left the product untyped. A rest that names its own type ("Ty Beanie Boos Phantom Ghost
        Plush") still has the brand blanked, so the brand never outvotes the title's own noun. Generic kinds in a
        maker's name ("Keel Toys", "Smart Games", "Jet Creations", "Thunder Tiger"), a kind that begins a name ("Bear
        Grylls", "Teddy Hermann") and other kinds ("Micro Chargers", "Kishore Dresses", "MCB Exports") stay blanked:
        they name the maker, not a line. Not in category paths, where a brand leaf ("Threads & Pals") is a shop's brand
        shelf.
        """
        if not brand or brand not in text or len(brand) < 3 or brand == text or brand in self._type_phrases:
            return text
        padded = f" {text} "
        spaced = f" {brand} "  # (made once: a title holding the brand asks for it twice)
        if spaced not in padded:
            return text
        phrases_with = self._rules.phrases_with
        if brand in phrases_with:  # (rare: a brand inside a vocabulary phrase)
            bundle = _bundle_plus(padded)  # review84c: not an accessory bundled after "+" ("Nokia 105 + Film Nokia")
            for phrase in phrases_with[brand]:
                at = padded.find(f" {phrase} ")
                if at != -1 and (bundle == -1 or at < bundle):
                    return text
        masked = padded.replace(spaced, " _ ").strip()  # "_" keeps the phrase structure and matches nothing
        if title and self._brand_names_toy_line(brand) and not self.matcher.read(masked).types:  # (rare)
            return text
        return masked

    def _brand_names_toy_line(self, brand: str) -> bool:
        """`_brand_names_toy_line_uncached`, cached."""
        named = self._toy_line_brands.get(brand)
        return named if named is not None else remembered(
            self._toy_line_brands, brand, self._brand_names_toy_line_uncached(brand), self._cache_size)

    def _brand_names_toy_line_uncached(self, brand: str) -> bool:
        """Whether the (normalised) brand field names a line by a specific plaything kind: a kind's name of two or
        more words anywhere ("Lite Brix Moonlight Monsters", "Ty Beanie Boos"), or of one word at its end ("Build-A-
        Bear"). One such word that begins a name is a person's or a trade's ("Bear Grylls", "Dolls Kill", "Kite
        Packaging"). Most brands share no word with such a kind's names, which a set lookup tells without reading."""
        if self._rules.toy_line_words.isdisjoint(brand.split()):
            return False
        kinds = self._rules.toy_line_kinds
        reading = self.matcher.read(brand)
        text = reading.text
        return any(h.ref in kinds and (" " in text[h.start : h.end].strip() or not text[h.end :].strip())
                   for h in reading.types)

    def _title_candidate(self, title: str, brand: str) -> tuple[Candidate | None, Reading]:
        # (most titles do not name the brand)
        named = bool(brand) and brand in title
        text = self._mask_brand(title, brand, title=True) if named else title
        if PATH_SEPARATOR in text:
            text = text.replace(f" {PATH_SEPARATOR} ", f" {SEGMENT_BREAK} ")
        reading = self.matcher.read(text)
        types = reading.types
        head = types[0] if len(types) == 1 else self.matcher.head(types)  # (one hit, most titles: no call)
        if head is None:
            return (self._platform_candidate(reading, brand)
                    if reading.modifiers else None), reading
        if head.sub and self._line_before_bundle(reading, head):  # (rare: only what comes "with" names a kind)
            return None, reading
        ref = head.ref  # (read once, and again where the head changes: each read of a field is an attribute lookup)
        if len(types) > 1 and not head.target and self._rules.head_initial:  # (a French "Coque iPhone 6"?)
            head = self._head_initial(reading, head)
            ref = head.ref
        if len(types) > 2 and not head.target:  # (three type words or more: a trailing list of targets?)
            listed = self.matcher.trailing_list(reading, head)
            if listed is not None:  # (rare)
                reading = listed
                types = reading.types
                head = self.matcher.head(types)
                ref = head.ref
        if len(types) > 1 and ref in self._rules.kinds:  # (a broad word with kinds, and another word)
            head = self._narrower_before(reading, head)
            ref = head.ref
        if len(types) > 1 and ref in self._rules.machines:  # (rare: a machine and another word in one title)
            head = self._part_after_machine(reading, head)
            ref = head.ref
        if ref in self._rules.part_machines and not head.target:  # (a mains machine heads: "Dishwasher Wheels"?)
            head = self._part_word_after(reading, head)
            ref = head.ref
        if len(types) > 1 and ref in self._rules.models:  # (rare: a drone or RC model and another word)
            head = self._part_before_model(reading, head)
            ref = head.ref
        if len(types) > 1 and (ref in self._plaything_types or ref in self._generic) and not (
                head.sub or head.target):
            # (a plaything or a generic word, and another word) goods that carry a design, named last after "with", are
            # the product and the plaything before "with" their design: "Karta P Bear With Game Art Plastic Pencil
            # Box", "Karta Car With Calculator ... Pencil Box", "Ninja Turtles Fighters with There Weapons A5 Notebook"
            # (toy50); a toy "with" its bottle or dress stays the toy
            last = types[-1]
            if last.sub and not last.target and last.ref in self._rules.design_carriers:
                head = last
                ref = head.ref
        if len(types) > 1 and ref in self._devices and not head.target:  # (a device and another word: a cable's?)
            head = self._cable_before(types, head, reading.text)
            if head.ref in _ACCESSORY_LINES:  # (a phone or a tablet: its case's, named before it?)
                head = self._accessory_before_line(types, head)
            ref = head.ref
        if len(types) > 1 and ref in _SPEC_PARTS and not head.target and not head.sub:
            # (a device named before a later type word: its spec sheet's camera or battery?)
            head = self._device_before_specs(reading, head)
            ref = head.ref
        if ref in self._rules.device_heads:  # (rare: a word a device shares and another word, "Notebook ... Core i3"?
            # or a bracket's amount alone, "(2 GB RAM)"? or a phone's RAM and ROM, "8 GB RAM + 256 GB ROM"?)
            head = self._ram_before_rom(reading, types, head)
            if head.ref == ref and len(types) == 1:
                head = self._amount_bracket(reading, head)
                if head.ref == ref:  # (s97: the storage joined by "+", "(Flash Black, 4GB RAM+64GB Storage)"?)
                    head = self._amount_bracket(reading, head, storage=True)
            elif head.ref == ref:
                head = self._namesake_device(types, head)
                if head.ref == ref and not [hit for hit in types
                                            if hit.ref != ref and hit.ref not in _SPEC_SHEET_KINDS]:
                    # (not retyped, and nothing but a phone's specification beside: "(Blue, 6GB RAM, 128GB Storage) |
                    # ... Processor | 50MP Camera"?) A list, not all(): a cpdef method holds no closure (classifier.pxd)
                    head = self._amount_bracket(reading, head, storage=True)
            if head.ref == ref:  # (not retyped: the memory amounts after the word?)
                head = self._namesake_by_amounts(reading, head)
            ref = head.ref
        if len(types) > 1 and (ref in self._accessories or ref not in self._rules.machines) and " + " in reading.text:
            # (rare: a bundle led by a device, or one of supplies led by a machine? An accessory's is led by a device)
            lead = bundle_lead(reading, head, self._hosts,
                               _NO_KINDS if ref in self._accessories else self._rules.machines)
            if lead is not None:
                head = lead
                ref = head.ref
        word = reading.text[head.start : head.end]  # `_word`, inline: every product with a type in its title
        if CJK_MARK in word:
            word = word.replace(CJK_MARK, "")
        # (rare: a costume named as "fancy dress")
        if ref in self._rules.label_types and word in self._rules.trailing_labels:
            labelled = self._labelled(types, head)
            if labelled is not None:
                head = labelled
                ref = head.ref
                word = reading.text[head.start : head.end]
        if len(types) > 1 and ref in self._rules.colour_types and word.strip() in self._rules.colour_words:
            coloured = self._coloured(reading, head)  # (rare: "Kettle Cream", "Mini Fridge in Cream")
            if coloured is not None:
                head = coloured
                ref = head.ref
                word = reading.text[head.start : head.end]
        target = head.target  # (the head is decided: each read once, speed47)
        if len(types) > 1 and not target and ref not in self._rules.frame_keeps:  # ("Dolls House ... Cooker")
            framed = self._framed(reading, head)
            if framed is not None:  # (rare)
                return framed, reading
        if named and not target and ref not in self._plaything_types and (
                ref not in self._rules.frame_keeps):  # (a toy line blanked out of the title: "Zomlings ...")
            framed = self._brand_framed(brand, head, reading)
            if framed is not None:  # (rare)
                return framed, reading
        if target and ref in self._devices:
            # (rare: a title naming a device only after "for") the devices a title lists after "for" are what the
            # product is for (radio49): a type named in a later phrase is the product ("for PC, Laptop, Power Bank ...
            # USB Led Light", "for Iphone 6 Plus Lightning Cable"); with none, a device right after "for" names no
            # product ("Book Case for iPad 2/3", "Anti-Radiation Chip for Laptop")
            besides = self._besides_object(reading, head)
            if besides is None:
                return (self._platform_candidate(reading, brand)
                        if reading.modifiers else None), reading
            if besides is not head:
                head = besides
                word = reading.text[head.start : head.end].replace(CJK_MARK, "")
                ref, target = head.ref, head.target
        where = "title word" if not target else "title target word"
        part = False
        also = None
        fits = False
        if len(types) > 1:  # (one hit, most titles: no part word beside the head, no second product)
            models = self._rules.models
            for hit in types:
                if hit.ref == PART_TYPE and not hit.target and not hit.sub:
                    part = True
                elif hit.target and not target and hit.ref in models:
                    fits = True  # "... LED Strip for DJI Phantom 3 ... Quadcopter" (`_choose`, radio49)
            if " and " in text or " & " in text:  # (rare: two product nouns and a conjunction)
                first = second_product(reading, head, self._generic)
                if first is not None and ref in self._accessories and first.ref in self._devices:
                    first = None  # "Phone and Tablet Case", "Drone and Camera Battery Charger": what it is for
                if first is not None:
                    also = (first.ref, f"title word '{matched_word(reading.text, first).strip()}'")
            if also is None and " + " in text:  # (rare: a bundle's items)
                first = self._added_product(reading, head)
                if first is not None:
                    also = (first.ref, f"title word '{matched_word(reading.text, first).strip()}' after a '+'")
        return Candidate((ref,), SIGNAL_TITLE, f"{where} '{word}'", target=target, part=part,
                          word=word.strip(), also=also, sub=head.sub, fits_model=fits), reading

    def _added_product(self, reading: Reading, head: Hit) -> Hit | None:
        """The bundle item a "+" adds whose classes join the product's (s73, `added_items`): the first electrical one,
        else the first. Beside an accessory (a case, a charger, a cable, a holder) no battery device a "+" lists is
        sold: French and German titles list the models the accessory fits that way ("Chargeur iPhone + iPad", "Coque
        Galaxy S4 + Galaxy S4 mini", "Coque Galaxy S10+ Smartphone"); a keyboard or a charger beside a case is ("Etui
        rouge + clavier")."""
        items = added_items(reading, head, self._devices)
        if head.ref in self._accessories:
            items = [hit for hit in items if hit.ref not in self._hosts]
        if not items:
            return None
        types = self._types
        for hit in items:
            if types[hit.ref].facts.get("eee", (None,))[0] is True:
                return hit
        return items[0]

    def _cable_before(self, types: list[Hit], device: Hit, text: str) -> Hit:
        """A cable named right before the device that heads a title is the product, the device what it is for
        (amzinm55): Amazon India's cable titles name the device they serve last, with no "for" ("MI Usb Type-C Cable
        Smartphone", "Double Braided Nylon USB Type-C to Type-C 2.0 Cable Smartphone"), and head-final reading took
        the phone with its mains, radio and battery. Only a kind of cable (a charging, AV or power cable), with
        nothing but a space between the two words, in one phrase: the bare word "cable" makes compounds with a
        device ("Wireless Cable Router" is a router for cable broadband, "Cable TV"), a device named in a phrase of
        its own stands, and so does a device named before the cable ("Phone Cable")."""
        before = _named_before(types, device)
        if before is None or before.ref not in self._rules.cables or text[before.end : device.start].strip():
            return device
        return before

    def _accessory_before_line(self, types: list[Hit], device: Hit) -> Hit:
        """An accessory named right before the phone or tablet that heads a title's phrase is the product, the device
        what it fits (mr59): sellers' titles name the case, screen protector or charger, then the phone it fits, with no
        "for" ("Speck Protective Grip Case IPhone 6/6s", "Pug Case Silicone iPhone 6/6s", "Screen protector iPhone 7",
        "iPhone 7 Case iPhone 7 Plus"), and head-final reading took the phone, with its radio, mains and battery. The
        type word right before the device's, in the same phrase, not after "for" or "with", must be an accessory's (a
        case, a protector, a charger, a cable...); words that are no type may stand between ("Case Silicone iPhone").
        A device named in a phrase of its own, after "with", or first ("iPhone 6 Case") is read as before."""
        before = _named_before(types, device)
        return before if before is not None and before.ref in self._accessories else device

    def _head_initial(self, reading: Reading, head: Hit) -> Hit:
        """The accessory a French title names first, before the device it fits (cdfr55, `reading.head_initial`).

        French puts a noun phrase's head first ("Coque iPhone 6", "Batterie HP Pavilion DV2", "Housse ordinateur
        portable", "Bijoux téléphone Xperia"), where English puts it last ("iPhone 6 Case"), so head-final reading takes
        the phone or the laptop, with its radio, mains and battery. When the first type word of the head's phrase is
        that phrase's first word (after a count: "Lot 2 Etui ...", "2x Coque ...", acc64) and begins with one of the
        listed French accessory nouns, it is the head. Only French
        nouns are listed: an English "Cable Knit Sweater" or "Film Camera Strap" keeps its last word. A German
        compound's head (`reading.compound_heads`) ending that first word counts as it (ger59: "Gürteltasche Nerf Game",
        "Allzwecktasche Cars Racing" are bags, not a game or a toy car). A first word whose kind the head narrows
        is the broad search word before the product's line (kf66: "Kopfhörer Xiaomi Redmi Buds 6", "Uhr Samsung
        Galaxy Watch 6" are wireless earbuds and a smartwatch, with their radio), so the head stays; not across a
        "+" or an "and", "et", "und" ("Chargeur maison rapide + chargeur voiture" is both chargers)."""
        text = reading.text
        first = head
        for hit in reading.types:
            if hit.start < first.start and hit.segment == head.segment and not hit.target and not hit.sub:
                first = hit
        if first is head:
            return head
        phrase = text[first.start : first.end].strip()
        if not _begins_with_one(f"{phrase} ", self._rules.head_initial) and phrase not in self._rules.head_initial_de:
            return head
        if head.ref in self._rules.kinds.get(first.ref, _NO_KINDS) and not _JOINED_HEADS.search(
                text, first.end, head.start):
            return head
        before = text[: text.rfind(" ", 0, first.start + 1) + 1].rstrip()  # (up to the word a compound's head ends)
        start = max(before.rfind("|"), before.rfind(","), before.rfind(">")) + 1  # (no generator: a C method, .pxd)
        if not before[start:].strip() or _LEADING_COUNT.fullmatch(before[start:].strip()):
            return first
        return head

    def _besides_object(self, reading: Reading, head: Hit) -> Hit | None:
        """What a title names besides the device `head` it names after "for" (radio49): the right-most type of the
        last later phrase of its target (not a "with" part: "... Compatible Cordless Phone with Answering Machine" is
        the phone), if any; else `head`, unless `head` is the very word after "for"
        (`_for_object`), then the head of the other types that are not such a device, or None."""
        later = None
        for hit in reading.types:
            if hit.target and hit.sub == head.sub and hit.segment > head.segment and (
                    later is None or (hit.segment, hit.end) > (later.segment, later.end)):
                later = hit
        if later is not None:
            return later
        text = reading.text
        if not self._for_object(text, head.start):
            return head
        devices = self._devices
        rest = [h for h in reading.types if not (h.target and h.ref in devices and self._for_object(text, h.start))]
        return self.matcher.head(rest) if rest else None

    def _for_object(self, text: str, start: int) -> bool:
        """The word at `start` is the first after a target splitter ("for", "compatible with", "für"): the object of
        "for", what the product is for (radio49). Not after a splitter that names an audience or an occasion ("Perfect
        for Kids Tablet", "Gift for ...") or a bare postpositive "compatible" ("Alexa Compatible Smart Plug"): the
        product may follow those. One alphabetic word may stand between them (lines50), mostly the device's maker:
        "Protector for Sony Xperia Z1", "Guard for Samsung Galaxy J7", "Back Protector for Apple iPhone 6" are for the
        phone; any such word counts ("Sleeve for Small Laptop"), and so does a screen size before the device (wm64c:
        "sumdex aircube for 15 macbook pro", "for 13 inch laptop"); a code with letters and digits does not."""
        before = text[:start]
        rules = self._rules
        words = 0
        sized = False  # (a size is read only right after the splitter: "for 15 macbook pro")
        for _ in range(5):
            for splitter in rules.not_for_words:
                if before.endswith(splitter):
                    return False
            for splitter in rules.for_words:
                if before.endswith(splitter):
                    return True
            cut = before.rfind(" ", 0, len(before) - 1)  # (the word before `start`: a maker's name?)
            word = before[cut + 1 : -1]
            if cut < 0:
                return False
            if _SIZE_WORD.fullmatch(word):
                sized = True
            elif sized or not word.isalpha():
                return False
            elif word not in _SIZE_UNITS:
                words += 1
                if words > 1:
                    return False
            before = before[: cut + 1]
        return False

    def _platform_candidate(self, reading: Reading, brand: str) -> Candidate | None:
        """A title that names no type but ends "- PlayStation 4" is a video game, one that says "Sony - PlayStation
        4" the console (`platform_title.platform_kind`). Read by position, not by a type word, so like a product line
        it refines only a generic shelf ("Toys"): a specific shelf stands ("Mariokart - Pull & Speed ... - Nintendo
        Wii", a pull-back car filed under toy cars), unless it yields to the kind (s96: a console's shelf yields to
        games, as Amazon's "PlayStation 4 Games, Consoles & Accessories" holds them). The console is the kind the
        vocabulary names "<platform> console" by, when it names one (mr63: "Sony PlayStation 2" is a retro console:
        wired pads, no battery)."""
        found = platform_kind(reading, brand, self._rules.console_accessories)
        if found is None:
            return None
        kind, word, how = found
        if kind == GAME_CONSOLE:
            named = self.matcher.read(f" {word} console ").types
            # any kind of console, a handheld's too (mrel69: "Nintendo Game Boy Advance" is a retro handheld, whose
            # parent is the handheld console: it read a modern console with radio and mains)
            if len(named) == 1 and named[0].ref in self._rules.kinds.get(GAME_CONSOLE, _NO_KINDS):
                kind = named[0].ref
        return Candidate((kind,), SIGNAL_LINE, f"title's platform '{word}' {how}", word=word)

    def _narrower_before(self, reading: Reading, head: Hit) -> Hit:
        """A title's head word that only repeats, more broadly, a kind its main phrase named first ("Motorcycle USB
        Charger QC3.0 ... Phone Charger", "Gaming Headset ... Over-Ear Headphones"): sellers string a kind's name and
        then its broader search words; the kind is what the product is, as on a shelf (`_narrower`).

        Only a repeat: another type named between the kind and the broad word (review42) makes the kind a modifier
        of that noun ("Earphone Cable Replacement Headphones", "Car Charger Fuse ... Charger", "Smart Thermostat
        Wall Plate ... Thermostat" are a cable, a fuse and a plate), so the broad word's reading stands. A word the
        kind's own name holds is the seller's search word again, no other noun ("Motorcycle USB Charger ...
        Motorcycle USB Type C Phone Charger", review42b)."""
        kinds = self._rules.kinds[head.ref]
        narrower = None
        for hit in reading.types:
            if hit.end > head.start:
                break
            if hit.segment != head.segment or hit.target or hit.sub:
                continue
            if hit.ref in kinds:
                narrower = hit
            elif hit.ref != head.ref and not (narrower and _repeats(reading.text, hit, narrower)):
                narrower = None
        return narrower or head

    def _part_after_machine(self, reading: Reading, machine: Hit) -> Hit:
        """The title's head, read head-final where a machine noun modifies a part noun (machine40).

        The head prefers a specific type to a generic one, so "USB Printer Cable", "Projector Carrying Bag" and
        "Cordless Drill Storage Bag" read the printer, projector and drill with their mains and battery. English (and
        Chinese) put the head last: when the last word of the machine's own phrase, after the machine, names a
        `machine_part` type (a cable, bag, cover, stand, spare part, hand tool, hardware, cleaning product) that is no
        kind of the machine, the part is the product. A title whose main phrase has a power word that would make the
        part its powered variant ("LED Light Bulb Carrying Bag", "Rechargeable Drill Bag": `_powered_part`) keeps
        the machine: the word names the machine's power, and read on the part it would give a bag a battery. A part
        named only after "for" or "with", a phrase ending in another word ("Printer Cable Organiser") or in a word
        that qualifies the noun before it ("Key Fob Battery Replacement": `_POSTPOSITIVE`) keep the head as it was.

        A battery named last is the spare battery ("UPS Battery", "E-Reader Battery": a battery, not the machine's
        mains and EEE; parts46), unless a conjunction sells both ("Compact Camera + Extra Battery": `_JOINED`) or the
        cell is named by its size or chemistry, the machine's supply ("Bikini Trimmer AAA Battery": `_BARE_BATTERY`).

        German names the product first: a German machine word followed, further on, by a German word for fasteners or a
        hand tool is the machine, the supplies what it drives or comes with ("Schlagbohrmaschine 750W Dübel",
        "Winkelschleifer 125mm 900W Schleifpapier"; s75, review75b), where English and Chinese read head-final. Only
        those (`machine_supplies` types): a German spare, case or holder titled after its machine is the part
        ("Rasierer Philips S9000 Ersatzkopf", "Navi Garmin Halterung"; review75c); nor the two halves of a hyphenated
        compound, whose head is its last part ("Kopfhörer-Halterung" is a stand)."""
        after = [hit for hit in reading.types if hit.segment == machine.segment and hit.start >= machine.end
                 and not hit.target and not hit.sub]
        if not after:
            return machine
        last = max(after, key=_END)
        if last.ref in self._rules.batteries:  # ("UPS Battery", "E-Reader Battery": the spare battery, parts46)
            if last.ref in self._rules.kinds.get(machine.ref, _NO_KINDS) or _JOINED.search(
                    reading.text, machine.end, last.start) or (
                    last.ref == _BATTERY and matched_word(reading.text, last).strip().replace(CJK_MARK, "")
                    not in _BARE_BATTERY):
                return machine  # ("Compact Camera + Extra Battery": sold together; "Trimmer AAA Battery": its supply)
            return last
        if last.ref not in self._rules.machine_parts or last.ref in self._rules.kinds.get(machine.ref, _NO_KINDS) or (
                matched_word(reading.text, last).strip() in _POSTPOSITIVE):
            return machine
        if last.ref in self._rules.machine_supplies and reading.text[machine.end : last.start].strip():
            german, text = self._rules.head_initial_de, reading.text
            if matched_word(text, machine).strip() in german and matched_word(text, last).strip() in german:
                return machine  # (German is head-initial: "Schlagbohrmaschine 750W Dübel" is the drill)
        return machine if self._powered_part(last.ref, reading) else last

    def _part_word_after(self, reading: Reading, machine: Hit) -> Hit:
        """The part a single word right after a mains machine's name names (`reading.parts_after_machine`, code47):
        "Dishwasher Wheels", "Fridge Sensor", "Washing Machine Motor", 洗衣机电机 are the spare or electrical part, not
        the machine with its mains. The words name no type, so head-final reading (`_part_after_machine`) never sees
        them; alone or after anything else they are a product's or a name's ("Hot Wheels", "Motor Home"). Only the
        word next to the machine counts: one further on describes the machine ("Kettle 1.7L Cordless ... Lid")."""
        text = reading.text
        pos = machine.end
        if text.startswith(CJK_MARK, pos):  # (a CJK part noun of two or three characters: 洗衣机电机, 冰箱加热管)
            stop = pos + 4
            kind = self._rules.parts_after.get(text[pos:stop])
            if kind is None:
                stop = pos + 6
                kind = self._rules.parts_after.get(text[pos:stop])
        else:  # (the next Latin word; a CJK word after a space is another keyword: "过热保护器 电机" protects a motor)
            pos += 1
            stop = text.find(" ", pos)
            kind = self._rules.parts_after.get(text[pos:stop]) if stop > pos and text[pos] != CJK_MARK else None
        if kind is None:
            return machine
        return Hit(pos, stop, machine.kind, kind, machine.segment, machine.target, machine.path, machine.sub)

    def _namesake_device(self, types: list[Hit], good: Hit) -> Hit:
        """A good's word that a device shares, heading a title that also names what only the device goes with, names
        the device (`reading.device_namesakes`, lines50): Flipkart titles laptops "HP 15-ac121tu (Notebook) (Core i3
        (5th Gen)/ 4GB/ 1TB/ Win10)" and "Dell Inspiron 3558 Notebook (5th Gen Ci3/ 4GB/ 1TB/ Ubuntu)", where the
        brackets or the model number keep "notebook computer" from being one phrase. A paper notebook names no
        processor; words after "for" do not count ("Notebook Sleeve for Laptop" is read by its own contexts)."""
        namesake = self._rules.device_namesakes.get(good.ref)
        if namesake is None or good.target:
            return good
        device, beside = namesake[0], namesake[1]
        for hit in types:
            if hit.ref in beside and not hit.target:
                return _retyped(good, device)
        return good

    def _device_before_specs(self, reading: Reading, head: Hit) -> Hit:
        """A phone, tablet or laptop named before a part its spec sheet lists, named last, is the product (s91):
        sellers title their phones as keyword strings, "Xiaomi Redmi Note 8 4GB RAM 64GB ROM Smartphone Octa Core 48MP
        Quad Camera 4000mAh Battery", "Blackview A60 Smartphone ... 5.5 inch 4080mAh Battery", "sony xperia xz3 ...
        smartphone ... 64gb internal memory 4gb ram android 9", and head-final reading took the battery, the camera or
        the operating system: no radio. The last word must name such a part (`_SPEC_PARTS`: a camera, a battery, a
        memory card or a computer's component; the caller tests that), not an accessory, a bag or a skin, which titles
        also name after the device and its storage ("Galaxy S24 Ultra 12GB 256GB Leather Wallet Case"). A spec sheet
        is two memory or storage amounts after the device, in gigabytes or terabytes ("4G" is also the network), or a
        camera or battery right after an amount or a lens count ("4000 mah battery", "48 mp quad camera"). The device
        is the first machine the part's phrase names, named neither after "for" nor "with" ("Baby Monitor Phone App 2K
        Dual Camera" is the monitor). A part named right after the device and its model ("iPhone 13 Battery 3227mAh",
        "iPhone 12 Pro Rear Camera 12MP") is a spare, and so is a title that says "replacement"."""
        device = None
        for hit in reading.types:
            if hit.start >= head.start:
                return head
            if hit.segment != head.segment or hit.target or hit.sub:
                continue
            if hit.ref in _SPEC_SHEET_DEVICES:
                device = hit
                break
            if hit.ref in self._rules.machines:
                return head  # ("Baby Monitor Phone App 2K Dual Camera": the phone is what it works with)
        if device is None:
            return head
        text = reading.text
        if _REPLACEMENT in text:
            return head  # "Acer Aspire 4741G ... Replacement 6 Cell Laptop Battery": a part for the device
        for word in text[device.end : head.start].split():
            if word in _SPEC_UNITS:
                break  # ("smartphone 5mp rear camera": an amount, the spec sheet's)
            if not _MODEL_TAIL_WORD.fullmatch(word):
                if word in _SPARE_WORDS:
                    return head  # "Samsung Galaxy S20 FE Battery 4500mAh Battery": the device's spare part
                break
        if len(_SPEC_MEMORY.findall(text, device.start)) >= 2:
            return device
        if head.ref in _PHONE_SPECS and (
                text.startswith(_AMOUNT_UNITS, head.start)  # ("4000 mah battery": the unit in the word)
                or _SPEC_BEFORE.search(text[max(0, head.start - 40) : head.start].rstrip() + " ")):
            return device
        return head

    def _namesake_by_amounts(self, reading: Reading, good: Hit) -> Hit:
        """A good's word that a device shares, followed by as many memory or storage amounts as its entry asks
        (`DeviceNamesake.amounts`, s90), names the device: JD titles laptops "联想 G480 笔记本 i5 4G 500G 独显" and
        "惠普 HP 14-d046TU 笔记本 赛扬 2G 500G" (the RAM, the disk), and "Lenovo Notebook 8GB 256GB SSD" names no
        processor either; read as a paper notebook, a laptop was allowed with no finding. A paper notebook states one
        weight at most ("80g", its paper's)."""
        namesake = self._rules.device_namesakes.get(good.ref)
        if namesake is None or good.target or not namesake[2]:
            return good
        text = reading.text
        if (len(_MEMORY_AMOUNT.findall(text, good.end)) >= namesake[2]
                or len(_SPEC_MEMORY.findall(text)) >= namesake[2]):
            # (s91: or gigabytes anywhere, "Asus E203MAH (..., 4GB DDR4, 500GB) 11.6 Inch ..., Star Grey Notebook")
            return _retyped(good, namesake[0])
        return good

    def _amount_bracket(self, reading: Reading, part: Hit, storage: bool = False) -> Hit:
        """A bracket saying how much of a part a device holds is no such part (`reading.amount_brackets`, lines50):
        Flipkart titles its phones "Lava Iris X8 (Black, 16 GB) (2 GB RAM)", "Lenovo Tab3 7 Essential (16 GB, 1.5 GB
        RAM)", the maker, line and model, then the storage and the working memory. When the title's one type word is
        the part's word in a phrase of its own after the name, saying only how much ("2 GB RAM"), the product is the
        device. A memory module names more ("Kingston 4 GB RAM DDR3", "Crucial (4 GB RAM) DDR3 Laptop Memory").
        `storage` (amzinm55): a title that names other types as well ("iQOO Z6 Lite 5G (Stellar Green, 6GB RAM, 128GB
        Storage) | Snapdragon 4 Gen 1 Processor", "Tecno Spark 8T (Turquoise Cyan, 4GB RAM,64GB Storage) | 50MP AI
        Camera": the phone's processor and camera) names the device only when the storage it holds comes right after
        the amount ("6 GB RAM, 128 GB Storage"), which no memory module says."""
        brackets = self._rules.amount_brackets.get(part.ref)
        if brackets is None:
            return part
        text = reading.text
        bracket = brackets.get(text[part.start : part.end].strip())
        if bracket is None or part.target:
            return part
        after = text[part.end :].lstrip()
        if after and after[0] not in ("|,+" if storage else "|,"):
            return part
        before = text[: part.start].rstrip()
        cut = max(before.rfind("|"), before.rfind(","))
        if cut <= 0 or not before[:cut].strip(" |,"):  # (the bracket heads the title: nothing named before it)
            return part
        units, device = bracket
        if not _is_amount(before[cut + 1 :].split(), units):
            return part
        if storage and not _holds_storage(after.lstrip("|,+ "), units, _STORAGE_WORDS):
            return part
        return _retyped(part, device)

    def _line_before_bundle(self, reading: Reading, head: Hit) -> bool:
        """Whether a product line names the product before what the title says comes with it (s96): "Google Pixel 8
        with Charger", "Canon EOS R50 with RF-S 18-45mm Lens Kit", "Huawei Mate 20 Pro with Leather Case" name no
        kind but the bundled one (`Hit.sub`), which the head then was: a charger or a case with no radio. The title
        then names no kind and the line gives it, as for an untyped title (`_line_candidate`), unless the category
        does; a line whose `line_unless` word stands outside the bundle ("Sony RX100 Grip with Strap") names none. Only
        a line of devices (a phone's, a camera's, a console's): what a toy line's title bundles is often the product
        or tells a collector's model ("Hot Wheels ... Ecto-1 Elite avec figurines")."""
        if head.ref in _REPAIR_PARTS or head.ref in self._rules.fitted_parts:  # (a repair part with another: "Honor 9
            return False  # Lite Charging Port with Flex Cable", "Pixel 6 Pro OLED with Digitizer Frame Replacement")
        modifiers = self._modifiers
        present: frozenset[str] | None = None
        for hit in reading.modifiers:
            if hit.sub or hit.target or hit.start >= head.start or hit.ref not in self._title_modifiers:
                continue
            line = modifiers[hit.ref]
            if line.names_type not in self._devices:  # (a toy line's bundle: "Hot Wheels ... Ecto-1 Elite avec
                continue  # figurines" is a collector's model, "Ben 10 ... Rath with Mini Figure" the figure)
            if line.line_unless:
                if present is None:
                    present = _before_bundle(reading)
                if not line.line_unless.isdisjoint(present):
                    continue
            return True
        return False

    def _ram_before_rom(self, reading: Reading, types: list[Hit], part: Hit) -> Hit:
        """A phone's working memory named before its storage called ROM (s96): Asian sellers title a phone "Huawei
        Honor 9 Lite 3GB RAM 32GB ROM Dual SIM", "Realme 12x 5G (8GB RAM + 256GB ROM)", "Samsung Galaxy S21 8GB Ram
        128GB Rom"; a memory module or a computer never calls the storage after its RAM a ROM, so the amount, the
        part's word and a ROM amount right after it name the device wherever they stand (`_amount_bracket` asks for a
        bracket of its own). The device is the one the title names before (a tablet's "4GB RAM 64GB ROM"), or the
        bracket's (a smartphone). Not when the title names a kind that is neither a device nor a phone's camera or
        battery (review96b: a repair shop's "eMCP 3GB RAM 32GB ROM BGA221 Memory Chip", "P30 Logic Board 8GB RAM").
        RAM a phone lends from its storage is RAM too (s97: "vivo Y36 8GB + 8GB Extended RAM + 256GB ROM")."""
        brackets = self._rules.amount_brackets.get(part.ref)
        if brackets is None or part.target:
            return part
        text = reading.text
        bracket = brackets.get(text[part.start : part.end].strip())
        if bracket is None:
            return part
        units, device = bracket
        before = text[: part.start].split()[-3:]
        if before and before[-1] in _RAM_QUALIFIERS:  # (rare: "8 gb extended ram")
            before = before[:-1]
        if not _is_amount(before[-2:], units):
            return part
        if not _holds_storage(text[part.end :].lstrip("|,+/ "), units, _ROM):
            return part
        if [hit for hit in types if hit is not part and not hit.target and hit.ref not in self._devices
                and hit.ref not in _SPEC_SHEET_KINDS]:  # (a part the title names beside: "eMCP ... Memory Chip"?)
            return part
        named = [hit for hit in types if hit.start < part.start and not hit.target and hit.ref in self._devices]
        return named[-1] if named else _retyped(part, device)

    def _part_before_model(self, reading: Reading, model: Hit) -> Hit:
        """The fitted part a title names before the model it fits, with no "for" (rcparts42).

        Cross-border RC and FPV sellers title a part, then the model it fits as search words: "4-Blade Propeller ...
        Whoop RC Drone FPV Racing", "2207 1855KV Brushless Motor FPV Racing Drone", "F722 Flight Controller FPV
        Drone". Head-final reading takes the drone, with its radio and battery. When the last type word before the
        model in its phrase (past other model words: "FPV Racing Drone Quadcopter") is a fitted part (a kind of spare
        part or of battery: a LiPo pack), that part is the product. A title calling the model complete keeps the
        model, whose description the part word is: "RTF", "BNF", "4 Channel" (`_READY_TO_USE`, outside a "for"
        part: "Single Propeller RC Helicopter RTF"), or a "with" part after it ("Brushless Motor GPS Drone with 4K
        Camera": a part is not sold with things). A part named after the model is left to the head's reading;
        another word last before it ("LiPo Battery Charger Drone") too. A model also named before the part keeps the
        model (review42b): the seller named the model first and the part as its feature ("Foldable Drone with Camera
        Brushless Motor Quadcopter"); a part's title starts with the part."""
        part = None
        first_model = model.start  # where the phrase first names a model (review42b)
        for hit in reading.types:
            if hit.end > model.start:
                if hit.sub and hit.start >= model.end:
                    return model
                continue
            if hit.segment != model.segment or hit.target or hit.sub:
                continue
            if hit.ref in self._rules.models:
                first_model = min(first_model, hit.start)
            else:
                part = hit
        if part is None or part.ref not in self._rules.fitted_parts or first_model < part.start or any(
                mod.ref == _READY_TO_USE and not mod.target for mod in reading.modifiers):
            return model
        return part

    def _narrower(self, type_id: str, shelf: tuple[str, ...]) -> bool:
        """The title names a kind of what the shelf holds (an action camera on a "Cameras" shelf)."""
        kinds = self._rules.kinds
        return any(type_id in kinds.get(shelf_type, _NO_KINDS) for shelf_type in shelf)

    def _framed(self, reading: Reading, head: Hit) -> Candidate | None:
        """The kind a frame word makes the whole product (`reading.frames`, minis45): a dolls' house word names a
        miniature of what the title's head noun names ("Dolls House Miniature Kitchen Cooker", "1:12 Dollhouse
        Crib"), a line whose every product is a toy (Sylvanian Families, Playmobil, Zomlings) the toy version of it
        ("Sylvanian Families Bakery Oven", "Zomlings Zom Mobile"). Read in the head's own phrase only, never after
        "for" ("Cooker for Dolls House" names what it fits). A plaything head under a plaything frame keeps its own,
        narrower kind (a Playmobil figure is a figure); a toy line named beside a dolls' house word wins, since it
        says the miniature is a child's. None when no frame word is in the head's phrase."""
        frame_types = self._rules.frame_types
        frames = self._rules.frames
        plaything = self._plaything_types
        text = reading.text
        found = None
        found_word = ""
        for hit in reading.types:
            if hit.ref not in frame_types or hit is head or hit.segment != head.segment or hit.target or hit.sub:
                continue
            word = matched_word(text, hit).strip()
            kind = frames.get(word)
            if kind is None or kind == head.ref or (kind in plaything and head.ref in plaything):
                continue
            if found is None or (kind in plaything and found not in plaything):
                found, found_word = kind, word
        if found is None:
            return None
        head_word = matched_word(text, head).strip()
        return Candidate((found,), SIGNAL_TITLE, f"title word '{head_word}' framed by '{found_word}'",
                          word=found_word)

    def _brand_framed(self, brand: str, head: Hit, reading: Reading) -> Candidate | None:
        """The toy line a brand field names (`toy_line_brand`) framing the title's grown-up head noun as its toy
        version, as the line's name in the title would (`_framed`): a brand the title repeats is blanked out of it
        ("Zomlings Series 4 Zom Mobile" by "Zomlings Series 4"). Only then: a brand the title does not name is a
        weak signal ("Cordless DECT Phone" by "Playmobil" stays a phone). None when the brand names no such line."""
        brand_frames = self._rules.brand_frames
        for ref, word, _where in self._brand_words(brand):
            kind = brand_frames.get(ref)
            if kind is not None and kind != head.ref:
                head_word = matched_word(reading.text, head).strip()
                return Candidate((kind,), SIGNAL_TITLE, f"title word '{head_word}' framed by brand '{word}'",
                                  word=word)
        return None

    def _coloured(self, reading: Reading, colour: Hit) -> Hit | None:
        """The device a colour word names the colour of (`reading.colour_words`, s90): the type word before it in its
        phrase, neither a "for" target nor a "with" part, when that type says EEE, no accessory's or use's word stands
        between and the colour ends the phrase or only an amount follows ("Swan Retro 1.5L Kettle Cream", "smeg ...
        fridge freezer frost free in cream", "akai ... digital microwave cream 700w", "Toaster Cream and Stainless");
        None otherwise. UK appliance titles end on their colour, and head-final reading took the colour's namesake,
        skincare, with no mains. An accessory's word ("Silicone Case Cream", "Kettle Cover Cream", "Holder ... Cream"),
        a use ("Heat Protection Cream", "Numbing Cream") or a cream weighed or measured out ("... Cream - 109gm") keeps
        the cream; so does an appliance's capacity in ml or oz ("Travel Kettle 500ml Cream"), a miss left as it was."""
        text = reading.text
        if _CREAM_AMOUNT.search(text):
            return None
        rest = text[colour.end :].split(maxsplit=1)
        if rest and not (rest[0].startswith(_COLOUR_PHRASE_ENDS) or rest[0] in _COLOUR_END_WORDS
                         or _AMOUNT_WORD.fullmatch(rest[0])):
            return None  # "Kettle Cover Cream Quilted", "Watch Polishing Cream Scratch Remover"
        before = None
        for hit in reading.types:
            if hit.end > colour.start:
                break
            if hit.segment == colour.segment and not hit.target and not hit.sub:
                before = hit
        if before is None or self._types[before.ref].facts.get("eee", (None,))[0] is not True:
            return None
        if not self._rules.colour_blockers.isdisjoint(text[before.end : colour.start].split()):
            return None
        return before

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

    def _brand_words(self, brand: str) -> tuple[tuple[str, str, str], ...]:
        """`_brand_words_uncached`, cached."""
        words = self._brand_sources.get(brand)
        return words if words is not None else remembered(
            self._brand_sources, brand, self._brand_words_uncached(brand), self._cache_size)

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
            (h.ref, matched_word(reading.text, h), "brand")
            for h in reading.modifiers if "brand" in modifiers[h.ref].read_in
        ])


    def _build(self, recipe: Recipe) -> Core:
        """The facts' `build` of a recipe, cached: recipes repeat a lot."""
        core = self._cores.get(recipe)
        return core if core is not None else remembered(
            self._cores, recipe, self._facts.build(recipe), self._cache_size)

    def _core_uncached(self, title: str, category: str, brand: str, product_type: str, hs_digits: str,
                       description: str, forced_type: str, whole_category: str = "") -> Core:
        """Read the (normalised) signals, then build the facts from the resulting recipe (cached: recipes repeat a
        lot). `whole_category`: the path before its leaf was dropped for repeating the title, when it was."""
        hs = self.vocab.hs_lookup(hs_digits) if hs_digits else None
        modifiers = self._modifiers

        paths = self._paths
        title_cand, title_reading = self._title_candidate(title, brand)
        cat_cand, _specific, cat_mods = paths.path_state(category, brand) if category else (None, None, ())
        entries: tuple[tuple[tuple[str, ...], frozenset[str] | None], ...] = ()  # (entry's segments, its branch)
        exact_entry = False  # the path is a listed entry itself
        if category and paths.table:
            match = paths.category_match(whole_category or category)
            if match is not None:
                if whole_category:  # the leaf the title repeats still decides the words' sense on a taxonomy path
                    cat_cand = paths.path_state(whole_category, brand)[0]
                cat_cand = paths.category_candidate(match, cat_cand, SIGNAL_CATEGORY, whole_category or category)
                entries = ((match[0].segments, branch_of(match[0], cat_cand)),)
                exact_entry = match[1]
        if cat_mods and cat_cand is not None and not exact_entry and not self._rules.leaf_power.isdisjoint(
                map(_FIRST, cat_mods)) and ">" in category:  # (most paths name no power word: no leaf to read)
            cat_mods = paths.leaf_words(category, brand, title, cat_mods)  # (a listed entry's words are its curator's)
        ptype_cand = None
        ptype_reading = None
        if product_type:
            ptype_reading = self.matcher.read(product_type, hints=True)
            if ptype_reading.types:
                ptype_cand = paths.bucket_candidate(
                    ptype_reading.text, ptype_reading.types, SIGNAL_PRODUCT_TYPE, "marketplace product type"
                )
            if paths.table:
                match = paths.category_match(product_type)
                if match is not None:
                    ptype_cand = paths.category_candidate(match, ptype_cand, SIGNAL_PRODUCT_TYPE, product_type)
                    entries = ((match[0].segments, branch_of(match[0], ptype_cand)), *entries)

        # the title's kind, read once (s69: each read of a candidate's field is a generic attribute lookup here)
        title_kind = title_cand.types[0] if title_cand is not None else ""
        if title_kind in self._rules.machine_parts and (cat_cand is not None or ptype_cand is not None):
            if _in_leaf(title_cand.word, whole_category or category, product_type):
                title_cand = title_cand.replaced(in_shelf=True)
            elif self._powered_part(title_kind, title_reading):
                title_cand = title_cand.replaced(powered=True)
        elif (cat_cand is not None and title_kind in self._generic and cat_cand.bucket and not title_cand.target
              and PATH_SEPARATOR in category and _leaf_alternative(title_cand.word, whole_category or category)):
            # fr59: the title names the kind of a bucket leaf's alternative its reading dropped as generic
            # ("Batterie pour PANASONIC HC-X800GK" on "BATTERIE - CHARGEUR TV - VIDEO - SON"): `_choose` takes it
            title_cand = title_cand.replaced(in_shelf=True)
        if (cat_cand is not None and title_kind in self._plaything_types
                and self._textile_types.issuperset(cat_cand.types)
                and _DRESS_UP not in cat_cand.types):  # (rare: a plaything word on a garment's or a linen's shelf)
            title_cand = self._garment_named(title_reading, cat_cand, title_cand)
        if forced_type:
            primary, fillers = Candidate((forced_type,), SIGNAL_OVERRIDE, "an officer's override"), []
        else:
            primary, fillers = self._choose(hs, ptype_cand, cat_cand, title_cand)
            if primary is cat_cand and title_cand is not None and cat_mods and self._toy_shelf_yields(
                    cat_cand, title_cand, cat_mods):  # (a title's plaything under a toy root's leaf: rare)
                primary = title_cand
        if entries:
            entries = tuple([pair for pair in entries if not outside_branch(primary, pair[1])])
        generic_line = False
        untyped = primary is None  # no attribute, code, shelf or title word named a type
        if untyped and title_reading.modifiers:
            # s69: before the description's first noun, which may name no product ("perfect for any Fortnite fan!"
            # read a Funko Pop figure as an electric fan)
            primary = self._line_candidate(title_reading, "title")
            # a title line of a generic kind only (a children's franchise: `toy`) yields to the kind a line or a maker
            # in the brand field names ("Ravensburger Ben 10 Puzzleball" by Ravensburger, a game maker)
            generic_line = primary is not None and primary.types[0] in self._generic
        desc_reading = None
        if description:
            # a code's label ("model A10-8") would name a type only where the description names one: no type yet
            desc_reading = self.matcher.read(blank_codes(description) if untyped else description)
            if primary is None or generic_line:
                head = self.matcher.head(desc_reading.types)
                if head is not None and (primary is None or head.ref not in self._generic):
                    word = matched_word(desc_reading.text, head)
                    primary = Candidate((head.ref,), SIGNAL_DESCRIPTION, f"description word '{word}'")
                    generic_line = False
            elif len(primary.types) == 1 and desc_reading.types:
                primary = self._refined_by_description(primary, desc_reading)
        if (primary is None or generic_line) and brand:  # a line in the brand field was blanked out of the title
            # the whole title when it holds the brand, so the line's negative contexts still see it ("Nerf Dog ...")
            lines = self.matcher.read(title if brand in title else brand)
            by_brand = self._line_candidate(lines, "brand", title_reading)
            if by_brand is None or by_brand.types[0] in self._generic:
                by_brand = self._maker_candidate(brand, title_reading) or by_brand
            if by_brand is not None or primary is None:
                primary = by_brand

        # Modifiers: category and marketplace type first (more trusted), then title, then description (fill only).
        sources: tuple[tuple[str, str, str], ...] = cat_mods
        if cat_mods and title_cand is not None and primary is title_cand and title_cand.fits_model and (
                cat_cand is not None and self._rules.models.issuperset(cat_cand.types)):  # (rare)
            sources = ()  # a thing for a radio-control model on its shelf: the shelf's words are the model's (radio49)
        if ptype_reading is not None:
            sources += tuple([
                (h.ref, matched_word(ptype_reading.text, h), "marketplace type")
                for h in ptype_reading.modifiers
                if not h.target or modifiers[h.ref].reads_targets
            ])
        title_hits = title_reading.modifiers
        if title_hits:
            title_sources = []  # a loop, not a comprehension (a call of its own): about every other title
            title_modifiers = self._title_modifiers
            audience_only = self._audience_only  # (rare: a record's or a film's child word, `_names_work`)
            title_text = title_reading.text
            for h in title_hits:
                if (h.ref in title_modifiers and (not h.target or modifiers[h.ref].reads_targets)
                        and (h.ref not in audience_only or not self._names_work(h, primary))):
                    title_sources.append((h.ref, matched_word(title_text, h), "title"))
            sources += tuple(title_sources)
        if title and title[-1].isdigit() and self._rules.end_numbers:  # (a title ending in a number: a size or a model)
            sources += _end_number_sources(title, self._rules.end_numbers)
        if brand:
            sources += self._brand_words(brand)
        desc_sources: tuple[tuple[str, str, str], ...] = ()
        if desc_reading is not None:
            desc_sources = tuple([
                (h.ref, matched_word(desc_reading.text, h), "description")
                for h in desc_reading.modifiers
                if (not h.target or modifiers[h.ref].reads_targets)
                and (h.ref not in self._audience_only or not self._names_work(h, primary))
            ])
        recipe = (
            (primary.types, primary.signal, primary.evidence) if primary is not None else None,
            hs.digits if hs is not None else "",
            sources,
            desc_sources,
            tuple([(filler.types[0], filler.evidence) for filler in fillers]) if fillers else (),
            primary.also if primary is not None else None,
            tuple([segments for segments, _branch in entries]),
        )
        return self._build(recipe)

    def _names_work(self, hit: Hit, primary: Candidate | None) -> bool:
        """Whether the word of a modifier with `audience_only_types` (the caller tests that: rare) names the work, not
        its audience: on a kind whose title names a work the word counts only after "for" (a record's "Baby I Need Your
        Loving" is no child's, its "Chansons pour enfants" is)."""
        return (not hit.target and primary is not None
                and not self._modifiers[hit.ref].audience_only_types.isdisjoint(primary.types))

    def _garment_named(self, reading: Reading, shelf: Candidate, title: Candidate) -> Candidate:
        """The title's candidate on a garment's or a linen's shelf: the shelf's own kind where the title names it as
        its first or its last kind word (the head of a French or an English title) beside a plaything word, which is
        then the print, the style or the fabric ("Tapis enfant Teddy", "T Shirt Castle Rock", "Ultra Plush Throw
        Blanket", "Housse de couette ... Bear & Bear": s69); else the plaything, which such a shelf holds as gifts
        ("Cuddly Panda Plush Soft Toy" on a cushions shelf, "Teddy Bear in Pyjamas Plush", "Lovey Blanket Stuffed
        Animal Bunny": review69)."""
        named = [hit for hit in reading.types if not hit.target and not hit.sub]
        for hit in (named[0], named[-1]) if named else ():
            if hit.ref in shelf.types:
                word = matched_word(reading.text, hit).strip()
                return Candidate((hit.ref,), SIGNAL_TITLE, f"title word '{word}'", word=word)
        return title

    def _line_candidate(self, reading: Reading, where: str, title_reading: Reading | None = None) -> Candidate | None:
        """The kind a product line named in the title is (`names_type` on a title modifier: "Scalextric", "Yu-Gi-Oh!"),
        when no other signal named a type: the seller's own name for the range, so above the maker in the brand field,
        and like it only a gap filler. A line named only as what the product is for ("Case for Nintendo Switch") is a
        target, not the product. The brand field is read the same way (`where`), since a brand that is a line ("Hot
        Wheels") is blanked out of the title. A line of a specific kind comes before one that names only a generic
        kind (`toy`: a children's franchise, a range of toys of several kinds), wherever each stands in the title
        ("Ravensburger Ben 10 Puzzleball" ... "Power Rangers ... Violet Ranger Zord": the Zord names the figure). A line
        whose `line_unless` names a modifier the text (or, for a line in the brand field, `title_reading`) also holds
        before what the title bundles names nothing (s89): an accessory's word that is no type of its own
        ("Akku", "Grip", "Strap") beside the line it fits ("Sony RX100 Grip" is no camera; "Olympus Tough TG-6 +
        Underwater Housing" still is)."""
        modifiers = self._modifiers
        title_modifiers = self._title_modifiers
        generic = self._generic
        chosen = None
        present: frozenset[str] | None = None
        for hit in reading.modifiers:
            named = modifiers[hit.ref].names_type
            if named is not None and not hit.target and hit.ref in title_modifiers:
                excluded = modifiers[hit.ref].line_unless
                if excluded:
                    if present is None:
                        present = _before_bundle(reading)
                        if title_reading is not None:
                            present |= _before_bundle(title_reading)
                    if not excluded.isdisjoint(present):
                        continue
                if named not in generic:
                    chosen = hit
                    break
                if chosen is None:
                    chosen = hit  # a generic line: kept unless a specific one follows
        if chosen is None:
            return None
        named = modifiers[chosen.ref].names_type
        word = matched_word(reading.text, chosen)
        return Candidate((named,), SIGNAL_LINE, f"{where} word '{word}' (a {named} line; nothing else names the kind)")

    def _maker_candidate(self, brand: str, title_reading: Reading | None = None) -> Candidate | None:
        """The kind a maker's whole range is (`names_type` on a brand modifier: a toy maker's toys), when no other
        signal named a type: a catalog that files "LEGO 75192 Millennium Falcon" on a shelf the vocabulary does not
        know, or on none, still says what it is. The weakest signal, so it only fills the gap. Not a line whose
        `line_unless` words the title holds ("Bip U Pro Strap" by Amazfit is no watch: s89)."""
        modifiers = self._modifiers
        for ref, word, _where in self._brand_words(brand):
            named = modifiers[ref].names_type
            if named is None:
                continue
            unless = modifiers[ref].line_unless
            if not unless or title_reading is None or unless.isdisjoint(_before_bundle(title_reading)):
                return Candidate((named,), SIGNAL_BRAND,
                                 f"brand '{word}' (a {named} maker; nothing else names the kind)")
        return None

    def _refined_by_description(self, primary: Candidate, reading: Reading) -> Candidate:
        """The primary type, or the narrower kind of it the description names (`secondary.narrower_in_description`):
        a description refines what the title named as a title refines a shelf, and never names a different thing."""
        hit = narrower_in_description(reading, primary.types, primary.word,
                                      self._rules.kinds.get(primary.types[0], _NO_KINDS))
        if hit is None:
            return primary
        word = matched_word(reading.text, hit).strip()
        return Candidate((hit.ref,), primary.signal, f"{primary.evidence}, narrowed by description word '{word}'",
                          target=primary.target, word=word, also=primary.also)


    def _choose(
        self,
        hs: HsInfo | None,
        ptype: Candidate | None,
        category: Candidate | None,
        title: Candidate | None,
    ) -> tuple[Candidate | None, list[Candidate]]:
        """Fold the candidates in order of trust; a later one only replaces the current one to refine it.

        A title naming a type that the path's branch vetoed in its leaf does not refine
        (`CategoryReader.category_candidate`); any other specific title refines a category entry's own type, of its
        branch (a hand saw on the "Saws" shelf) or not (a speaker filed under "Hardware > Tools": the domain reads the
        path's words, it does not overrule the title).
        Refining means: the current one is generic ("Toys", "Clothing") and the later one specific; or the
        current one is a category (a shelf) and the title names an accessory shelved there, or the category
        segment was a bucket of alternatives, or the shelf is a textile one (fancy dress, clothing, linen) and the title
        names a plaything (a dinosaur playset or a figure on a "Costumes" shelf is not clothing), or the shelf is a
        plaything's and the title names merchandise sold beside toys (a keychain on a figures shelf, a sticker pad on
        a craft-kits shelf: `reading.merchandise`), or the shelf is a plaything's whose kind has no cell and the title
        names a plaything whose kind carries one (a keyboard play mat on a toy pianos shelf, a Hexbug set on a
        slot-car shelf: `cell_playthings`). A store's department (`Candidate.department`: only a path's first
        level named the kind, by a category hint) yields to any title naming a specific kind but as a target or in a
        "with" part, a plaything department only to a plaything or merchandise (dept56). A work's shelf (a book's, a
        record's, a film's: `shelf_holds`) keeps any title kind but its own kinds and its `shelf_yields_to` (s83).
        Generic candidates that lose fill the classes left open.
        """
        if hs is None and ptype is None and (category is None or title is None):
            return category or title, []  # one candidate at most (most products): nothing to fold
        hs_cand = None
        if hs is not None and hs.type_id is not None:
            hs_cand = Candidate((hs.type_id,), SIGNAL_HS, f"HS {hs.code} ({hs.label})")
        generic = self._generic
        accessory = self._accessory
        primary: Candidate | None = None
        fillers: list[Candidate] = []
        for cand in (hs_cand, ptype, category, title):
            if cand is None:
                continue
            if primary is None:
                primary = cand
                continue
            # each field read once per candidate (speed47): primary is only replaced right before a `continue` or last
            kind = cand.types[0]
            titled = cand.signal == SIGNAL_TITLE
            branch = primary.branch
            if primary.vetoed and kind in primary.vetoed:
                continue  # the word a taxonomy path's branch vetoed (a vehicle's "Soft Tops"), said again by the title
            if branch is not None and cand.sub and titled and self._names_whole(primary):
                continue  # "Toyota Hilux Double Cab with Tonneau Cover" on a car's shelf: the car, sold with a cover
            if branch is not None and titled and self._rules.shelf_senses:
                sense = shelf_sense(self._rules.shelf_senses, kind, cand.word, branch)
                if sense is not None:  # "Makita Jigsaw" on a tools shelf: the word in the shelf's sense, a saw
                    primary = primary.replaced(types=(sense,), evidence=(
                        f"{primary.evidence}; title word '{cand.word}' in the shelf's sense as {sense}"))
                    continue
            if titled and kind in self._shelf_kept and primary.signal in _SHELF_SIGNALS:
                kept = self._kept_by_shelf(primary, kind)
                if kept is not None:  # "3 Fun Donkey Kong Mario Games DS" on a video games shelf: the video game
                    electrical = self._rules.electrical
                    if (electrical is not None and kind in self._rules.machines
                            and kept.types[0] not in self._rules.closes_eee):
                        # cd67: a machine's part on its parts shelf ("Moteur de micro ondes", "Facade superieure
                        # congelateur" on "ACCESSOIRES ET PIECES FROID") is EEE, as RoHS reads a spare part of EEE
                        # (`_part_of_machine`), and no more: not the machine's mains
                        fillers.append(electrical.replaced(evidence=f"{kept.evidence}: a part of a machine"))
                    primary = kept
                    continue
            if titled and primary.signal in _SHELF_SIGNALS and self._held_by_shelf(primary, kind):
                continue  # "Les perles" on a bookshop's shelf: the book's subject (s83)
            if titled and kind in self._rules.machine_parts and self._part_of_machine(
                    primary, cand):  # (most titles name no machine part: no call)
                # a vacuum bag, an LNB bracket, a blender jar filed on the machine's own shelf: the part's type closes
                # the supply and radio; where it leaves EEE open (a spare part: a jar, or a motor or control board,
                # which no word tells apart) the machine's part is EEE (RoHS covers the spare parts of EEE), no more
                electrical = self._rules.electrical
                if electrical is not None and kind not in self._rules.closes_eee:
                    fillers.append(electrical.replaced(evidence=f"{primary.evidence}: a part of a machine"))
                primary = cand
                continue
            if ((titled or cand.signal == SIGNAL_LINE) and (branch is not None or primary.signal == SIGNAL_CATEGORY)
                    and self._yields_to(primary, cand)):
                # a boat cover, a tractor seat, a flight bag filed on a vehicle's shelf; an Ethernet switch on a
                # store's "Wireless Routers" shelf (radio51: a shelf a hint names yields as a table entry's does); s96:
                # a game its title names by the platform it ends with ("Madden NFL 24 - PlayStation 4", the title's
                # only candidate of a line's signal here) on Amazon's "PlayStation 4 Games, Consoles & Accessories"
                primary = cand
                continue
            if (titled and kind in self._hosts and primary.signal in _SHELF_SIGNALS and not cand.target
                    and not cand.sub and not cand.part and not self._fitted_accessories.isdisjoint(primary.types)):
                fitted = self._device_on_accessory_shelf(primary, kind)
                if fitted is not None:
                    primary = fitted
                    continue
            if primary.department and titled and not cand.target and not cand.sub and not generic.issuperset(
                    cand.types) and (kind in self._plaything_types or kind in self._rules.merchandise
                                     or not self._plaything_types.issuperset(primary.types)):
                # a store's department named the kind and no deeper level did ("Kitchen & Dining > Small
                # Appliances"): a lump of many kinds, so a title naming a specific one says which (dept56); a
                # plaything department's title names the toy's look ("Stack 'em Up Doughnuts", "Sorting Bowls")
                # unless it names a plaything or merchandise, as on any plaything shelf
                primary = cand
                continue
            if (titled and primary.signal in _SHELF_SIGNALS and branch is None and kind in self._rules.machines
                    and not cand.target and not cand.sub and not cand.part
                    and self._rules.machine_shelves.issuperset(primary.types)):
                # wm61: a machine named on the shelf of a room's or trade's goods ("Paper Shredder" on an office
                # store's stationery shelf, "Security Camera" on its garden shelf, "Electric Skillet" on Cookware):
                # stores file the machines beside the goods, and the title says which (`reading.machine_shelves`)
                primary = cand
                continue
            if kind in primary.types and not cand.bucket:
                if len(primary.types) > 1:
                    primary = cand  # the title picks one of the bucket's alternatives
                continue
            if branch is not None and titled and (kind in branch or (
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
                if (cand.target or (cand.part and kind not in accessory)) and not (
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
            elif (cand_generic and cand.in_shelf and primary.bucket and primary.signal == SIGNAL_CATEGORY and titled
                  and kind not in self._rules.machine_parts
                  and self._rules.kinds.get(kind, _NO_KINDS).isdisjoint(primary.types)):
                primary = cand  # a bucket leaf's generic alternative, the one the title names (fr59); the other
                # alternatives are not this product's, so they fill nothing
            elif cand_generic:
                fillers.append(cand)
            elif (
                primary.signal == SIGNAL_CATEGORY
                and titled
                and ((primary.bucket and (kind in self._textile_types or kind in self._plaything_types
                                          or len(primary.types) < 2
                                          or not self._textile_types.issuperset(primary.types)))
                     # mr59: a bucket of two textile kinds or more ("Pants, Tights, Leggings") yields to a title naming
                     # a garment or a plaything, not to a print's name ("LuLaRoe OS Clocks", "Christmas Trees Unicorn");
                     # one whose other alternatives name nothing ("Cable Straps & Ties") yields as any bucket does
                     or (kind in accessory and accessory.isdisjoint(primary.types))
                     or (kind in self._plaything_types and self._textile_types.issuperset(primary.types))
                     or (kind in self._rules.merchandise and self._plaything_types.issuperset(primary.types))
                     # a thing "for" a radio-control model on the model's shelf (radio49): "Camera Video/Still for ARES
                     # Ethos QX 130 Quadcopter", "LED Strip for DJI Phantom 3" are a camera and a light strip
                     or (cand.fits_model and not cand.sub and kind not in self._rules.models
                         and self._rules.models.issuperset(primary.types))
                     or (kind in self._rules.cell_playthings
                         and self._rules.uncelled_playthings.issuperset(primary.types))
                     or (kind in self._rules.has_parent and self._narrower(kind, primary.types)))
            ):
                primary = cand
        return primary, fillers

    def _kept_by_shelf(self, shelf: Candidate, kind: str) -> Candidate | None:
        """The shelf's type (one of a bucket's alternatives) whose `shelf_keeps` lists the title's kind: the title word
        in the shelf's sense ("games" on "Video Games & Consoles > Games"), else None (mr64)."""
        keeps = self._rules.shelf_keeps
        for shelf_type in shelf.types:
            if kind in keeps.get(shelf_type, _NO_KINDS):
                return shelf.replaced(types=(shelf_type,), bucket=False, evidence=(
                    f"{shelf.evidence}; the title's {kind} word in the shelf's sense"))
        return None

    def _held_by_shelf(self, shelf: Candidate, kind: str) -> bool:
        """A shelf of a work (a book, a record, a film: `shelf_holds`) keeps a title naming another kind, which names
        the work's subject ("Les perles", "No more wig", "La couronne de flammes"); a kind of the shelf's type (a
        children's book) or one its store files there (`shelf_yields_to`) refines it as on any shelf (s83)."""
        types = shelf.types  # (each read of a candidate's field is a generic attribute lookup: read once)
        if len(types) != 1 or types[0] not in self._rules.shelf_holds or shelf.department:
            return False  # (a department alone: `department_keeps` decides, dept56)
        held = types[0]
        return (kind != held and kind not in self._rules.kinds.get(held, _NO_KINDS)
                and kind not in self._rules.shelf_yields_to.get(held, _NO_KINDS))

    def _device_on_accessory_shelf(self, shelf: Candidate, device: str) -> Candidate | None:
        """A title naming only a portable device ("Sony Xperia T3", "Samsung Galaxy S5 G900F") on the shelf of its
        accessories (a case of any kind, a charger, a screen protector; "HOUSSE - ETUI - CHAUSSETTE", "Cases, Covers &
        Skins") names what the accessory fits: sellers title a case by its phone, and the phone's radio and battery
        are not the case's. A device without a battery of its own (a keyboard, a solar panel, a modem) is no such
        host: on these shelves it is a product of its own ("Chargeur solaire pour Galaxy Note 2"). The shelf keeps its
        accessory (the first, when a bucket also lists a garment); a shelf that names a device or a kind of the
        title's device (a department of phones and their accessories) yields as before (acc64)."""
        if any(t in self._devices or device in self._rules.kinds.get(t, _NO_KINDS) for t in shelf.types):
            return None
        fitted = self._fitted_accessories
        accessory = next(t for t in shelf.types if t in fitted)  # (the caller found one)
        return shelf.replaced(types=(accessory,), evidence=(
            f"{shelf.evidence}; the title names only the device it fits"))

    def _toy_shelf_yields(self, shelf: Candidate, title: Candidate, mods: tuple[tuple[str, str, str], ...]) -> bool:
        """A leaf of a toy tree that names a grown-up kind (a toy store's "Money Banks", "Jewelry", "Clay & Dough",
        "Party Supplies", below "Toys & Games") yields to a title whose main phrase names a plaything: the toy store
        files a vet play kit on "Money Banks", a bracelet kit on "Craft Kits > Jewelry" and Play-Doh on "Clay &
        Dough", and the title says which it is (amzuskid55). A toy tree is a path with `toy_version_shelf`'s words and
        none of its exclusions (a hobby or adults' shelf); a shelf of a plaything or a generic kind, and a title
        naming a plaything only as what the product is for or in a "with" part, keep the shelf; so does a shelf whose
        kind is decided not children's (`toy_shelf_keeps`: a collector's "Statues" or "Scaled Models", whose "Action
        Figure" or "Car & Figure" is the collector's piece; party supplies, whose favours are a labelling call)."""
        rules = self._rules
        kind = title.types[0]
        plaything = self._plaything_types
        if (kind not in plaything or kind in self._generic or title.target or title.sub or rules.toy_shelf is None
                or not plaything.isdisjoint(shelf.types) or self._generic.issuperset(shelf.types)
                or not rules.toy_shelf_keeps.isdisjoint(shelf.types)):
            return False
        ids = frozenset(map(_FIRST, mods))
        return rules.toy_shelf in ids and ids.isdisjoint(rules.toy_shelf_excludes)

    def _names_whole(self, shelf: Candidate) -> bool:
        """A table entry's shelf names one whole thing (a vehicle: `shelf_yields_except`). A title whose main phrase
        names nothing there ("Toyota Hilux Double Cab", "Airstream Caravan") and whose "with" part names a type ("...
        with Tonneau Cover", "... with Solar and Sewer Hose", "... mit Regal") lists what comes with that thing: the
        shelf stands (review38)."""
        return len(shelf.types) == 1 and shelf.types[0] in self._rules.shelf_yields

    def _part_of_machine(self, shelf: Candidate, title: Candidate) -> bool:
        """A shelf whose every type is a powered machine or device (its classes set EEE, mains, radio or a battery:
        a vacuum cleaner, a satellite receiver, a torch, a printer; no plaything, no accessory) yields to a title whose
        main phrase names a `machine_part` type (a bag, cover, stand or mount, cable, spare part, hand tool, hardware,
        cleaning product; its classes close mains, radio and battery): sellers file a machine's bags, brackets, bits
        and jars on the machine's shelf, and the machine's supply and radio are not theirs. A title naming the
        machine, a kind of it, a powered accessory (a charger, a remote) or only a brand keeps the shelf; so does one
        naming the part only after "for" or "with", or by a word of the shelf's own leaf ("Skin Cleansing Brush" on
        Skin Cleansing Brushes: the word names the shelf's product, not a part of it; `_in_leaf`).
        A radio-control model's shelf (drones, RC vehicles: `_models`, playthings otherwise left out) is such a shelf
        too (radio49): mounting screws, a ball-link plier or a lens filter filed on "Helicopters & Quadcopters" are
        the part or tool, with no radio or battery of the model's. A toy's shelf still keeps a tool kit. On the shelf
        of an accessory with a battery of its own (`cased_accessories`: a remote, a power bank) only a case or cover
        (`cases`) is the part (amzin54: "Silicone Remote Cover" on Amazon India's "Remote Controls"; a "Universal
        Replacement for ... Remote Control" stays a remote)."""
        machines = self._rules.machines
        models = self._rules.models
        kinds = self._rules.kinds
        part = title.types[0]
        if part not in self._rules.cases and not self._rules.cased_accessories.isdisjoint(shelf.types):
            return False  # a remote's shelf: its silicone cover is the cover, a "Universal Replacement" the remote
        return (shelf.signal in _SHELF_SIGNALS and not title.target and not title.sub and not title.in_shelf
                and not title.powered
                and part in self._rules.machine_parts and part not in shelf.types
                and all((t in machines or t in models) and part not in kinds.get(t, ())
                        for t in shelf.types))

    def _powered_part(self, part: str, reading: Reading) -> bool:
        """The title's main phrase says the part is itself powered ("Electric Burner ... Air Freshener", "Electric
        Aroma Diffuser Air Freshener": a power word that makes the passive kind its powered variant): `machine_part`
        rests on a part drawing no power of its own, so such a title is a powered thing on its own shelf, not the
        machine's passive part, and the shelf keeps its supply (review39)."""
        powering = self._rules.powered_parts.get(part)
        return powering is not None and any(
            h.ref in powering and not h.target and not h.sub for h in reading.modifiers)

    def _yields_to(self, shelf: Candidate, title: Candidate) -> bool:
        """A table entry's shelf that names one whole thing (a car, a boat, an aircraft) yields to a title naming
        anything else, a generic cover, bag or part included: sellers file covers, seats, awnings, models and parts
        on the vehicle's own shelf, and the vehicle's radio and battery are not theirs. A title naming the thing in
        its own words (the miniature's "van", "boat", "tractor"; "Model 3"; a word in the shelf's sense, read above)
        or naming nothing keeps the shelf."""
        types = shelf.types  # (each read of a candidate's field is a generic attribute lookup: read once)
        if len(types) != 1:
            return False
        held = types[0]
        kind = title.types[0]
        if kind in self._rules.shelf_yields_to.get(held, _NO_KINDS):
            return True  # a kind the store files on this shelf, no kind of it (a power bank on a charger leaf: fr59)
        keeps = self._rules.shelf_yields.get(held)
        return keeps is not None and kind not in keeps and kind != held


def _in_leaf(word: str, *shelves: str) -> bool:
    """The title's word (normalised) is a word or phrase of a shelf's last segment, as written or in the plural
    ("skin" in "Skin Cleansing Brushes", "cover" in "Wall Plates & Covers", "rope" in "Light Ropes & Strings")."""
    for shelf in shelves:
        if not shelf:
            continue
        leaf = f" {normalise(shelf.rpartition(PATH_SEPARATOR)[2])} "
        if any(f" {word}{end} " in leaf for end in ("", "s", "es")):
            return True
    return False


def _named_before(types: list[Hit], device: Hit) -> Hit | None:
    """The type word right before `device` in a title's reading, in the same phrase and neither a "for" target nor a
    "with" part: what a title may name before the device it serves (`_cable_before`, `_accessory_before_line`)."""
    before = None
    for hit in types:
        if hit is device:
            break
        before = hit
    if before is None or before.segment != device.segment or before.target or before.sub:
        return None
    return before


def _leaf_alternative(word: str, shelf: str) -> bool:
    """The title's word (normalised) is one whole alternative of a shelf's last segment, as written or in the plural
    ("batterie" in "BATTERIE - CHARGEUR TV - VIDEO - SON"; not "housse" in "HOUSSE SIEGE - ...", a longer phrase that
    names a kind of its own: fr59)."""
    leaf = normalise(shelf.rpartition(PATH_SEPARATOR)[2])
    alternatives = {part.strip() for part in leaf.split(SEGMENT_BREAK)}
    return any(f"{word}{end}" in alternatives for end in ("", "s", "es"))


def _is_amount(words: list[str], units: frozenset[str]) -> bool:
    """Whether the words are an amount and its unit ("6 gb", "1.5 gb"), as a device's memory is written."""
    return len(words) == 2 and words[1] in units and words[0].replace(".", "", 1).isdigit()


def _holds_storage(after: str, units: frozenset[str], storage_words: frozenset[str]) -> bool:
    """Whether the text begins with a storage amount ("128 gb storage", "256 gb rom"): a phone's, after its RAM."""
    held = after.split()[:3]
    return len(held) == 3 and held[0].isdigit() and held[1] in units and held[2] in storage_words


def _retyped(hit: Hit, ref: str) -> Hit:
    """`hit` naming the type `ref` instead: the same words, read as another kind (a namesake's device)."""
    return Hit(hit.start, hit.end, hit.kind, ref, hit.segment, hit.target, hit.path, hit.sub)


class _ReaderRules:
    """Reading rules derived from the vocabulary once, kept in one attribute of the classifier (`_reader_rules`).

    A plain class of the fields below, not a NamedTuple (s93): compiled, classifier.pxd makes it an extension type
    whose fields are typed C fields, and the classifier's `_rules` one of it, so `self._rules.machines` is two C reads
    where a NamedTuple's field was a generic attribute lookup (about 110 instructions). The rules every title tests
    were copied to attributes of the classifier for that (speed47, s92), which took it past the 30 attributes Python
    keeps inline (test_reader_heldout11.py); they are read here again.
    """

    trailing_labels: frozenset[str]  # phrases that label a shelf at a title phrase's end ("... Fancy Dress")
    head_initial: frozenset[str]  # French accessory heads and a space, first in a title's phrase (`_head_initial`)
    head_initial_de: frozenset[str]  # German-only synonyms, which head a title they begin (ger62)
    label_types: frozenset[str]  # the types those phrases are synonyms of
    colour_words: frozenset[str]  # type synonyms that also name a colour (`_coloured`, s90)
    colour_types: frozenset[str]  # the types those words are synonyms of
    colour_blockers: frozenset[str]  # words before a colour word that make its cream the product (`_coloured`)
    frames: dict[str, str]  # a phrase that frames a whole title -> the kind it makes (`_framed`, minis45)
    frame_types: frozenset[str]  # the types those phrases are synonyms of
    frame_keeps: frozenset[str]  # head kinds no frame retypes (a dolls' house's 12 V adaptor)
    brand_frames: dict[str, str]  # brand modifiers naming a toy line that frames a title -> the kind (`_brand_framed`)
    # reading.device_namesakes (lines50): a good whose word a device shares -> (the device, the kinds whose word
    # beside it makes it the device: "(Notebook) (Core i3 (5th Gen)/ 4GB)" is a laptop; `Classifier._namesake_device`;
    # the memory amounts after it that do too, s90: `_namesake_by_amounts`)
    device_namesakes: dict[str, tuple[str, frozenset[str], int]]
    # reading.amount_brackets (lines50): a part -> its word -> (the units of an amount before it, the device a bracket
    # of the amount and the word alone names: "(2 GB RAM)" a smartphone; `Classifier._amount_bracket`)
    amount_brackets: dict[str, dict[str, tuple[frozenset[str], str]]]
    device_heads: frozenset[str]  # the kinds of both: a head of one is read again (`Classifier._title_candidate`)
    has_parent: frozenset[str]  # kinds of a broader kind: a title naming one refines a shelf of the broader kind
    phrases_with: dict[str, tuple[str, ...]]  # a run of words -> the longer phrases that hold it (`_mask_brand`)
    whole_segment: frozenset[str]  # modifiers a category segment names only as the whole segment ("Disney > Toys")
    kinds: dict[str, frozenset[str]]  # a type -> the types whose parent chain reaches it (`_narrower`, descriptions)
    console_accessories: frozenset[str]  # modifiers whose words before a console's name make no game (`platform_kind`)
    part_machines: frozenset[str]  # the machines that plug in, whose next word may name a part (`_part_word_after`)
    parts_after: dict[str, str]  # reading.parts_after_machine: a part word (CJK marked) -> its part kind
    shelf_senses: dict[str, tuple[tuple[frozenset[str], str], ...]]  # a word -> (a table's branch, type it names there)
    # Power words a typeless category leaf says of the product filed there (`CategoryReader.leaf_words`): those naming a
    # link or a supply (GPS, wireless, smart, rechargeable, plug-in); "electrical", "heating" and "digital" alone name
    # a trade or a format on a shelf ("Electrical Conduit", "Home Heating Oil", "Digital Artwork").
    leaf_power: frozenset[str]
    # A type a table entry names as one whole thing (a vehicle) -> the title readings that name that thing itself: on
    # such a shelf a title naming any other type wins (`ProductTypeDef.shelf_yields_except`, `_choose`).
    shelf_yields: dict[str, frozenset[str]]
    # A type -> the kinds a store files on its shelf that are no kinds of it: a title naming one wins (fr59,
    # `ProductTypeDef.shelf_yields_to`: power banks on Cdiscount's charger leaf).
    shelf_yields_to: dict[str, frozenset[str]]
    # A type -> the kinds whose title word, on its shelf, names it in the shelf's sense (mr64,
    # `ProductTypeDef.shelf_keeps`: "games" on a video games shelf)
    shelf_keeps: dict[str, frozenset[str]]
    # The types whose shelf keeps a title naming another kind, the subject of a work (`ProductTypeDef.shelf_holds`: "Les
    # perles" on a bookshop's shelf is a book)
    shelf_holds: frozenset[str]
    # Powered machines and devices (`_is_machine`) and `machine_part` types: on a machine's shelf a title naming a
    # machine part wins (`Classifier._part_of_machine`).
    machines: frozenset[str]
    machine_parts: frozenset[str]
    machine_supplies: frozenset[str]  # German words after a German machine word describe it (`_part_after_machine`)
    cases: frozenset[str]  # case_generic and its kinds: a cover wins on a cased accessory's shelf (`_part_of_machine`)
    cased_accessories: frozenset[str]  # accessories with a battery (a remote, a power bank): only a case is their part
    # A battery and its kinds: named last after a machine, the spare battery is the product (`_part_after_machine`)
    batteries: frozenset[str]
    cables: frozenset[str]  # the kinds of cable (`Classifier._cable_before`)
    # The radio-control models (drones, RC vehicles) and the kinds of part fitted to them (`_part_before_model`)
    models: frozenset[str]
    fitted_parts: frozenset[str]
    # What a machine part's type leaves open the machine fills with EEE alone (`_choose`): the generic electrical
    # type, whose classes set EEE and nothing of supply, radio or play; the types whose classes decide EEE
    electrical: Candidate | None
    closes_eee: frozenset[str]
    # A machine part type -> the power modifiers that make it a powered variant (`powered_variants`: "electric",
    # "plug in", "led"): a title saying one is no passive part (`Classifier._powered_part`); only types that have some
    powered_parts: dict[str, frozenset[str]]
    # The words of the specific plaything kinds' names (not generic ones): a brand field sharing none names no toy
    # line (`Classifier._mask_brand`), which saves reading most brands
    toy_line_words: frozenset[str]
    toy_line_kinds: frozenset[str]  # those kinds (`Classifier._brand_names_toy_line`: made once, not each brand)
    # The Latin target splitters, space-padded as the normalised text holds them: the device right after one is what a
    # product is for, not the product (`Classifier._for_object`, radio49)
    for_words: tuple[str, ...]
    not_for_words: tuple[str, ...]  # those the product may follow (`reading.audience_splitters`: "perfect for")
    # Playthings whose kind carries a cell (an RC car, an electronic or robot toy) and the other playthings: a title
    # naming the first refines a shelf of the second (`Classifier._choose`: "Giant Keyboard Play Mat" on a toy pianos
    # shelf, "Hexbug ... Road Set" on a slot-car shelf, "Learner Laptop Toy" on an educational-toys shelf: batt49)
    cell_playthings: frozenset[str]
    uncelled_playthings: frozenset[str]
    # reading.design_carriers: goods named last after a "with" phrase whose plaything before "with" is their design
    # ("Karta P Bear With Game Art Plastic Pencil Box": `Classifier._title_candidate`, toy50)
    design_carriers: frozenset[str]
    merchandise: frozenset[str]  # reading.merchandise: title kinds that refine a plaything shelf (`Classifier._choose`)
    toy_shelf: str | None  # the modifier whose path words make a toy tree (`Classifier._toy_shelf_yields`), if any
    toy_shelf_excludes: frozenset[str]  # the modifiers that make such a path no toy tree (a hobby, an adults' shelf)
    toy_shelf_keeps: frozenset[str]  # kinds decided not children's: their shelf keeps a title's plaything
    machine_shelves: frozenset[str]  # reading.machine_shelves: their shelf yields to a machine's title (`_choose`)
    # The modifiers that read a bare number ending a title (`title_end_number`), each with its `EndNumber`
    end_numbers: tuple[tuple[str, EndNumber], ...]

    def __init__(self, **rules: object) -> None:
        # (tests/classification/test_speed93.py holds these annotations, `_reader_rules`'s names and classifier.pxd's
        # fields to one another: compiled, the class has no annotations to check them by here)
        for name, value in rules.items():
            setattr(self, name, value)


def _end_number_sources(title: str, end_numbers: tuple[tuple[str, EndNumber], ...]) -> tuple[tuple[str, str, str], ...]:
    """The modifiers a bare number ending the (normalised) title speaks for (`title_end_number`), as title sources.
    Two numbers a slash or a dash joined ("30/31", "28-29") are one size when the second is a little above the first;
    any other number right before the last makes the two a dimension's or a code's end ("235-35-19"), no size.
    The normaliser has split a code's letters from its digits ("TX28" reads "tx 28"), so a shoe whose code ends the
    title in 16 to 34 reads that as a size too (the catalogs' shoe titles hold two: "T32", a size, and "SS16", a season
    on a men's shelf, whose adults' word excludes it)."""
    found = _TITLE_END_NUMBER.search(title, _end_number_start(title))
    if found is None:
        return ()
    first, second = found.group(1), found.group(2)
    numbers = [int(second)]
    start = found.start(2)
    if first is not None:
        if not 0 < int(second) - int(first) <= _SIZE_PAIR_GAP:
            return ()  # the end of a dimension or a code ("235 35 19", a tyre's)
        numbers.append(int(first))
        start = found.start(1)
    smallest, largest = min(numbers), max(numbers)
    before = title[:start].rstrip(" |")
    spaced = f" {title} "
    out = []
    for ref, (low, high, not_after, not_in) in end_numbers:
        if low <= smallest and largest <= high and not any(
                before == phrase or before.endswith(" " + phrase) for phrase in not_after) and not any(
                f" {phrase} " in spaced for phrase in not_in):
            out.append((ref, title[start:].replace("∶", "/"), "title"))
    return tuple(out)


def _begins_with_one(text: str, prefixes: frozenset[str]) -> bool:
    """`text.startswith(tuple(prefixes))` for prefixes that each end in a space: any that begins `text` ends where a
    space of `text` is, so the few beginnings of `text` up to one of its spaces are looked up in the set (s92: a
    `startswith` over the 291 French heads tried each in turn, about 9,000 instructions a call)."""
    at = text.find(" ")
    while at != -1:
        if text[: at + 1] in prefixes:
            return True
        at = text.find(" ", at + 1)
    return False


def _end_number_start(title: str) -> int:
    """Where a match of `_TITLE_END_NUMBER` can begin at the earliest: the digits that end `title`, and before them a
    space or a ratio mark and the digits before that. The pattern ends at the text's end, and each of its numbers is
    a whole run of digits (its look-behinds), so searching from here finds what a search of the whole text finds
    (a look-behind still sees the character before), without trying the pattern at every character of a long title
    (s92: about 5 us a title that ends in a number; the look-behinds are tried at each position)."""
    at = len(title)
    while at > 0 and "0" <= title[at - 1] <= "9":
        at -= 1
    if at > 0 and (title[at - 1] == " " or title[at - 1] == "∶"):
        before = at - 1
        while before > 0 and "0" <= title[before - 1] <= "9":
            before -= 1
        if before < at - 1:
            return before
    return at


def _reader_rules(vocab: Vocabulary, matcher: Matcher) -> _ReaderRules:
    """The rules' lookups; `phrases_with` (the vocabulary's `phrase_runs`) maps every run of words inside a longer
    phrase (type synonyms, modifier words) to those phrases: a brand that is part of one is not blanked out of a title
    that says the whole phrase."""
    kinds = kinds_of(vocab.types)
    playthings = [t for t in vocab.types.values() if t.facts.get("toy", (False,))[0]]
    return _ReaderRules(
        trailing_labels=vocab.trailing_labels,
        head_initial=frozenset(f"{phrase} " for phrase in vocab.head_initial),
        head_initial_de=vocab.head_initial_de,
        label_types=frozenset(t.id for t in vocab.types.values() if not vocab.trailing_labels.isdisjoint(t.synonyms)),
        colour_words=vocab.colour_words,
        colour_types=frozenset(t.id for t in vocab.types.values() if not vocab.colour_words.isdisjoint(t.synonyms)),
        colour_blockers=vocab.colour_blockers,
        frames=dict(vocab.frames),
        frame_types=frozenset(t.id for t in vocab.types.values() if not vocab.frames.keys().isdisjoint(t.synonyms)),
        frame_keeps=vocab.frame_keeps,
        brand_frames={m.id: m.names_type for m in vocab.modifiers.values()
                      if "brand" in m.read_in and m.names_type is not None and m.words
                      and all(vocab.frames.get(word) == m.names_type for word in m.words)},
        has_parent=frozenset(t.id for t in vocab.types.values() if t.parent),
        phrases_with=vocab.phrase_runs,
        whole_segment=frozenset(m.id for m in vocab.modifiers.values() if m.whole_segment),
        end_numbers=tuple([(m.id, m.title_end_number) for m in vocab.modifiers.values() if m.title_end_number]),
        kinds=kinds,
        console_accessories=_console_accessories(vocab),
        part_machines=frozenset(t.id for t in vocab.types.values() if _is_machine(t) and t.facts.get(
            "mains_lv", (None,))[0] is True) if vocab.parts_after_machine else _NO_KINDS,
        parts_after=dict(vocab.parts_after_machine),
        device_namesakes=dict(vocab.device_namesakes),
        amount_brackets={part: dict(words) for part, words in vocab.amount_brackets.items()},
        device_heads=frozenset(vocab.device_namesakes) | frozenset(vocab.amount_brackets),
        shelf_senses=shelf_senses(vocab.categories, matcher, frozenset(
            t.id for t in vocab.types.values() if t.generic)) if vocab.categories else {},
        leaf_power=frozenset(mod.id for mod in vocab.modifiers.values() if mod.skip_if and any(
            mod.sets.get(name, (False,))[0] for name in _LEAF_POWER_CLASSES)),
        shelf_yields={t.id: t.shelf_yields_except for t in vocab.types.values() if t.shelf_yields_except is not None},
        shelf_yields_to={t.id: t.shelf_yields_to for t in vocab.types.values() if t.shelf_yields_to},
        shelf_keeps={t.id: t.shelf_keeps for t in vocab.types.values() if t.shelf_keeps},
        shelf_holds=frozenset(t.id for t in vocab.types.values() if t.shelf_holds),
        machines=frozenset(t.id for t in vocab.types.values() if _is_machine(t)),
        machine_parts=frozenset(t.id for t in vocab.types.values() if t.machine_part),
        machine_supplies=frozenset(t.id for t in vocab.types.values() if t.machine_supplies),
        cases=frozenset((_CASE, *kinds.get(_CASE, ()))) if _CASE in vocab.types else _NO_KINDS,
        cased_accessories=frozenset(t.id for t in vocab.types.values() if t.role == "accessory" and t.facts.get(
            "battery", (False,))[0] is True),
        batteries=frozenset((_BATTERY, *kinds.get(_BATTERY, ()))) if _BATTERY in vocab.types else _NO_KINDS,
        cables=frozenset(kinds.get(_CABLE, ())),
        models=_rc_models(vocab),
        fitted_parts=frozenset(k for root in _FITTED_ROOTS for k in kinds.get(root, ())),
        electrical=Candidate((_ELECTRICAL,), SIGNAL_CATEGORY, "") if _ELECTRICAL in vocab.types else None,
        closes_eee=frozenset(t.id for t in vocab.types.values() if "eee" in t.facts),
        powered_parts=_powered_parts(vocab),
        for_words=tuple(f" {s} " for s in vocab.target_splitters
                        if all(ch < "\u2e80" for ch in s) and s not in vocab.audience_splitters),
        not_for_words=tuple(f" {s} " for s in vocab.audience_splitters),
        toy_line_words=frozenset(word for t in vocab.types.values() if t.facts.get("toy", (False,))[0] and not t.generic
                                 for phrase in t.synonyms for word in phrase.split(" ")),
        toy_line_kinds=frozenset(t.id for t in playthings if not t.generic),
        cell_playthings=frozenset(t.id for t in playthings if t.facts.get("battery", (False,))[0] is True),
        uncelled_playthings=frozenset(t.id for t in playthings if t.facts.get("battery", (False,))[0] is not True),
        design_carriers=vocab.design_carriers,
        merchandise=vocab.merchandise,
        toy_shelf=_TOY_SHELF if _TOY_SHELF in vocab.modifiers else None,
        toy_shelf_excludes=vocab.modifiers[_TOY_SHELF].excludes if _TOY_SHELF in vocab.modifiers else _NO_KINDS,
        toy_shelf_keeps=frozenset(t.id for t in vocab.types.values()
                                  if t.facts.get("children_12_under", (None,))[0] is False),
        machine_shelves=vocab.machine_shelves,
    )



def _rc_models(vocab: Vocabulary) -> frozenset[str]:
    """The radio-control models `_part_before_model` reads: the types `_READY_TO_USE` applies to. The rule finds them,
    and the fitted parts, by ids (`_READY_TO_USE`, `_FITTED_ROOTS`): a vocabulary that renamed one would switch the rule
    off without a word, so one that lacks them is refused, naming the id (tidy43)."""
    problems = [f"type '{root}': missing; `_part_before_model` takes the fitted parts from its kinds (rename it in "
                f"classifier.py's _FITTED_ROOTS too)" for root in _FITTED_ROOTS if root not in vocab.types]
    ready = vocab.modifiers.get(_READY_TO_USE)
    models = ready.only_types if ready is not None else _NO_KINDS
    if not models:
        problems.append(f"modifier '{_READY_TO_USE}': missing or without only_types; `_part_before_model` takes the "
                        f"radio-control models from its only_types (rename it in classifier.py's _READY_TO_USE too)")
    if problems:
        raise VocabularyError(problems)
    return models


def _console_accessories(vocab: Vocabulary) -> frozenset[str]:
    """The modifier groups flagged `console_accessory` (`platform_title.platform_kind`, code47). The platform is found
    by its group's id (`PLATFORM_MODIFIER`): a vocabulary without it, or that flags the platform as its own accessory,
    is refused, naming the id, so a rename cannot switch the rule off without a word."""
    flagged = frozenset(mod.id for mod in vocab.modifiers.values() if mod.console_accessory)
    problems = []
    if PLATFORM_MODIFIER not in vocab.modifiers:
        problems.append(f"modifier '{PLATFORM_MODIFIER}': missing; `platform_title` reads a game's or console's "
                        f"platform from it (rename it in platform_title.py's PLATFORM_MODIFIER too)")
    elif PLATFORM_MODIFIER in flagged:
        problems.append(f"modifier '{PLATFORM_MODIFIER}': the platform cannot be flagged console_accessory")
    if problems:
        raise VocabularyError(problems)
    return flagged


def _repeats(text: str, hit: Hit, phrase: Hit) -> bool:
    """The hit's words lie inside the phrase's own words: a seller's search word said again, no other noun."""
    return f" {text[hit.start : hit.end].strip()} " in f" {text[phrase.start : phrase.end].strip()} "


def _is_machine(t: TypeInfo) -> bool:
    """A powered machine or device (`Classifier._part_of_machine`): its classes set EEE, mains, radio or a battery
    and do not close all three supplies (a cable does); no accessory (a charger's shelf is no machine's) but one with a
    battery of its own (amzin54: a "Remote Cover", a "Power Bank Cable" are the cover and the cable; on a remote's
    shelf only a case or cover is the part, `_part_of_machine`)
    and no plaything (on an RC toy's shelf a tool kit or a crane is left to the shelf, test_reader_heldout11)."""
    facts = t.facts
    return ((t.role not in _NOT_MACHINES or (t.role == "accessory" and facts.get("battery", (False,))[0] is True))
            and not facts.get("toy", (False,))[0]
            and any(facts.get(name, (False,))[0] is True for name in _POWER_CLASSES)
            and not all(facts.get(name, (None,))[0] is False for name in SUPPLY_CLASSES))


def _powered_parts(vocab: Vocabulary) -> dict[str, frozenset[str]]:
    """Each `machine_part` type that some power modifier applies to -> those modifiers (the ones setting EEE, mains,
    radio or a battery true on it)."""
    parts: dict[str, frozenset[str]] = {}
    for t in vocab.types.values():
        if not t.machine_part:
            continue
        powering = frozenset(mod.id for mod in vocab.modifiers.values() if t.id in mod.only_types and any(
            mod.sets.get(name, (False,))[0] is True for name in _POWER_CLASSES))
        if powering:
            parts[t.id] = powering
    return parts


