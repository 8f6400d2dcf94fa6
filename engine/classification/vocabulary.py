"""Loading and checking the vocabulary: product types, modifiers, profiles, implications, HS codes.

The YAML files are data written by people, so every problem is reported with the file and the type (or
modifier, profile, HS code) it concerns, and all problems are collected before failing: a reviewer fixes
them in one pass. Only PyYAML's safe loader is used (libyaml's, where PyYAML has it); nothing in the files is
ever evaluated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, NamedTuple

import yaml
from pydantic import ValidationError

from .models import (
    AmountBracket,
    CategoriesFile,
    CategoryEntry,
    ClassFact,
    DeviceNamesake,
    GoogleCategoryEntry,
    HsEntry,
    HsFile,
    ModifierDef,
    ProductTypeDef,
    ShopifyCategoryEntry,
    VocabularyFile,
    WhenRule,
    Words,
)
from .normalise import BREAKS, is_cjk, mark_cjk, normalise

Fact = tuple[bool, str]


class VocabularyError(ValueError):
    """The vocabulary files are inconsistent; the message lists every problem found."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


#: A `machine_part` type closes them (it draws no power); a type closing all three is no powered machine (a cable).
SUPPLY_CLASSES = ("mains_lv", "radio", "battery")


#: In a modifier's `skip_types`, the product no attribute, code, shelf or word typed (radio51): a word that says
#: nothing on its own ("RC" on a connector or a card set that names no kind) speaks only of a product of some kind.
#: In its `only_types` (battery53), the reverse: a word that speaks only when nothing names the kind ("Light Up").
UNTYPED = "untyped"


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """A product type ready for classification: its facts resolved through its profiles."""

    id: str
    role: str
    facts: Mapping[str, Fact]
    when: tuple[tuple[Mapping[str, bool], Mapping[str, Fact]], ...]
    synonyms: tuple[str, ...]
    hints: tuple[str, ...]
    negative_contexts: tuple[str, ...]
    parent: str | None = None  # the more general type (feed matching; the reader: a kind refines its parent's shelf)
    lumped: bool = False  # several kinds under one type: the feed matcher compares head nouns too
    general: tuple[str, ...] = ()  # of a lumped type: the phrases that name all its kinds ("furniture")
    # a shelf naming one whole thing (a vehicle) yields to a title naming any other type (`ProductTypeDef`); None: no
    shelf_yields_except: frozenset[str] | None = None
    machine_part: bool = False  # wins over a powered machine's shelf (`ProductTypeDef.machine_part`)
    machine_supplies: bool = False  # after a German machine word, describes it (`ProductTypeDef.machine_supplies`)
    #: kinds filed on this type's shelf whose title wins over it (`ProductTypeDef.shelf_yields_to`, fr59)
    shelf_yields_to: frozenset[str] = frozenset()
    #: kinds a title names on this type's shelf that are this type in the shelf's sense (`ProductTypeDef.shelf_keeps`)
    shelf_keeps: frozenset[str] = frozenset()
    shelf_holds: bool = False  # its shelf keeps a title naming another kind: a work's subject (`ProductTypeDef`)
    #: (class, why) of the classes the kind is sold both with and without: open, not false, when nothing decides
    both_ways: tuple[tuple[str, str], ...] = ()

    @property
    def generic(self) -> bool:
        """A generic type ("toys", "clothing") yields to any specific type another signal names."""
        return self.role in ("generic", "generic_accessory")


#: A modifier's `TitleEndNumber`, loaded: (low, high, normalised `not_after`, normalised `not_in`).
EndNumber = tuple[int, int, tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class ModifierInfo:
    """A modifier ready for classification."""

    id: str
    words: tuple[str, ...]
    sets: Mapping[str, Fact]
    mode: str
    skip_if: Mapping[str, bool]
    excludes: frozenset[str]
    only_types: frozenset[str | None]  # None: the product no signal typed (`UNTYPED`)
    skip_types: frozenset[str | None]
    reads_targets: bool
    read_in: frozenset[str]
    negative_contexts: tuple[str, ...]
    description_overrides: bool
    whole_segment: bool
    states_supply: bool = True  # False: the word infers the supply from a bundle ("kit"), see ModifierDef
    names_type: str | None = None  # the kind a maker's whole range is, when nothing else names one (ModifierDef)
    line_unless: frozenset[str] = frozenset()  # modifiers beside which the line names nothing (ModifierDef)
    console_accessory: bool = False  # a word before a console's name that makes the title no game's (ModifierDef)
    title_end_number: EndNumber | None = None  # a bare number ending the title that counts as the word
    audience_only_types: frozenset[str] = frozenset()  # a title's word counts after "for" only (ModifierDef)


@dataclass(frozen=True, slots=True)
class ImplicationInfo:
    """Generic class logic applied after type and modifiers."""

    if_: Mapping[str, bool]
    then: Mapping[str, bool]
    mode: str
    why: str


@dataclass(frozen=True, slots=True)
class HsInfo:
    """One HS heading/subheading, keyed by its digits (longest prefix wins)."""

    digits: str
    code: str
    label: str
    type_id: str | None
    classes: Mapping[str, Fact]
    default_classes: Mapping[str, Fact]


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """One branch of a product taxonomy (a category table's entry), keyed by its normalised segments; `allowed` is
    the branch's kinds (its domain's types and their kinds), None when no domain is stated. `taxonomy` and `source`
    are what a basis names ("Shopify product category '...' (rules/shopify_product_categories.yaml)")."""

    path: str
    segments: tuple[str, ...]
    category_id: str | None
    type_id: str | None
    allowed: frozenset[str] | None
    classes: Mapping[str, Fact]
    default_classes: Mapping[str, Fact]
    why: str
    taxonomy: str = "Google"
    source: str = "rules/google_product_categories.yaml"
    #: What the entry's locked `classes` speak for (review34): the domain the entry states, or its own type's kinds
    #: when its domain is an ancestor's ("an air drill is not electrical" is not said of a headlamp filed under
    #: Pneumatic Drills, although the tools domain it inherits holds headlamps); None when no domain applies.
    class_scope: frozenset[str] | None = None
    #: What the entry's shelf holds when its type stands: its domain, else its own type's kinds (None: no type and no
    #: domain). One place for `Classifier._category_candidate` and `shelf_sense.shelf_senses`.
    branch: frozenset[str] | None = None
    #: The entry's `sold_both_ways` (gtax47): (class, what an open class's basis says), for the classes its shelf's
    #: products are sold both with and without; open when nothing decides them.
    both_ways: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """A product taxonomy the classifier reads through a table: its name, the file a basis names, and the model of
    its entries (they differ only in their id: Google's a number, Shopify's two letters and a number per level, so
    one map holds both kinds of id). Adding a taxonomy is one more entry of `TAXONOMIES` and a loader argument."""

    name: str
    source: str
    entry_model: type[CategoryEntry]


GOOGLE = Taxonomy("Google", "rules/google_product_categories.yaml", GoogleCategoryEntry)
SHOPIFY = Taxonomy("Shopify", "rules/shopify_product_categories.yaml", ShopifyCategoryEntry)
#: The category tables, in the order they are read: a later table's entry inherits an earlier one's domain below it,
#: and a path both list must read the same way in both (`_merge_tables`).
TAXONOMIES = (GOOGLE, SHOPIFY)


@dataclass(frozen=True)
class Vocabulary:
    """Everything the classifier needs, validated and normalised."""

    version: str
    classes: tuple[str, ...]
    class_meaning: Mapping[str, str]
    implications: tuple[ImplicationInfo, ...]
    types: Mapping[str, TypeInfo]
    modifiers: Mapping[str, ModifierInfo]
    list_splitters: tuple[str, ...]
    target_splitters: tuple[str, ...]
    global_negative_contexts: tuple[str, ...]
    hs: Mapping[str, HsInfo] = field(default_factory=dict)
    merchandise: frozenset[str] = frozenset()  # reading.merchandise: title kinds that refine a plaything shelf
    design_carriers: frozenset[str] = frozenset()  # reading.design_carriers: goods named last after "with" (toy50)
    machine_shelves: frozenset[str] = frozenset()  # reading.machine_shelves: shelves a machine's title wins on (wm61)
    trailing_labels: frozenset[str] = frozenset()  # reading.trailing_labels: shelf labels at a phrase's end
    colour_words: frozenset[str] = frozenset()  # reading.colour_words: type synonyms that also name a colour (s90)
    colour_blockers: frozenset[str] = frozenset()  # reading.colour_blockers: words that keep a colour word's cream
    subject_shelves: frozenset[str] = frozenset()  # reading.subject_shelves: works a shop files by subject (s90)
    vehicle_toys: frozenset[str] = frozenset()  # reading.vehicle_toys: a bare vehicle word's kinds (s93)
    head_initial: tuple[str, ...] = ()  # reading.head_initial: French accessory heads that begin a title's phrase
    # ger62: the German-only synonyms (a type's `de` phrases of four letters or more that no other language's synonym
    # or modifier word spells; not "bh", a bra, which begins English titles too): German names a title's kind first,
    # as the listed French heads do
    head_initial_de: frozenset[str] = frozenset()
    # reading.compound_heads: a German head noun read as a compound's last part (de56) -> the types it names
    compound_heads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # reading.compound_prefixes: (a modifier word read as a compound's first part, its modifiers), longest first
    compound_prefixes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    frames: Mapping[str, str] = field(default_factory=dict)  # reading.frames: a framing phrase -> the kind it makes
    frame_keeps: frozenset[str] = frozenset()  # reading.frame_keeps: head kinds no frame retypes
    department_keeps: frozenset[str] = frozenset()  # reading.department_keeps: a department of one of these keeps it
    # reading.department_senses: a department's kind -> the kinds a deeper level names there only in another sense
    department_senses: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # reading.parts_after_machine: a part word as it stands in a read text (CJK marked) -> the part kind it names
    parts_after_machine: Mapping[str, str] = field(default_factory=dict)
    audience_splitters: tuple[str, ...] = ()  # reading.audience_splitters: target splitters the product may follow
    # reading.device_namesakes: a good whose word also names a device -> (the device, the kinds that, named beside
    # the word, make it the device)
    device_namesakes: Mapping[str, tuple[str, frozenset[str], int]] = field(default_factory=dict)
    # reading.amount_brackets: a part -> its word (normalised) -> (the amount's units, the device a bracket names)
    amount_brackets: Mapping[str, Mapping[str, tuple[frozenset[str], str]]] = field(default_factory=dict)
    hs_version: str | None = None
    # Every category table's entries (Google's, Shopify's): normalised segments -> branch, and id (as text) -> branch
    categories: Mapping[tuple[str, ...], CategoryInfo] = field(default_factory=dict)
    category_ids: Mapping[str, CategoryInfo] = field(default_factory=dict)
    # Shopify's zh-CN paths of the entries that name one (`zh`): normalised segments -> the same branch (zhtree40)
    categories_zh: Mapping[tuple[str, ...], CategoryInfo] = field(default_factory=dict)
    category_versions: Mapping[str, str] = field(default_factory=dict)  # taxonomy name -> its table's version
    warnings: tuple[str, ...] = ()
    # a run of words inside a longer type synonym or modifier word -> the phrases holding it (`_phrase_runs`)
    phrase_runs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def hs_lookup(self, code: str | None) -> HsInfo | None:
        """Longest-prefix match of an HS/HTS/CN code (dots, spaces and extra national digits are fine)."""
        if not code:
            return None
        digits = "".join(ch for ch in code if ch.isdigit())
        for length in range(min(len(digits), 10), 1, -1):
            entry = self.hs.get(digits[:length])
            if entry is not None:
                return entry
        return None


# --- English plurals ------------------------------------------------------------------------------------------------


def english_plural(phrase: str) -> str | None:
    """Regular plural of the last word (`phone case` -> `phone cases`); None where no safe rule applies.

    Irregular plurals (knife/knives) and already-plural words (jeans, headphones) are written in the YAML. A word in
    "-ech" says its "ch" as k and takes "s" ("mech" -> "mechs", "tech" -> "techs"; not "speech"): "meches" is no
    English word, and with accents folded (cdfr55) it read the French "mèches" (drill bits, wicks, a rug's pile) as
    robot toys (review55).
    """
    if not phrase or is_cjk(phrase[-1]):
        return None
    head, _, last = phrase.rpartition(" ")
    if len(last) < 3 or not last.isalpha():
        return None
    if last.endswith("ech") and not last.endswith("eech"):
        plural = last + "s"
    elif last.endswith(("ss", "x", "z", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("s"):
        return None
    elif last.endswith("y") and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


# --- French plurals -------------------------------------------------------------------------------------------------

# the words that link a French head noun to its complement ("lampe de chevet", "machine à laver"): the head alone takes
# the plural
_FRENCH_LINKS = frozenset({"de", "d", "du", "des", "a", "au", "aux", "en", "pour", "sans", "avec", "sur", "et"})

#: The first words of French compounds whose plural falls on the noun after them (s78: "haut-parleurs",
#: "pèse-personnes", "sous-vêtements", "porte-clés", "essuie-glaces"): a verb stem or an adverb stays as written
#: ("Haut-parleurs voiture" read the garment "haut", a top). Written folded, as the normaliser leaves them; several
#: are nouns too ("porte", "coupe", "garde"), whose own plural the loader still makes (`french_plurals`). Not the
#: compounds French leaves as they are ("lave-vaisselle", "sèche-linge", "chauffe-eau", "taille-haies"): review78d,
#: their new plural beat the singular negatives of their tablets, hoses, safety groups and blades
_FRENCH_COMPOUND_FIRSTS = frozenset({
    "haut", "sous", "avant", "arriere", "apres", "pese", "porte", "essuie", "cache", "tire", "coupe", "pare", "garde",
    "protege", "couvre", "ouvre", "presse", "casse", "brise", "range", "grille", "rince", "repose", "appuie", "serre",
    "attrape", "tourne", "passe", "perce", "ramasse", "souffle", "aspire",
})


def _french_word_plural(word: str) -> str | None:
    """The regular plural of one French word (normalised: accents folded), None where it is invariant or no rule is
    safe: a word in -s, -x or -z is its own plural; -eau, -au and -eu take x ("chapeau", "tuyau"), -al takes -aux
    ("métal"), the rest s."""
    if len(word) < 3 or not word.isalpha():
        return None
    if word.endswith(("s", "x", "z")):
        return None
    if word.endswith(("eau", "au", "eu")):
        return word + "x"
    if word.endswith("al"):
        return word[:-2] + "aux"
    return word + "s"


def french_plurals(phrase: str, exceptions: frozenset[str] = frozenset()) -> list[str]:
    """The plural forms of a French synonym (cd3: Cdiscount's "Ensemble de 3 Valises", "Lampes de chevet",
    "Radiateurs électriques" read nothing, as only English plurals were made). French puts the head first: its
    first word takes the plural, and a second word that follows without a link word agrees with it as an adjective
    ("radiateurs électriques") or stays, as a noun complement does ("coques iphone"): both forms are made. A compound
    led by a verb stem or an adverb (`_FRENCH_COMPOUND_FIRSTS`: "haut parleur", "pese personne") also gets the form
    with its noun alone in the plural (s78), beside the head's forms where the head has a plural of its own; an
    excepted or invariant head ("haut", "sous") so gets that form only."""
    if not phrase or is_cjk(phrase[-1]):
        return []
    words = phrase.split(" ")
    head = None if words[0] in exceptions else _french_word_plural(words[0])
    forms = [] if head is None else [" ".join([head, *words[1:]])]
    if len(words) > 1 and words[1] not in _FRENCH_LINKS:
        second = _french_word_plural(words[1])
        if second is not None:
            if head is not None:
                forms.append(" ".join([head, second, *words[2:]]))
            if words[0] in _FRENCH_COMPOUND_FIRSTS:  # a compound's noun takes it alone ("haut parleurs")
                forms.append(" ".join([words[0], second, *words[2:]]))
    return forms


def _english_plurals(phrase: str, _exceptions: frozenset[str]) -> list[str]:
    made = english_plural(phrase)
    return [made] if made else []


#: A language -> the maker of its synonyms' plurals (s76): the other languages' synonyms list their plurals as written
#: (German plurals are irregular, Chinese has none)
_PLURAL_MAKERS: dict[str, Callable[[str, frozenset[str]], list[str]]] = {"en": _english_plurals, "fr": french_plurals}


def plural_forms(lang: str, phrase: str, french_exceptions: frozenset[str] = frozenset()) -> list[str]:
    """The plurals the loader makes of a normalised synonym in its language (`_PLURAL_MAKERS`)."""
    maker = _PLURAL_MAKERS.get(lang)
    return maker(phrase, french_exceptions) if maker is not None else []


# --- German letters lost -------------------------------------------------------------------------------------------

#: The letters an ASCII-only export drops from a German word (s92: PriceRunner's German offers write "Geschirrspüler"
#: as "geschirrsp ler", "Kühlschrank" as "k hlschrank", 1,954 of its rows). Not a "?" in their place: the normaliser
#: reads it as a break between phrases
_GERMAN_ONLY_LETTERS = frozenset("äöüß")
#: A form is made only when a piece of five letters or more is left: "Hülle" -> "h lle" is too short to tell apart,
#: and "Fußball" -> "fu ball" would read English "Kung Fu Ball" (review92)
_LOST_FORM_PIECE = 5


def letters_lost_form(phrase: str) -> str | None:
    """A German synonym as an export that dropped its umlauts and ß writes it (each a space), normalised; None when
    it has none, or when no piece of `_LOST_FORM_PIECE` letters is left to recognise it by."""
    lowered = phrase.lower()
    if _GERMAN_ONLY_LETTERS.isdisjoint(lowered):
        return None
    form = normalise("".join(" " if ch in _GERMAN_ONLY_LETTERS else ch for ch in lowered))
    return form if max(len(piece) for piece in form.split()) >= _LOST_FORM_PIECE else None


# --- loading --------------------------------------------------------------------------------------------------------


#: libyaml's safe loader where PyYAML was built with it: the same safe constructors as `yaml.safe_load` (plain data
#: only, a python tag is an error), five times faster on the 560 KB vocabulary, which every `crossguard` process reads
#: (2.3 -> 0.45 s of CPU); the pure-Python safe loader otherwise.
_SAFE_LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> object:
    """The file's data, refusing a key written twice in one mapping: YAML keeps the later one silently, so a second
    `skip_types:` further down a modifier dropped the first one's types (cd68; the packs' reader refuses it too)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return parse_checked(handle, path)
    except OSError as exc:
        raise VocabularyError([f"{path}: cannot read: {exc}"]) from exc
    except yaml.YAMLError as exc:
        raise VocabularyError([f"{path}: not valid YAML: {exc}"]) from exc


def parse_checked(stream: IO[str] | str, path: Path | str) -> object:
    """One YAML document's data by the safe loader, or VocabularyError naming the line of a key written twice (the
    tests' piece-by-piece parse of the vocabulary calls it too, so it refuses what this reader refuses)."""
    loader = _SAFE_LOADER(stream)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        twice = _key_written_twice(node, loader)
        if twice is not None:
            key, first, line = twice
            raise VocabularyError([f"{path}: line {line}: key '{key}' is written twice in the same mapping (first on "
                                   f"line {first}; YAML would keep the later one and drop the first without a word)"])
        try:
            return loader.construct_document(node)
        except (TypeError, ValueError, AttributeError) as exc:
            # a tagged scalar PyYAML's constructors cannot build ("!!int abc", "2001-02-30", "!!timestamp bad") raises
            # these, not a YAMLError: reported as the YAML error it is (review69), not a traceback
            raise yaml.constructor.ConstructorError(None, None, str(exc)) from exc
    finally:
        loader.dispose()


_MERGE_TAG = "tag:yaml.org,2002:merge"


def _key_written_twice(root: yaml.Node, loader: yaml.constructor.BaseConstructor) -> tuple[str, int, int] | None:
    """The first scalar key that a mapping holds twice, with its first and second lines (1-based), walking every node
    once: an alias is the same node object as its anchor, so a node seen before is skipped (a recursive anchor,
    `a: &a [*a]`, would otherwise loop for ever). Keys compare as the loader builds them, not as written: `1:` and
    `'1':` are two keys, `yes:` and `true:` one (review67). Merge keys (`<<`) are merged, not kept, so may repeat."""
    stack = [root]
    seen_nodes: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first_lines: dict[object, int] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _MERGE_TAG:
                    key = _built_key(key_node, loader)
                    line = key_node.start_mark.line + 1
                    if key in first_lines:
                        return key_node.value, first_lines[key], line
                    first_lines[key] = line
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None


def _built_key(key_node: yaml.ScalarNode, loader: yaml.constructor.BaseConstructor) -> object:
    """A scalar key as the loader's dict will hold it; its tag and text when the loader cannot build it. A failed build
    leaves the node marked "in progress" in the constructor, which would then report a recursive node instead of the
    real error when the document is built (review69), so the mark is cleared."""
    try:
        key = loader.construct_object(key_node)
        hash(key)
    except (yaml.YAMLError, TypeError, ValueError, AttributeError):
        loader.recursive_objects.pop(key_node, None)
        loader.constructed_objects.pop(key_node, None)
        return (key_node.tag, key_node.value)
    return key


def _pydantic_problems(path: Path, where: str, exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"])
        out.append(f"{path}: {where}: {loc}: {err['msg']}")
    return out


class _Loader:
    """Collects problems while building a Vocabulary (one instance per load)."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.class_names: tuple[str, ...] = ()
        self.powered_modifiers: dict[str, bool | str] = {}  # modifier id -> its `powered_variants` (true or a supply)

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{self.path}: {where}: {message}")

    def check_classes(self, where: str, names: Iterable[str]) -> None:
        for name in names:
            if name not in self.class_names:
                self.problem(where, f"unknown class '{name}' (known: {', '.join(self.class_names)})")

    def facts(self, where: str, raw: Mapping[str, ClassFact]) -> dict[str, Fact]:
        self.check_classes(where, raw)
        return {name: (fact.value, fact.why.strip()) for name, fact in raw.items()}

    def phrases(self, where: str, raw: Iterable[str]) -> tuple[str, ...]:
        out: list[str] = []
        for phrase in raw:
            norm = normalise(phrase)
            if not norm or any(token in BREAKS for token in norm.split()):
                self.problem(where, f"phrase {phrase!r} is empty or contains phrase-breaking punctuation")
            elif norm not in out:
                out.append(norm)
        return tuple(out)

    def resolve_profiles(self, profiles: Mapping[str, object]) -> dict[str, dict[str, Fact]]:
        resolved: dict[str, dict[str, Fact]] = {}

        def visit(name: str, chain: tuple[str, ...]) -> dict[str, Fact]:
            if name in resolved:
                return resolved[name]
            if name in chain:
                self.problem(f"profile '{name}'", f"extends itself through {' -> '.join(chain + (name,))}")
                return {}
            profile = profiles.get(name)
            if profile is None:
                self.problem(f"profile '{chain[-1]}'" if chain else "profiles", f"unknown profile '{name}'")
                return {}
            merged: dict[str, Fact] = {}
            for parent in profile.extends:  # type: ignore[attr-defined]
                merged.update(visit(parent, chain + (name,)))
            merged.update(self.facts(f"profile '{name}'", profile.classes))  # type: ignore[attr-defined]
            resolved[name] = merged
            return merged

        for name in profiles:
            visit(name, ())
        return resolved

    def when_rules(
        self, where: str, rules: list[WhenRule]
    ) -> tuple[tuple[Mapping[str, bool], Mapping[str, Fact]], ...]:
        out = []
        for rule in rules:
            self.check_classes(f"{where} when", rule.if_)
            out.append((dict(rule.if_), self.facts(f"{where} when", rule.then)))
        return tuple(out)


def _both_ways(ld: _Loader, where: str, raw: Mapping[str, str], facts: Mapping[str, Fact]
               ) -> tuple[tuple[str, str], ...]:
    """A type's `sold_both_ways`: known classes the type itself leaves open (a class the type decides is never open,
    so naming it would be a contradiction the editor must resolve)."""
    ld.check_classes(f"{where} sold_both_ways", raw)
    for name in raw:
        if name in facts:
            ld.problem(where, f"sold_both_ways names '{name}', which the type (or its profile) decides")
    return tuple((name, why.strip()) for name, why in raw.items() if name in ld.class_names and name not in facts)


def _end_number(ld: _Loader, where: str, mod: ModifierDef) -> EndNumber | None:
    """A modifier's `title_end_number` as (low, high, normalised `not_after`, normalised `not_in`), checked: a range, a
    title to read and the kinds whose number it is (a bare number on any title is a count, a model or a year)."""
    end = mod.title_end_number
    if end is None:
        return None
    if end.low > end.high:
        ld.problem(where, f"title_end_number: low {end.low} is above high {end.high}")
    if "title" not in mod.read_in:
        ld.problem(where, "title_end_number: the number ends a title, and this modifier is not read in the title")
    if not mod.only_types:
        ld.problem(where, "title_end_number: name the kinds whose number it is in only_types")
    return end.low, end.high, ld.phrases(where, end.not_after), ld.phrases(where, end.not_in)


def _type_ids(names: list[str]) -> frozenset[str | None]:
    """A modifier's `only_types` or `skip_types` as type ids, `untyped` held as None: the type id a product no signal
    typed has, so one membership test serves both (radio51 for skip_types, battery53 for only_types)."""
    return frozenset(None if name == UNTYPED else name for name in names)


def _with_powered_variants(
    ld: _Loader, modifiers: dict[str, ModifierInfo], powered: Mapping[str, bool | str]
) -> dict[str, ModifierInfo]:
    """A `powered_variants` modifier applies to the kinds that declare `powered_variant` (beside its `only_types`):
    the declaration sits with the kind, so a new passive kind needs no entry in each power modifier's list. A modifier
    naming a supply (`mains`, `battery`) applies only to the kinds that declare that supply."""
    out = dict(modifiers)
    for mod_id, supply in ld.powered_modifiers.items():
        kinds = frozenset(t for t, declared in powered.items() if supply is True or declared == supply)
        if not kinds:
            named = "true" if supply is True else supply
            ld.problem(f"modifier '{mod_id}'",
                       f"powered_variants: {named}, but no type declares powered_variant: {named}")
        out[mod_id] = replace(modifiers[mod_id], only_types=modifiers[mod_id].only_types | kinds)
    return out


def load_vocabulary(types_path: Path | str, hs_path: Path | str | None = None,
                    google_path: Path | str | None = None, shopify_path: Path | str | None = None) -> Vocabulary:
    """Read and check `product_types.yaml` (and `hs_codes.yaml` and the category tables, Google's and Shopify's, when
    given); raise VocabularyError on problems. A vocabulary read before from the very same bytes comes from the
    per-user cache (`vocab_cache`: never stale, never of an invalid vocabulary; ``CROSSGUARD_CACHE=off``)."""
    from .vocab_cache import cached_vocabulary  # (it imports this module's dataclasses)

    sources = [None if path is None else Path(path) for path in (types_path, hs_path, google_path, shopify_path)]
    return cached_vocabulary(sources, lambda: load_vocabulary_from_sources(*sources))  # type: ignore[arg-type]


#: The `reading` lists of type ids: each must name a known type
_READING_TYPE_LISTS = ("merchandise", "department_keeps", "design_carriers", "frame_keeps", "machine_shelves",
                       "subject_shelves", "vehicle_toys")


def load_vocabulary_from_sources(types_path: Path | str, hs_path: Path | str | None = None,
                                 google_path: Path | str | None = None,
                                 shopify_path: Path | str | None = None) -> Vocabulary:
    """`load_vocabulary` without the cache: parse and check the files themselves."""
    types_path = Path(types_path)
    raw = _read_yaml(types_path)
    if not isinstance(raw, dict):
        raise VocabularyError([f"{types_path}: expected a mapping at the top level"])
    try:
        top = VocabularyFile.model_validate(raw)
    except ValidationError as exc:
        raise VocabularyError(_pydantic_problems(types_path, "top level", exc)) from exc

    ld = _Loader(types_path)
    ld.class_names = tuple(top.classes)
    profiles = ld.resolve_profiles(top.profiles)

    implications = []
    for index, imp in enumerate(top.implications):
        ld.check_classes(f"implication {index + 1}", list(imp.if_) + list(imp.then))
        implications.append(ImplicationInfo(dict(imp.if_), dict(imp.then), imp.mode, imp.why))

    # Modifiers.
    modifiers: dict[str, ModifierInfo] = {}
    for mod in top.modifiers:
        where = f"modifier '{mod.id}'"
        if mod.id in modifiers:
            ld.problem(where, "duplicate modifier id")
        ld.check_classes(where, mod.skip_if)
        words = [phrase for _, phrase in mod.words.all()]  # modifiers are mostly adjectives: no generated plurals
        modifiers[mod.id] = ModifierInfo(
            id=mod.id,
            words=ld.phrases(where, words),
            sets=ld.facts(where, mod.sets),
            mode=mod.mode,
            skip_if=dict(mod.skip_if),
            excludes=frozenset(mod.excludes),
            only_types=_type_ids(mod.only_types),
            skip_types=_type_ids(mod.skip_types),
            reads_targets=mod.reads_targets,
            read_in=frozenset(mod.read_in),
            negative_contexts=ld.phrases(where, mod.negative_contexts),
            description_overrides=mod.description_overrides,
            whole_segment=mod.whole_segment,
            states_supply=mod.states_supply,
            names_type=mod.names_type,
            line_unless=frozenset(mod.line_unless),
            console_accessory=mod.console_accessory,
            title_end_number=_end_number(ld, where, mod),
            audience_only_types=frozenset(mod.audience_only_types),
        )
        if mod.console_accessory and "title" not in mod.read_in:
            ld.problem(where, "console_accessory: the word is read before a console's name in the title, and this "
                       "modifier is not read in the title")
        if mod.powered_variants:
            ld.powered_modifiers[mod.id] = mod.powered_variants
    for mod in modifiers.values():
        for other in mod.excludes:
            if other not in modifiers:
                ld.problem(f"modifier '{mod.id}'", f"excludes unknown modifier '{other}'")
        for other in sorted(mod.line_unless):
            if other not in modifiers:
                ld.problem(f"modifier '{mod.id}'", f"line_unless names unknown modifier '{other}'")
        if mod.line_unless and mod.names_type is None:
            ld.problem(f"modifier '{mod.id}'",
                       "line_unless: the modifier names no type (names_type), so it has no line")

    # Types.
    types: dict[str, TypeInfo] = {}
    explicit_owner: dict[str, str] = {}  # normalised phrase -> type id (synonyms and hints)
    powered: dict[str, bool | str] = {}  # passive kinds also sold with a circuit -> their `powered_variant`
    generated: dict[str, list[tuple[str, str]]] = {}  # type id -> [(plural, source phrase)]
    german: set[str] = set()  # the types' German synonyms, and every other language's (`head_initial_de`)
    spelt_elsewhere: set[str] = set()
    french_exceptions = frozenset(ld.phrases("reading.french_plural_exceptions", top.reading.french_plural_exceptions))
    french_heads: set[str] = set()  # the first words of the types' French synonyms (each exception must be one)
    for index, entry in enumerate(top.types):
        ident = entry.get("id") if isinstance(entry, dict) else None
        where = f"type '{ident}'" if ident else f"types[{index}]"
        try:
            tdef = ProductTypeDef.model_validate(entry)
        except ValidationError as exc:
            ld.problems.extend(_pydantic_problems(types_path, where, exc))
            continue
        if tdef.id in types:
            ld.problem(where, "duplicate type id")
            continue
        if tdef.id == UNTYPED:
            ld.problem(where, f"'{UNTYPED}' is reserved: in a modifier's only_types or skip_types it means a product "
                       "with no type")
            continue
        facts: dict[str, Fact] = {}
        for name in tdef.profile:
            if name not in profiles:
                ld.problem(where, f"unknown profile '{name}' (known: {', '.join(profiles)})")
            facts.update(profiles.get(name, {}))
        facts.update(ld.facts(where, tdef.classes))
        if tdef.powered_variant:
            if facts.get("eee", (None,))[0] is not False:
                ld.problem(where, "powered_variant names a passive kind, but this type does not say eee: false")
            powered[tdef.id] = tdef.powered_variant
        synonyms = ld.phrases(f"{where} synonyms", [phrase for _, phrase in tdef.synonyms.all()])
        hints = ld.phrases(f"{where} category_hints", tdef.category_hints)
        if tdef.table_only and (synonyms or hints):
            ld.problem(where, "table_only: a type named only by table entries has no synonyms or category_hints")
        elif not synonyms and not hints and not tdef.table_only:
            ld.problem(where, "has neither synonyms nor category_hints: nothing could ever name it")
        for phrase in synonyms + hints:
            owner = explicit_owner.get(phrase)
            if owner is not None and owner != tdef.id:
                ld.problem(where, f"phrase '{phrase}' is already a synonym or category hint of type '{owner}'")
            explicit_owner[phrase] = tdef.id
        plurals = []
        for lang, phrase in tdef.synonyms.all():
            normalised = normalise(phrase)
            if lang == "fr":
                french_heads.add(normalised.split(" ")[0])
            for plural in plural_forms(lang, normalised, french_exceptions):
                plurals.append((plural, phrase))
                spelt_elsewhere.add(plural)
            lost = letters_lost_form(phrase) if lang == "de" else None
            if lost:  # (a generated form as a plural is: it never overrides an explicit phrase)
                plurals.append((lost, phrase))
            (german if lang == "de" else spelt_elsewhere).add(normalised)
        for phrase in tdef.category_hints:
            plural = english_plural(normalise(phrase))
            if plural:
                plurals.append((plural, phrase))
        generated[tdef.id] = plurals
        both_ways = _both_ways(ld, where, tdef.sold_both_ways, facts)
        types[tdef.id] = TypeInfo(
            id=tdef.id,
            role=tdef.role,
            facts=facts,
            when=ld.when_rules(where, tdef.when),
            synonyms=synonyms,
            hints=hints,
            negative_contexts=ld.phrases(f"{where} negative_contexts", tdef.negative_contexts),
            parent=tdef.parent,
            lumped=bool(tdef.lumped),
            general=_general(ld, where, tdef.lumped, synonyms),
            shelf_yields_except=(frozenset(tdef.shelf_yields_except) if tdef.shelf_yields_except is not None
                                 else None),
            machine_part=tdef.machine_part,
            machine_supplies=tdef.machine_supplies,
            both_ways=both_ways,
            shelf_yields_to=frozenset(tdef.shelf_yields_to),
            shelf_keeps=frozenset(tdef.shelf_keeps),
            shelf_holds=tdef.shelf_holds,
        )

    # Generated plurals never override an explicit phrase; two types generating the same plural drop it.
    generated_owner: dict[str, set[str]] = {}
    for type_id, plurals in generated.items():
        for plural, _source in plurals:
            generated_owner.setdefault(plural, set()).add(type_id)
    for type_id, plurals in generated.items():
        info = types[type_id]
        extra_syn: list[str] = []
        extra_hint: list[str] = []
        for plural, source in plurals:
            owner = explicit_owner.get(plural)
            if owner is not None and owner != type_id:
                ld.warnings.append(f"type '{type_id}': plural '{plural}' of '{source}' is explicit in '{owner}'")
                continue
            if len(generated_owner[plural]) > 1:
                ld.warnings.append(f"type '{type_id}': plural '{plural}' is ambiguous, dropped")
                continue
            if owner == type_id and (plural in info.synonyms or normalise(source) in info.hints):
                continue
            if normalise(source) in info.hints:
                extra_hint.append(plural)
            else:
                extra_syn.append(plural)
        if extra_syn or extra_hint:
            # (every other field as loaded: a new TypeInfo field needs no copy here)
            types[type_id] = replace(
                info,
                synonyms=info.synonyms + tuple(p for p in extra_syn if p not in info.synonyms),
                hints=info.hints + tuple(p for p in extra_hint if p not in info.hints),
            )

    _check_parents(ld, types)
    global_negatives = ld.phrases("reading.negative_contexts", top.reading.negative_contexts)
    _check_negatives(ld, types, modifiers, global_negatives,
                     frozenset(normalise(phrase) for phrase in top.reading.compound_heads))

    modifiers = _with_powered_variants(ld, modifiers, powered)
    for mod in modifiers.values():
        for type_id in mod.only_types | mod.skip_types | mod.audience_only_types:
            if type_id is not None and type_id not in types:
                ld.problem(f"modifier '{mod.id}'",
                           f"only_types/skip_types/audience_only_types names unknown type '{type_id}'")
        if mod.audience_only_types and not mod.reads_targets:
            ld.problem(f"modifier '{mod.id}'", "audience_only_types: the word counts only after 'for' there, and this "
                       "modifier does not read targets (reads_targets: true)")
        if mod.names_type is not None and mod.names_type not in types:
            ld.problem(f"modifier '{mod.id}'", f"names_type names unknown type '{mod.names_type}'")

    reading = top.reading
    for name in _READING_TYPE_LISTS:
        for type_id in getattr(reading, name):
            if type_id not in types:
                ld.problem(f"reading.{name}", f"names unknown type '{type_id}'")
    for department, senses in reading.department_senses.items():
        for type_id in (department, *senses):
            if type_id not in types:
                ld.problem("reading.department_senses", f"names unknown type '{type_id}'")
        if department in senses:
            ld.problem("reading.department_senses", f"'{department}' is its own department's kind, no other sense")
    for type_id in reading.design_carriers:
        if type_id in types and types[type_id].facts.get("toy", (False,))[0]:
            ld.problem("reading.design_carriers", f"'{type_id}' is a plaything: it would never outrank one")
    trailing_labels = ld.phrases("reading.trailing_labels", reading.trailing_labels)
    synonyms = {phrase for info in types.values() for phrase in info.synonyms}
    for phrase in trailing_labels:
        if phrase not in synonyms:
            ld.problem("reading.trailing_labels", f"'{phrase}' is no type's synonym, so it is never read as a label")
    colour_words = ld.phrases("reading.colour_words", reading.colour_words)
    for phrase in colour_words:
        if phrase not in synonyms:
            ld.problem("reading.colour_words", f"'{phrase}' is no type's synonym, so it never hides a device's colour")
    colour_blockers = ld.phrases("reading.colour_blockers", reading.colour_blockers)
    for phrase in colour_blockers:
        if " " in phrase:
            ld.problem("reading.colour_blockers", f"'{phrase}' is not one word, so it never stands between")
    head_initial = ld.phrases("reading.head_initial", reading.head_initial)
    for phrase in head_initial:
        if not any(f"{synonym} ".startswith(f"{phrase} ") for synonym in synonyms):
            ld.problem("reading.head_initial", f"'{phrase}' begins no type's synonym, so it never heads a title")
    compound_heads: dict[str, tuple[str, ...]] = {}
    for head in french_exceptions:
        if " " in head or head not in french_heads:
            ld.problem("reading.french_plural_exceptions", f"'{head}' is not one word that heads a type's French "
                       "synonym, so it excepts no plural")
    for phrase in ld.phrases("reading.compound_heads", reading.compound_heads):
        owners = tuple(info.id for info in types.values() if phrase in info.synonyms)
        if " " in phrase or not owners:
            ld.problem("reading.compound_heads", f"'{phrase}' is not one word that is a type's synonym")
        compound_heads[phrase] = owners
    compound_prefixes: list[tuple[str, tuple[str, ...]]] = []
    for phrase in ld.phrases("reading.compound_prefixes", reading.compound_prefixes):
        mods = tuple(mod.id for mod in modifiers.values() if phrase in mod.words)
        if " " in phrase or not mods:
            ld.problem("reading.compound_prefixes", f"'{phrase}' is not one word that is a modifier's word")
        compound_prefixes.append((phrase, mods))
    compound_prefixes.sort(key=lambda item: -len(item[0]))
    frames: dict[str, str] = {}
    for frame_type, frame_phrases in reading.frames.items():
        if frame_type not in types:
            ld.problem("reading.frames", f"names unknown type '{frame_type}'")
        for phrase in ld.phrases(f"reading.frames.{frame_type}", frame_phrases):
            if phrase not in synonyms:
                ld.problem("reading.frames", f"'{phrase}' is no type's synonym, so it never frames a title")
            frames[phrase] = frame_type
    parts_after = _parts_after_machine(ld, reading.parts_after_machine, types, synonyms)
    vocab_target_splitters = ld.phrases("reading.target_splitters", [p for _, p in reading.target_splitters.all()])
    vocab_kwargs = dict(
        version=top.version,
        classes=ld.class_names,
        class_meaning=dict(top.classes),
        implications=tuple(implications),
        types=types,
        modifiers=modifiers,
        list_splitters=ld.phrases("reading.list_splitters", [p for _, p in reading.list_splitters.all()]),
        target_splitters=vocab_target_splitters,
        global_negative_contexts=global_negatives,
        merchandise=frozenset(reading.merchandise),
        design_carriers=frozenset(reading.design_carriers),
        machine_shelves=frozenset(reading.machine_shelves),
        trailing_labels=frozenset(trailing_labels),
        colour_words=frozenset(colour_words),
        colour_blockers=frozenset(colour_blockers),
        subject_shelves=frozenset(reading.subject_shelves),
        vehicle_toys=frozenset(reading.vehicle_toys),
        head_initial=head_initial,
        head_initial_de=frozenset(phrase for phrase in german - spelt_elsewhere if len(phrase) > 3)
        - {word for mod in modifiers.values() for word in mod.words},
        compound_heads=compound_heads,
        compound_prefixes=tuple(compound_prefixes),
        frames=frames,
        frame_keeps=frozenset(reading.frame_keeps),
        department_keeps=frozenset(reading.department_keeps),
        department_senses={kind: frozenset(senses) for kind, senses in reading.department_senses.items()},
        parts_after_machine=parts_after,
        audience_splitters=_audience_splitters(ld, reading.audience_splitters, vocab_target_splitters),
        device_namesakes=_device_namesakes(ld, reading.device_namesakes, types),
        amount_brackets=_amount_brackets(ld, reading.amount_brackets, types),
        phrase_runs=_phrase_runs(types, modifiers),
    )

    hs: dict[str, HsInfo] = {}
    hs_version = None
    if hs_path is not None:
        hs, hs_version = _load_hs(Path(hs_path), ld, types)
    tables = [(taxonomy, Path(path)) for taxonomy, path in zip(TAXONOMIES, (google_path, shopify_path), strict=True)
              if path is not None]
    categories, category_ids, versions, categories_zh = _load_categories(tables, ld, types)
    if ld.problems:
        raise VocabularyError(ld.problems)
    return Vocabulary(**vocab_kwargs, hs=hs, hs_version=hs_version,  # type: ignore[arg-type]
                      categories=categories, category_ids=category_ids, category_versions=versions,
                      categories_zh=categories_zh, warnings=tuple(ld.warnings))


def _phrase_runs(types: Mapping[str, TypeInfo], modifiers: Mapping[str, ModifierInfo]) -> dict[str, tuple[str, ...]]:
    """Every run of words inside a longer type synonym or modifier word -> the phrases holding it.

    The classifier blanks a product's brand out of its title, except where the title says a whole vocabulary phrase
    that holds the brand ("Flash Bower automatique" by Bower, "Disney World of Cars" by Disney): this is its lookup.
    Built here, not by the classifier, so the vocabulary cache keeps it (building it costs about 40 ms a process)."""
    holding: dict[str, list[str]] = {}  # lists while building: a tuple copied per phrase is quadratic ("de", "for")
    phrases = {p for info in types.values() for p in info.synonyms}
    phrases |= {p for mod in modifiers.values() for p in mod.words}
    for phrase in sorted(phrases):
        words = phrase.split(" ")
        count = len(words)
        for start in range(count):
            for stop in range(start + 1, count + 1):
                if stop - start == count:  # the phrase itself
                    break
                holding.setdefault(" ".join(words[start:stop]), []).append(phrase)
    return {run: tuple(dict.fromkeys(held)) for run, held in holding.items()}


def _audience_splitters(ld: _Loader, raw: list[str], target_splitters: tuple[str, ...]) -> tuple[str, ...]:
    """`reading.audience_splitters`, normalised; one that is no target splitter could never act, so it is refused."""
    phrases = ld.phrases("reading.audience_splitters", raw)
    for phrase in phrases:
        if phrase not in target_splitters:
            ld.problem("reading.audience_splitters", f"'{phrase}' is not one of reading.target_splitters, so it never "
                       "starts a target")
    return phrases


def _device_namesakes(ld: _Loader, raw: list[DeviceNamesake],
                      types: Mapping[str, TypeInfo]) -> dict[str, tuple[str, frozenset[str], int]]:
    """`reading.device_namesakes`: a good -> (the device its word names, the kinds beside it that say so, the memory
    amounts after it that say so, 0 for none). Every type must be known (a renamed one would switch the rule off without
    a word); one entry a good."""
    where = "reading.device_namesakes"
    out: dict[str, tuple[str, frozenset[str], int]] = {}
    for entry in raw:
        for name, type_id in (("good", entry.good), ("device", entry.device),
                              *(("beside", kind) for kind in entry.beside)):
            if type_id not in types:
                ld.problem(where, f"{name} names unknown type '{type_id}'")
        if entry.good == entry.device:
            ld.problem(where, f"'{entry.good}' is both the good and the device")
        if entry.good in out:
            ld.problem(where, f"good '{entry.good}' has two entries")
        out[entry.good] = (entry.device, frozenset(entry.beside), entry.amounts)
    return out


def _amount_brackets(ld: _Loader, raw: list[AmountBracket],
                     types: Mapping[str, TypeInfo]) -> dict[str, dict[str, tuple[frozenset[str], str]]]:
    """`reading.amount_brackets`: a part -> its word, normalised -> (the amount's units, the device). Every type must
    be known; the word must be one of the part's synonyms (else the part is never read from it) and each unit one
    word (the reader compares it with the word after the number); one entry a part and word."""
    where = "reading.amount_brackets"
    out: dict[str, dict[str, tuple[frozenset[str], str]]] = {}
    for entry in raw:
        for name, type_id in (("part", entry.part), ("device", entry.device)):
            if type_id not in types:
                ld.problem(where, f"{name} names unknown type '{type_id}'")
        words = ld.phrases(f"{where}.{entry.part}", [entry.word])
        units = ld.phrases(f"{where}.{entry.part} units", entry.units)
        for unit in units:
            if " " in unit:
                ld.problem(where, f"unit '{unit}' is not one word")
        if not words:
            continue
        word = words[0]
        part = types.get(entry.part)
        if part is not None and word not in part.synonyms:
            ld.problem(where, f"'{word}' is no synonym of type '{entry.part}', so the part is never read from it")
        brackets = out.setdefault(entry.part, {})
        if word in brackets:
            ld.problem(where, f"part '{entry.part}' has two entries for '{word}'")
        brackets[word] = (frozenset(units), entry.device)
    return out


def _parts_after_machine(ld: _Loader, raw: Mapping[str, Words], types: Mapping[str, TypeInfo],
                         synonyms: set[str]) -> dict[str, str]:
    """`reading.parts_after_machine`: each part word as the reader meets it in a read text (a Latin word; a CJK run of
    two or three characters, marked) -> its part kind. A kind must be a `machine_part` type; a word must be one word
    (the reader looks at the one word after the machine) that no type names (a type's synonym is read as the type)."""
    out: dict[str, str] = {}
    where = "reading.parts_after_machine"
    for kind, words in raw.items():
        info = types.get(kind)
        if info is None or not info.machine_part:
            ld.problem(where, f"names '{kind}', which is no machine_part type")
        for phrase in ld.phrases(f"{where}.{kind}", [word for _, word in words.all()]):
            cjk = all(is_cjk(char) for char in phrase)
            if " " in phrase or (cjk and not 2 <= len(phrase) <= 3) or (not cjk and not phrase.isalpha()):
                ld.problem(where, f"'{phrase}' is not one word (or two or three CJK characters)")
            elif phrase in synonyms:
                ld.problem(where, f"'{phrase}' is a type's synonym, read as that type: it never names a part here")
            out[mark_cjk(phrase) if cjk else phrase] = kind
    return out


def _general(ld: _Loader, where: str, lumped: bool | list[str], synonyms: tuple[str, ...]) -> tuple[str, ...]:
    """The words that name a lumped type as a whole: each must be one of its synonyms."""
    if isinstance(lumped, bool):
        return ()
    words = ld.phrases(f"{where} lumped", lumped)
    for phrase in words:
        if phrase not in synonyms:
            ld.problem(where, f"lumped names '{phrase}', which is not one of its synonyms")
    return words


def _check_parents(ld: _Loader, types: Mapping[str, TypeInfo]) -> None:
    """Every `parent` names a known type and no chain of parents comes back to where it started; every type a
    `shelf_yields_except` names is known; a `machine_part` type closes mains, radio and battery (a part that drew
    power of its own would take the machine's classes away from what it is)."""
    for type_id, info in types.items():
        for named in sorted(info.shelf_yields_except or ()):
            if named not in types:
                ld.problem(f"type '{type_id}'", f"shelf_yields_except names unknown type '{named}'")
        for key, named_types in (("shelf_yields_to", info.shelf_yields_to), ("shelf_keeps", info.shelf_keeps)):
            for named in sorted(named_types):
                if named not in types:
                    ld.problem(f"type '{type_id}'", f"{key} names unknown type '{named}'")
        if info.machine_part and any(info.facts.get(name, (None,))[0] is not False for name in SUPPLY_CLASSES):
            ld.problem(f"type '{type_id}'", "machine_part needs classes mains_lv, radio and battery false")
        if info.machine_supplies and not info.machine_part:
            ld.problem(f"type '{type_id}'", "machine_supplies is said of a machine_part type only")
        if info.parent is None:
            continue
        if info.parent not in types:
            ld.problem(f"type '{type_id}'", f"parent names unknown type '{info.parent}'")
            continue
        chain = [type_id]
        current: str | None = info.parent
        while current is not None and current in types:
            if current in chain:
                ld.problem(f"type '{type_id}'", f"parent chain comes back to itself: {' -> '.join(chain + [current])}")
                break
            chain.append(current)
            current = types[current].parent


def _inner_phrases(context: str, words: frozenset[str] | set[str]) -> bool:
    """Whether one of `words` can be found inside `context` (both normalised) the way the matcher finds it: a phrase
    whose first (last) character is Latin or a digit only after (before) a space or the context's edge, since the
    automaton stores such ends padded with a space; a CJK end anywhere in a run. Every such span of the context is
    looked up in `words` (a context is a few words: a handful of spans)."""
    if context.isascii():  # (most contexts) the spans are the runs of whole words
        tokens = context.split(" ")
        count = len(tokens)
        return any(" ".join(tokens[i:j]) in words for i in range(count) for j in range(i + 1, count + 1))
    size = len(context)
    starts = [i for i in range(size) if i == 0 or context[i - 1] == " " or is_cjk(context[i])]
    ends = [j for j in range(1, size + 1) if j == size or context[j] == " " or is_cjk(context[j - 1])]
    return any(context[i:j] in words for i in starts for j in ends if j > i)


def _compound_end(context: str, heads: frozenset[str]) -> bool:
    """Whether a word of `context` ends in one of `heads` after three letters or more (`matcher._compound_hits`)."""
    return any(word.endswith(head) and len(word) - len(head) >= 3 for word in context.split(" ") for head in heads)


def _check_negatives(ld: _Loader, types: Mapping[str, TypeInfo], modifiers: Mapping[str, ModifierInfo],
                     global_contexts: tuple[str, ...], compound_heads: frozenset[str] = frozenset()) -> None:
    """A negative context drops only the hits of its own entry's words that lie inside it (`matcher._negated`): one
    holding none of them (after normalisation and the generated plurals; a Latin word only whole, so "mousetrap"
    does not hold "mouse") can never act. It is dead data that misleads the next editor, usually a word since moved
    to another type or removed: a problem naming the file, the entry and the context. A global one must hold some
    type's or modifier's word. A German compound ending in one of the entry's `compound_heads` holds it too (de56:
    "sanduhr" guards the watch's "uhr")."""
    entries = [(f"type '{info.id}' negative_contexts", "the type's synonyms or hints", info.negative_contexts,
                frozenset(info.synonyms + info.hints)) for info in types.values() if info.negative_contexts]
    entries += [(f"modifier '{mod.id}' negative_contexts", "the modifier's words", mod.negative_contexts,
                 frozenset(mod.words)) for mod in modifiers.values() if mod.negative_contexts]
    for where, whose, contexts, own in entries:
        for context in contexts:
            if not _inner_phrases(context, own) and not _compound_end(context, own & compound_heads):
                ld.problem(where, f"'{context}' holds none of {whose}, so it can never act")
    if global_contexts:
        every = {phrase for info in types.values() for phrase in info.synonyms + info.hints}
        every.update(phrase for mod in modifiers.values() for phrase in mod.words)
        for context in global_contexts:
            if not _inner_phrases(context, every):
                ld.problem("reading.negative_contexts",
                           f"'{context}' holds no type's or modifier's word, so it can never act")


def ancestors(vocab: Vocabulary, type_id: str) -> tuple[str, ...]:
    """The type and its parents, nearest first (the loader guarantees the chain ends)."""
    chain = [type_id]
    info = vocab.types.get(type_id)
    while info is not None and info.parent is not None:
        chain.append(info.parent)
        info = vocab.types.get(info.parent)
    return tuple(chain)


def _load_hs(path: Path, ld: _Loader, types: Mapping[str, TypeInfo]) -> tuple[dict[str, HsInfo], str | None]:
    raw = _read_yaml(path)
    try:
        top = HsFile.model_validate(raw)
    except ValidationError as exc:
        ld.problems.extend(_pydantic_problems(path, "top level", exc))
        return {}, None
    hs_ld = _Loader(path)
    hs_ld.class_names = ld.class_names
    out: dict[str, HsInfo] = {}
    for entry in top.headings:
        where = f"HS {entry.code}"
        digits = entry.code.replace(".", "")
        if digits in out:
            hs_ld.problem(where, f"duplicate code (also {out[digits].code})")
        if entry.type is not None and entry.type not in types:
            hs_ld.problem(where, f"unknown product type '{entry.type}'")
        if entry.type is None and not entry.classes and not entry.default_classes:
            hs_ld.problem(where, "names neither a type nor classes")
        out[digits] = _hs_info(hs_ld, where, digits, entry)
    ld.problems.extend(hs_ld.problems)
    return out, top.version


def _hs_info(ld: _Loader, where: str, digits: str, entry: HsEntry) -> HsInfo:
    return HsInfo(
        digits=digits,
        code=entry.code,
        label=entry.label,
        type_id=entry.type,
        classes=ld.facts(where, entry.classes),
        default_classes=ld.facts(where, entry.default_classes),
    )


def category_segments(path: str) -> tuple[str, ...]:
    """A category path as the category tables key it: its segments, normalised like every text (case, punctuation)."""
    return tuple(normalise(segment) for segment in path.split(">"))


class _Listed(NamedTuple):
    """An entry of a category table as read, before the tables are merged: where it is (for errors) and what it says."""

    taxonomy: Taxonomy
    where: str  # "FILE: entry N 'path'"
    entry: CategoryEntry
    segments: tuple[str, ...]
    domains: Mapping[str, frozenset[str]]  # the domains its file names (and every type's own)
    classes: Mapping[str, Fact]
    default_classes: Mapping[str, Fact]
    zh: tuple[str, ...] | None  # the normalised segments of its Shopify zh-CN path, when it names one
    both_ways: tuple[tuple[str, str], ...] = ()  # its `sold_both_ways`, checked (class, why)


#: The category tables as the classifier holds them: English paths, ids, versions, Chinese paths (`_load_categories`)
LoadedTables = tuple[dict[tuple[str, ...], CategoryInfo], dict[str, CategoryInfo], dict[str, str],
                     dict[tuple[str, ...], CategoryInfo]]


def _load_categories(tables: list[tuple[Taxonomy, Path]], ld: _Loader, types: Mapping[str, TypeInfo]
                     ) -> LoadedTables:
    """Read the category tables (Google's, then Shopify's) into one tree of path prefixes: each entry checked on its
    own (errors name the file, the entry and the field), its domain resolved to the types it allows (the nearest
    ancestor entry's, in either table, when it states none). A path both tables list must read the same way in both
    (same type, classes and domain): one text cannot mean two things; the earlier table's entry then stands and the
    later one's id names it too. For the same reason a later table may name an earlier one's domains, and must not
    define one again. An entry's Chinese path (`zh`) keys the same branch in a map of its own: the reader looks a path
    up in both, so the longest listed prefix wins in either language (zhtree40)."""
    kinds = kinds_of(types)
    listed: list[_Listed] = []
    versions: dict[str, str] = {}
    named: dict[str, tuple[frozenset[str], Path]] = {}  # the domains the tables read so far define, and where
    for taxonomy, path in tables:
        read = _read_table(taxonomy, path, ld, types, kinds, named)
        if read is not None:
            versions[taxonomy.name] = read[0]
            listed.extend(read[1])
    by_path: dict[tuple[str, ...], CategoryInfo] = {}
    first: dict[tuple[str, ...], _Listed] = {}
    by_id: dict[str, CategoryInfo] = {}
    for item in sorted(listed, key=lambda one: len(one.segments)):  # (stable: Google's before Shopify's)
        entry, segments = item.entry, item.segments
        allowed: frozenset[str] | None = None
        if entry.domain:
            allowed = frozenset().union(*(item.domains.get(name, frozenset()) for name in entry.domain))
        else:
            for cut in range(len(segments) - 1, 0, -1):
                parent = by_path.get(segments[:cut])
                if parent is not None and parent.allowed is not None:
                    allowed = parent.allowed
                    break
        class_scope = allowed
        if allowed is not None and entry.type is not None:
            own_kinds = kinds.get(entry.type, frozenset()) | {entry.type}
            allowed = allowed | own_kinds
            class_scope = allowed if entry.domain else own_kinds
        entry_id = entry.id  # type: ignore[attr-defined]
        info = CategoryInfo(
            path=entry.path, segments=segments, category_id=None if entry_id is None else str(entry_id),
            type_id=entry.type, allowed=allowed, classes=item.classes, default_classes=item.default_classes,
            why=entry.why, taxonomy=item.taxonomy.name, source=item.taxonomy.source, class_scope=class_scope,
            branch=allowed if allowed is not None or entry.type is None else kinds.get(entry.type, frozenset()) | {
                entry.type},
            both_ways=tuple(
                (name, f"{item.taxonomy.name} product category '{entry.path}' ({item.taxonomy.source}) holds products "
                       f"sold both ways ({why}) and no word, shelf or attribute says which: {name} is open (assumed "
                       "false; a listing in a regulated market goes to review)")
                for name, why in item.both_ways))
        earlier = by_path.get(segments)
        if earlier is not None:
            if _reading(earlier) != _reading(info):
                ld.problems.append(f"{item.where}: path: also {first[segments].where}, which reads it otherwise "
                                   f"(type, classes or domain): a path in both tables must read the same way")
            info = earlier
        else:
            by_path[segments] = info
            first[segments] = item
        for one_id in (entry_id, getattr(entry, "shopify", None)):  # (a Google entry may name Shopify's id too)
            if one_id is None:
                continue
            known = by_id.get(str(one_id))
            if known is not None and known is not info:
                ld.problems.append(f"{item.where}: id: {one_id} already names '{known.path}' in another table")
            by_id[str(one_id)] = info
    return by_path, by_id, versions, _chinese_paths(listed, by_path, by_id, ld)


def _chinese_paths(listed: list[_Listed], by_path: Mapping[tuple[str, ...], CategoryInfo],
                   by_id: Mapping[str, CategoryInfo], ld: _Loader) -> dict[tuple[str, ...], CategoryInfo]:
    """Chinese path -> the branch of the entry naming it. One text cannot name two branches, and one branch has one
    Chinese path (a path both tables list may carry it in either or both, the same); an entry below another listed
    Shopify id must begin with that entry's Chinese path, as its id begins with the other's (a mistyped or misplaced
    path is caught by its own ancestor, not by a reading gone quiet)."""
    by_zh: dict[tuple[str, ...], CategoryInfo] = {}
    zh_of: dict[int, tuple[tuple[str, ...], str, str]] = {}  # id(branch) -> its Chinese segments, where, as written
    for item in listed:
        if item.zh is None:
            continue
        info = by_path[item.segments]
        known = zh_of.get(id(info))
        if known is not None and known[0] != item.zh:
            ld.problems.append(f"{item.where}: zh: also {known[1]}, with another Chinese path: one path per id")
            continue
        other = by_zh.get(item.zh) or by_path.get(item.zh)
        if other is not None and other is not info:
            ld.problems.append(f"{item.where}: zh: '{item.entry.zh}' already names '{other.path}'")
            continue
        by_zh[item.zh] = info
        zh_of[id(info)] = (item.zh, item.where, str(item.entry.zh))
    for item in listed:
        own = _shopify_id(item.entry)
        if item.zh is None or own is None:
            continue
        parts = own.split("-")
        for cut in range(len(parts) - 1, 0, -1):  # the nearest listed ancestor first ("el-4-8": "el-4", then "el")
            above = by_id.get("-".join(parts[:cut]))
            known = zh_of.get(id(above)) if above is not None else None
            if known is not None:
                if item.zh[:len(known[0])] != known[0]:
                    ld.problems.append(f"{item.where}: zh: does not begin with '{known[2]}', the Chinese path of "
                                       f"the entry above it ({known[1]})")
                break
    return by_zh


def _shopify_id(entry: CategoryEntry) -> str | None:
    """The Shopify id an entry names: its own (Shopify's table) or `shopify` (a Google entry), None when neither."""
    one_id = getattr(entry, "shopify", None) or entry.id  # type: ignore[attr-defined]
    return one_id if isinstance(one_id, str) else None


def _reading(info: CategoryInfo) -> tuple[object, ...]:
    """What an entry makes of its path: two tables listing one path must agree on this."""
    return info.type_id, info.allowed, dict(info.classes), dict(info.default_classes), info.both_ways


def _read_table(taxonomy: Taxonomy, path: Path, ld: _Loader, types: Mapping[str, TypeInfo],
                kinds: Mapping[str, frozenset[str]], named: dict[str, tuple[frozenset[str], Path]]) -> tuple[
        str, list[_Listed]] | None:
    """One category table's version and entries, each checked against the vocabulary and within its file (duplicate
    prefix or id, unknown type or domain, an entry that says nothing); problems go to `ld`. `named`: the domains of
    the tables read before (usable here; this file's own are added to it)."""
    raw = _read_yaml(path)
    try:
        top = CategoriesFile.model_validate(raw)
    except ValidationError as exc:
        ld.problems.extend(_pydantic_problems(path, "top level", exc))
        return None
    gld = _Loader(path)
    gld.class_names = ld.class_names

    def with_kinds(type_id: str) -> frozenset[str]:
        return kinds.get(type_id, frozenset()) | {type_id}

    domains: dict[str, frozenset[str]] = {name: allowed for name, (allowed, _where) in named.items()}
    for name, type_ids in top.domains.items():
        if name in types:
            gld.problem(f"domain '{name}'", "is also a product type's id (a domain name must not be)")
        if name in named:
            gld.problem(f"domain '{name}'", f"already defined by {named[name][1]}: name it, do not define it again")
        for type_id in type_ids:
            if type_id not in types:
                gld.problem(f"domain '{name}'", f"unknown product type '{type_id}'")
        domains[name] = frozenset().union(*(with_kinds(type_id) for type_id in type_ids))
        named.setdefault(name, (domains[name], path))
    for type_id in types:  # a type named as a domain stands for itself and its kinds
        domains.setdefault(type_id, with_kinds(type_id))
    out: list[_Listed] = []
    seen: dict[tuple[str, ...], str] = {}
    ids: dict[object, str] = {}
    for index, item in enumerate(top.categories, 1):
        label = item.get("path") if isinstance(item, dict) else None
        where = f"entry {index}" + (f" '{label}'" if isinstance(label, str) else "")
        try:
            entry = taxonomy.entry_model.model_validate(item)
        except ValidationError as exc:
            gld.problems.extend(_pydantic_problems(path, where, exc))
            continue
        segments = category_segments(entry.path)
        if segments in seen:
            gld.problem(where, f"path: duplicate prefix (also {seen[segments]})")
            continue
        seen[segments] = where
        entry_id = entry.id  # type: ignore[attr-defined]
        for field_name, one_id in (("id", entry_id), ("shopify", getattr(entry, "shopify", None))):
            if one_id is None:
                continue
            if one_id in ids:
                gld.problem(where, f"{field_name}: duplicate id {one_id} (also {ids[one_id]})")
            ids[one_id] = where
            if isinstance(one_id, str) and one_id.count("-") + 1 != len(segments):
                gld.problem(where, f"{field_name}: '{one_id}' names a category {one_id.count('-') + 1} levels deep, "
                                   f"the path is {len(segments)}")
        if entry.type is not None and entry.type not in types:
            gld.problem(where, f"type: unknown product type '{entry.type}'")
        for name in entry.domain:
            if name not in domains:
                gld.problem(where, f"domain: '{name}' is neither a domain of the file nor a product type")
        if entry.type is None and not entry.classes and not entry.default_classes and not entry.domain:
            gld.problem(where, "names neither a type, classes nor a domain")
        classes = gld.facts(f"{where} classes", entry.classes)
        default_classes = gld.facts(f"{where} default_classes", entry.default_classes)
        out.append(_Listed(taxonomy, f"{path}: {where}", entry, segments, domains, classes, default_classes,
                           _zh_segments(gld, where, entry, segments, seen),
                           _entry_both_ways(gld, where, entry, classes, default_classes, types)))
    ld.problems.extend(gld.problems)
    return top.version, out


def _entry_both_ways(gld: _Loader, where: str, entry: CategoryEntry, classes: Mapping[str, Fact],
                     default_classes: Mapping[str, Fact], types: Mapping[str, TypeInfo]) -> tuple[tuple[str, str], ...]:
    """An entry's `sold_both_ways` (gtax47): known classes that neither the entry (`classes`, `default_classes`) nor its
    type decides; naming one it decides is a contradiction the editor must resolve, so it is refused."""
    raw = entry.sold_both_ways
    if not raw:
        return ()
    gld.check_classes(f"{where} sold_both_ways", raw)
    type_facts = types[entry.type].facts if entry.type is not None and entry.type in types else {}
    out = []
    for name, why in raw.items():
        if name in classes or name in default_classes:
            gld.problem(where, f"sold_both_ways names '{name}', which the entry's classes or default_classes decide")
        elif name in type_facts:
            gld.problem(where, f"sold_both_ways names '{name}', which the entry's type '{entry.type}' decides")
        elif name in gld.class_names:
            out.append((name, why.strip()))
    return tuple(out)


def _zh_segments(gld: _Loader, where: str, entry: CategoryEntry, segments: tuple[str, ...],
                 seen: dict[tuple[str, ...], str]) -> tuple[str, ...] | None:
    """An entry's Chinese path (`zh`), checked within its file: only on an entry naming a Shopify id (it is that id's
    path in Shopify's zh-CN tree), as deep as the English path (the reader cuts a path below an entry by its depth),
    not another entry's prefix in the file; None when there is none or it is wrong (the problem is noted)."""
    if entry.zh is None:
        return None
    zh = category_segments(entry.zh)
    if _shopify_id(entry) is None:
        gld.problem(where, "zh: a Chinese path is Shopify's zh-CN one: the entry names no Shopify id")
    elif len(zh) != len(segments):
        gld.problem(where, f"zh: '{entry.zh}' is {len(zh)} levels deep, the path is {len(segments)}")
    elif not all(zh):
        gld.problem(where, f"zh: '{entry.zh}' has an empty segment")
    elif zh in seen:
        gld.problem(where, f"zh: duplicate prefix (also {seen[zh]})")
    else:
        seen[zh] = where
        return zh
    return None


def kinds_of(types: Mapping[str, TypeInfo]) -> dict[str, frozenset[str]]:
    """Each type that has kinds -> the types whose parent chain reaches it. A chain is followed at most as many steps
    as there are types: the loader reports a cycle (`_check_parents`) before it raises, and must not loop on it."""
    found: dict[str, set[str]] = {}
    for type_id, info in types.items():
        parent, steps = info.parent, 0
        while parent is not None and parent in types and steps < len(types):
            found.setdefault(parent, set()).add(type_id)
            parent, steps = types[parent].parent, steps + 1
    return {type_id: frozenset(kinds) for type_id, kinds in found.items()}
