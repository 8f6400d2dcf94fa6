"""Pydantic models of the YAML files (`product_types.yaml`, `hs_codes.yaml`, the category tables).

They only describe and validate the files; cross-references (class names, profile and modifier ids,
duplicate synonyms) are checked by the loader, which knows the file name and the type id to report.
Every class value is a pair `[true|false, "one-line why"]`, so each decision can be explained.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from crossguard.engine.strict import StrictModel

Snake = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Phrase = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class ClassFact(BaseModel):
    """A class value with its reason; written in YAML as `[true, "why"]`."""

    model_config = ConfigDict(frozen=True)

    value: bool
    why: str


def _fact_from_pair(raw: object) -> object:
    if isinstance(raw, list | tuple) and len(raw) == 2:
        return {"value": raw[0], "why": raw[1]}
    return raw


def _one_or_many(raw: object) -> object:
    return [raw] if isinstance(raw, str) else raw


Fact = Annotated[ClassFact, BeforeValidator(_fact_from_pair)]


class Words(StrictModel):
    """Phrases by language. English gets regular plurals added by the loader; other languages are literal."""

    en: list[Phrase] = Field(default_factory=list)
    zh: list[Phrase] = Field(default_factory=list)
    de: list[Phrase] = Field(default_factory=list)
    fr: list[Phrase] = Field(default_factory=list)
    es: list[Phrase] = Field(default_factory=list)
    it: list[Phrase] = Field(default_factory=list)

    def all(self) -> list[tuple[str, str]]:
        """(language, phrase) pairs in declaration order."""
        return [(lang, phrase) for lang in ("en", "zh", "de", "fr", "es", "it") for phrase in getattr(self, lang)]


class WhenRule(StrictModel):
    """Conditional facts of a type: `if` all listed classes have these values, `then` fill these."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, populate_by_name=True)

    if_: dict[str, bool] = Field(alias="if")
    then: dict[str, Fact]


class Profile(StrictModel):
    """A named, reusable set of class facts (e.g. `inert`: nothing electrical); may extend other profiles."""

    extends: list[str] = Field(default_factory=list)
    classes: dict[str, Fact] = Field(default_factory=dict)


class ProductTypeDef(StrictModel):
    """One product type: what it is called, where it is shelved, what it implies and why."""

    id: Snake
    role: Literal["product", "accessory", "generic", "generic_accessory", "component"] = "product"
    profile: Annotated[list[str], BeforeValidator(_one_or_many)] = Field(default_factory=list)
    synonyms: Words = Field(default_factory=Words)
    category_hints: list[Phrase] = Field(default_factory=list)
    negative_contexts: list[Phrase] = Field(default_factory=list)
    classes: dict[str, Fact] = Field(default_factory=dict)
    when: list[WhenRule] = Field(default_factory=list)
    parent: Snake | None = Field(
        None, description="The more general type this one is a kind of (a charging cable is a cable): a feed item "
        "about the parent concerns products of this type, not the reverse; the classifier reads it too (a title "
        "naming this type refines a shelf of the parent)")
    lumped: bool | list[Phrase] = Field(
        False, description="The synonyms name several kinds a recall tells apart (chairs, tables and stools are all "
        "furniture): the feed matcher also compares the head noun. A list names the words that mean the whole type "
        "(`[furniture]`): an item saying them concerns every kind")
    powered_variant: bool | Literal["mains", "battery"] = Field(
        False, description="A passive kind (eee false) that is also sold with a circuit: a light-up mug, a musical "
        "walker, a heated blanket, a rechargeable light-up helmet. The modifiers marked `powered_variants` (a power "
        "phrase: lights up, rechargeable, plug-in...) override its eee: false; on other passive kinds they say "
        "nothing. `mains` or `battery` also names the supply the kind's heated variant runs on, which the word "
        "\"heated\" does not say: heated bedding plugs in, heated clothing carries a battery pack")
    table_only: bool = Field(
        False, description="Named only by category table entries and HS headings, never by a word: it has no synonyms "
        "or category hints, because its bare words name something else far more often (\"car\", \"combine "
        "harvester\" in a title or on a shop's own shelf are toys and scale models; a full-size car is read from "
        "Google's or Shopify's vehicle path)")
    shelf_yields_except: list[Snake] | None = Field(
        None, description="Set on a type that a category table entry names as one whole thing (a vehicle): filed "
        "on such an entry's shelf, a product whose title names any type of its own wins over the shelf, generic and "
        "part readings included (a boat cover, a camper awning, a tractor seat, a flight bag: sellers file parts, "
        "covers and models there), except the types listed, which are how a title names the thing itself "
        "(\"2019 Ford Transit Custom Van\" reads a miniature's \"van\", \"Tesla Model 3\" the generic \"model\")")
    shelf_yields_to: list[Snake] = Field(
        default_factory=list, description="Kinds, not kinds of this type, that a store files on this type's shelf "
        "and whose title then wins over the shelf (fr59: Cdiscount files power banks on its charger leaf \"CHARGEUR - "
        "ADAPTATEUR ALIMENTATION TELEPHONE\"; a power bank is a battery pack, no mains charger)")
    shelf_keeps: list[Snake] = Field(
        default_factory=list, description="Kinds whose title word, on a shelf of this type (alone or among a "
        "bucket's alternatives), names this type in the shelf's sense (mr64: on \"Video Games & Consoles > Games\" "
        "a title's \"game\" or \"3 Fun Donkey Kong Mario Games DS\" is a video game, no board game, and \"Lego Harry "
        "Potter Years 1-4 Wii\" no building set)")
    shelf_holds: bool = Field(
        False, description="A shelf of this type names what everything filed there is, a work (a book, a record, a "
        "film): a title word naming another kind names the work's subject (\"Les perles\", \"No more wig\", \"La "
        "couronne de flammes\", \"Charger\"), so the shelf keeps the product; kinds of this type (a children's "
        "book) and its `shelf_yields_to` (a cable, remote or charger filed there) still refine it (s83). The shelf "
        "is a category path's or a feed's product type naming this type alone: a bucket of alternatives and a "
        "department alone (`reading.department_keeps`) are not held")
    machine_part: bool = Field(
        False, description="A part, accessory or consumable that sellers file on the shelf of the powered machine it "
        "serves (a bag, cover, stand or mount, cable, spare part, bit or blade, screw or lubricant, cleaning product): "
        "on a shelf whose type is a powered machine or device, a title naming this type in its main phrase wins, "
        "and the machine's supply and radio are not the part's. The type must close mains_lv, radio and battery")
    machine_supplies: bool = Field(
        False, description="Of a `machine_part` type: what a machine drives or comes with (screws, wall plugs, bits, "
        "sanding paper). German names the product first, so its German word after a German machine word, further on "
        "in the title, describes the machine (\"Schlagbohrmaschine 750W Dübel\" is the drill, s75); a spare, case or "
        "holder titled after its machine stays the part")
    sold_both_ways: dict[str, Phrase] = Field(
        default_factory=dict, description="Classes this kind is commonly sold both with and without (a keyboard wired "
        "or wireless: `radio`; a drill corded or cordless: `mains_lv`, `battery`), each with a one-line why. When no "
        "word, shelf or attribute decides such a class it is reported open, not assumed false, and a listing in a "
        "regulated market goes to review (rules/classification.yaml, CLS-OPEN-001). The type must leave the class open")
    note: str | None = None


class TitleEndNumber(StrictModel):
    """A bare number that ends a title and says what a phrase cannot anchor: a shop that appends the listed variant's
    size to a shoe's name ("Chaussures NIKE 28", "Chaussons Boots 30/31") states a child's foot by that number alone.
    Two numbers a slash or a dash joins ("30/31", "28-29") are one size and must both lie in the range; the number is
    not read after a phrase of `not_after` (a model line numbered by its generation, "Gel Nimbus 23"; a count, "lot de
    20"; another size system, "US 16"), nor in a title holding a phrase of `not_in` (a kind sized otherwise, "chaussures
    de ski" in Mondopoint)."""

    low: int = Field(ge=0)
    high: int = Field(ge=0)
    not_after: list[Phrase] = Field(default_factory=list)
    not_in: list[Phrase] = Field(default_factory=list)


class ModifierDef(StrictModel):
    """Words that add or remove classes whatever the type (bluetooth, rechargeable, kids, collector...).

    `mode: fill` only decides classes the type left open; `override` wins over the type. `skip_if` names type
    facts under which the word means something else (a "wireless" bra, a "smart" shirt: not electrical).
    `excludes` lists modifier ids whose presence cancels this one (kids + adults = a family product).
    `only_types`/`skip_types` restrict it to, or exempt, product types ("automatic" only speaks of watches);
    `untyped` in `skip_types` exempts the product no signal typed (radio51: a bare "RC" on a title naming no kind);
    in `only_types` it names that product (battery53: a bare "Light Up" on a title naming no kind has cells);
    `reads_targets`: the word also counts after "for" ("dress for girls"), which radio words do not.
    `audience_only_types`: kinds whose title names a work (a record, a film): there the word counts only as the
    audience after "for", "pour" or "für" ("Chansons pour enfants", "Songs for Kids"), not as the work's own words
    ("Rich Girl", the artist "KID FROST"), in the title and the description; a path's word is read as before.
    `read_in`: the texts where the word counts ("toy" in a title describes the product; in a category path it
    describes a whole shelf). `brand` is read only by modifiers that name it: a maker's name is a weak signal.
    `whole_segment`: in a category path the word counts only as a segment of its own ("Disney > Toys", not "Sports
    Toys & Outdoor" or "Beach Toys"): a shelf named by the word alone, not a department that contains it.
    `description_overrides`: an `override` also wins when the word is read in the description (which otherwise only
    fills): for words that say what the product runs on or has built in ("powered by a combustion engine",
    "recessed power outlets"), which a description states and a title rarely does.
    `powered_variants`: the modifier also applies to every type that declares `powered_variant` (added to
    `only_types`), so a new passive kind with powered variants says so in its own entry, not in each power modifier;
    `mains` or `battery` limits it to the kinds declaring that supply (a heated blanket plugs in, a heated glove does
    not).
    `states_supply: false`: the word infers the supply from what the listing bundles ("kit": a charger in the box of
    an electric tool) rather than stating it, so it presumes the product electric and cannot outrank a category
    entry's "not electrical" (`Classifier._power_outranks_entry`).
    `names_type`: a maker or product line whose whole range is one kind (a toy maker's toys, Scalextric's slot cars)
    names that kind when no attribute, HS code, shelf, title or description word names any: the weakest signals,
    read only where the modifier reads. A line in the title ("Scalextric Mitsubishi Lancer 7") comes before a maker
    in the brand field ("LEGO 75192 Millennium Falcon" by LEGO), and a title that names its own kind ("LEGO Storage
    Box") keeps it.
    `line_unless`: modifier ids whose presence in the title, outside what it bundles (a with-part, a "+"), stops the
    line naming its kind (s89): an accessory's word that names no type of its own ("Akku", "Grip", "Strap") beside
    the line it fits.
    `console_accessory`: the word, before a console's name in a title (the `video_game_platform` modifier), says the
    product is for the console, not a game titled "<name> - <platform>" ("Bluetooth Controller PS4", "Charger
    Nintendo DS", "Thumb Grips - PS4": `platform_title.platform_kind`). Read in the title, where the platform is.
    `title_end_number`: the modifier also reads a bare number that ends the title within a range (`TitleEndNumber`),
    as if its word: a size no phrase can anchor. Title only; `only_types` names the kinds whose size it is.
    """

    id: Snake
    words: Words
    sets: dict[str, Fact]
    mode: Literal["fill", "override"] = "fill"
    skip_if: dict[str, bool] = Field(default_factory=dict)
    excludes: list[str] = Field(default_factory=list)
    only_types: list[str] = Field(default_factory=list)
    skip_types: list[str] = Field(default_factory=list)
    reads_targets: bool = False
    audience_only_types: list[str] = Field(default_factory=list)
    description_overrides: bool = False
    read_in: list[Literal["title", "category", "product_type", "description", "brand"]] = Field(
        default_factory=lambda: ["title", "category", "product_type", "description"]
    )
    negative_contexts: list[Phrase] = Field(default_factory=list)
    whole_segment: bool = False
    powered_variants: bool | Literal["mains", "battery"] = False
    states_supply: bool = True
    names_type: Snake | None = None
    line_unless: list[Snake] = Field(default_factory=list)
    console_accessory: bool = False
    title_end_number: TitleEndNumber | None = None
    why: str | None = None


class Implication(StrictModel):
    """Generic class logic (radio => eee, apparel => textile); `fill` never overrides a decided class.

    `strict`: true by definition (radio equipment IS electrical equipment); it fills like `fill`, and when
    the seller's attributes state every condition it also wins over what a type or word suggested.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, populate_by_name=True)

    if_: dict[str, bool] = Field(alias="if")
    then: dict[str, bool]
    mode: Literal["fill", "override", "strict"] = "fill"
    why: str


class DeviceNamesake(StrictModel):
    """A good whose word also names a device (`reading.device_namesakes`, lines50): heading a title that names one of
    `beside` too, the word names the device."""

    good: Snake = Field(description="The type whose word heads the title: a good whose word a device shares (a paper "
                        "notebook's \"notebook\", a laptop's word on Flipkart)")
    device: Snake = Field(description="The type the word then names: the device (the laptop)")
    beside: list[Snake] = Field(min_length=1, description="Types a title names besides the word, not after \"for\", "
                                "that only the device goes with: a laptop line or a processor (\"HP 15-ac121tu "
                                "(Notebook) (Core i3 (5th Gen)/ 4GB/ 1TB/ Win10)\"); a paper notebook names none")
    amounts: int = Field(default=0, ge=0, description="How many memory or storage amounts (GB, TB, or G and T as "
                         "Chinese titles write them) after the word, or GB and TB ones anywhere in the title (s91), "
                         "also name the device, with no type beside it (s90: \"联想 G480 笔记本 i5 4G 500G\", "
                         "\"Lenovo Notebook 8GB 256GB SSD\"; a paper notebook's \"80g\" is one, its paper's "
                         "weight); 0: amounts never do")


class AmountBracket(StrictModel):
    """A part's word that, with an amount, says only how much of the part a device holds (`reading.amount_brackets`,
    lines50): a title whose one type word it is, in a phrase of its own after the name, names the device."""

    part: Snake = Field(description="The part type the word names alone (computer_component: a memory module)")
    word: Phrase = Field(description="One of the part's synonyms, read as the whole phrase's last word (\"ram\" in "
                         "\"(2 GB RAM)\"); a part named in more words (\"Kingston 4 GB RAM DDR3\") stays the part")
    units: list[Phrase] = Field(min_length=1, description="Units of the amount right before the word, one word each: "
                                "\"2 GB\", \"1.5 GB\" (a number, then the unit; nothing else in the phrase)")
    device: Snake = Field(description="The type the title then names: the device the part is in (Flipkart's phones "
                          "\"Lava Iris X8 (Black, 16 GB) (2 GB RAM)\"; a tablet's classes are a smartphone's)")


class ReadingRules(StrictModel):
    """How titles are read: where a noun phrase ends (list splitters) and where a "for" target starts."""

    list_splitters: Words = Field(default_factory=Words)
    target_splitters: Words = Field(default_factory=Words)
    audience_splitters: list[Phrase] = Field(
        default_factory=list, description="Target splitters that name an audience or an occasion, or a postpositive "
        "\"compatible\" (radio49): the product itself may follow them (\"Perfect for Kids Tablet\", \"Alexa "
        "Compatible Smart Plug\"), so a device right after one is not only what the product is for. Each must be a "
        "target splitter")
    negative_contexts: list[Phrase] = Field(default_factory=list)
    merchandise: list[Snake] = Field(
        default_factory=list, description="Kinds sold beside toys that are never playthings themselves (keychains, "
        "stickers): a title whose head noun names one refines a plaything shelf (a keychain on a figures shelf)")
    department_keeps: list[Snake] = Field(
        default_factory=list, description="Kinds whose department holds that kind alone (books, records): a path's "
        "first level naming one keeps it when no deeper level names a kind, where any other department's kind yields "
        "to a title naming a specific one (dept56: \"Kitchen & Dining > Small Appliances\" is no tableware shelf)")
    machine_shelves: list[Snake] = Field(
        default_factory=list, description="Kinds whose store shelf also holds the machines of the same room or trade "
        "(an office store's stationery shelf holds shredders and calculators, a garden shelf security cameras, a "
        "cookware shelf electric skillets): a title whose main phrase names a machine or device there is that "
        "machine (wm61). Not the kinds whose titles name what they show or are about (books, stickers, jewellery)")
    design_carriers: list[Snake] = Field(
        default_factory=list, description="Goods sold printed or shaped with a design (pencil boxes, notebooks): named "
        "last in a title, after a \"with\" phrase, one is the product even when a plaything heads the phrase before "
        "\"with\", which names the design (toy50: \"Karta P Bear With Game Art Plastic Pencil Box\" is the box)")
    device_namesakes: list[DeviceNamesake] = Field(
        default_factory=list, description="Goods whose word also names a device: heading a title that names what "
        "only the device goes with, the word names the device (lines50: Flipkart's \"(Notebook) (Core i3 ...)\" is a "
        "laptop). One entry a good")
    amount_brackets: list[AmountBracket] = Field(
        default_factory=list, description="A part's word after an amount, as the one type word of a title, in a "
        "phrase of its own after the name: how much of the part the device holds, so the device (lines50: \"(2 GB "
        "RAM)\" on Flipkart's phones). One entry a part and word")
    head_initial: list[Phrase] = Field(
        default_factory=list, description="French head nouns of an accessory (cdfr55): a title's phrase that "
        "begins with a type word beginning with one names that accessory, whatever device it names after it "
        "(\"Coque iPhone 6\", \"Batterie HP Pavilion\", \"Housse ordinateur portable\"): French puts the head first, "
        "English last")
    compound_heads: list[Phrase] = Field(
        default_factory=list, description="German head nouns also read as the last part of a compound word (de56): "
        "\"Damenuhr\" names the watch, \"Tischleuchte\" the lamp, \"Kinderrucksack\" the backpack. One word each, "
        "a type's synonym; read only after at least three letters of the same word")
    compound_prefixes: list[Phrase] = Field(
        default_factory=list, description="Modifier words also read as the first part of a compound whose head "
        "`compound_heads` reads (de56): \"Kinderrucksack\" is a child's, \"Solarleuchte\" a solar light. One word "
        "each, a modifier's word")
    french_plural_exceptions: list[Phrase] = Field(
        default_factory=list, description="French head nouns whose plural the loader does not make (s76: French "
        "synonyms get plurals, as English ones do): their plural names another thing as often as the type (\"9 "
        "broches\" a connector's pins, \"tablettes\" dishwasher tablets, \"colliers de serrage\" hose clamps). One "
        "word each, as the head of a type's French synonym")
    subject_shelves: list[Snake] = Field(
        default_factory=list, description="Works whose shop files them by subject (s90: a bookshop's "
        "\"图书 > 电子与通信 > 电视\", \"Books > Computers & Technology > Mobile Phones\"): under a level that reads "
        "one, a deeper level names the subject, not the product, unless it names a kind of the work or one its "
        "shelf yields to (`shelf_yields_to`: an e-reader, a power bank); its power words are dropped, its audience "
        "words kept")
    vehicle_toys: list[Snake] = Field(
        default_factory=list, description="Kinds a bare vehicle word names in a title (\"car\", \"tractor\": a "
        "plaything or a model there); a category level naming only them, with no plaything's level above it, is a "
        "vehicle department (s93: Daraz's \"Motorcycle\", Amazon's \"Car & Motorbike\" hold parts, stickers "
        "and helmets) and names nothing of its own")
    colour_words: list[Phrase] = Field(
        default_factory=list, description="Type synonyms that also name a colour (\"cream\"): right after a device's "
        "or machine's type word (its type says EEE) in the same phrase, ending the phrase, in a title that weighs or "
        "measures out no cream (\"50 ml\", \"109gm\"), one names the device's colour, not a second product (s90: "
        "\"Swan Retro 1.5L Kettle Cream\", \"Mini Fridge in Cream\" read skincare; `Classifier._coloured`)")
    colour_blockers: list[Phrase] = Field(
        default_factory=list, description="Words that, between a device's word and a colour word, make the cream the "
        "product: an accessory of the device or what the cream does (s90 review: \"Kettle Cover Cream\", \"Hair "
        "Straightener Heat Protection Cream\"). One word each")
    trailing_labels: list[Phrase] = Field(
        default_factory=list, description="Type synonyms that also label a shelf of goods (\"Fancy Dress\"): at the "
        "end of a title's phrase, after a specific type, they file the product and do not name it (\"Vampire Teeth "
        "Fancy Dress\" is the teeth)")
    frames: dict[Snake, list[Phrase]] = Field(
        default_factory=dict, description="A kind -> type synonyms that make a whole title that kind when they name "
        "something else in the same phrase (minis45): \"Dolls House Miniature Kitchen Cooker\" is a dolls' house "
        "miniature, \"Sylvanian Families Bakery Oven\" a playset; a plaything head stays under a plaything frame")
    frame_keeps: list[Snake] = Field(
        default_factory=list, description="Head kinds no frame retypes: real goods sold for a dolls' house or under a "
        "toy line's name (a 12 V adaptor, batteries, a book, an advent calendar)")
    department_senses: dict[Snake, list[Snake]] = Field(
        default_factory=dict, description="A department's kind -> kinds a deeper level's word names only in another "
        "sense there (dept57): under a shoe department Cdiscount's \"BASKET\" is a trainer, not a storage basket; "
        "such a level names nothing of its own and the department's kind stands")
    parts_after_machine: dict[Snake, Words] = Field(
        default_factory=dict, description="A part kind -> single words that name it right after a mains machine's "
        "name that heads a title (code47): \"Dishwasher Wheels\", \"Washing Machine Motor\", 洗衣机电机 are the part, "
        "not the machine; alone or elsewhere the words name nothing (Hot Wheels, a motor home). Words no type names")


class VocabularyFile(StrictModel):
    """Top level of product_types.yaml."""

    version: str
    classes: dict[Snake, str]
    implications: list[Implication] = Field(default_factory=list)
    reading: ReadingRules = Field(default_factory=ReadingRules)
    profiles: dict[Snake, Profile] = Field(default_factory=dict)
    modifiers: list[ModifierDef] = Field(default_factory=list)
    types: list[dict[str, object]]


class HsEntry(StrictModel):
    """An HS heading or subheading: either a product type, or class facts, or both.

    `classes` override what the title says; `default_classes` only fill classes the product type left open
    (HS 9503 covers toys but also adult scale models and puzzles, so it cannot override a collector model).
    """

    code: Annotated[str, StringConstraints(pattern=r"^[0-9]{2}(\.?[0-9]{2}){0,4}$")]
    label: str
    type: Snake | None = None
    classes: dict[str, Fact] = Field(default_factory=dict)
    default_classes: dict[str, Fact] = Field(default_factory=dict)


class HsFile(StrictModel):
    """Top level of hs_codes.yaml."""

    version: str
    headings: list[HsEntry]


CategoryPath = Annotated[str, StringConstraints(pattern=r"^[^>]*[^>\s][^>]*(>[^>]*[^>\s][^>]*)*$",
                                                strip_whitespace=True)]
#: Shopify's category id: a two-letter vertical, then one number per level below it ("el-4-8": Electronics >
#: Communications > Telephony); entries are never a top level alone, so at least one number.
ShopifyId = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[1-9][0-9]*)+$", strict=True)]


class CategoryEntry(StrictModel):
    """A branch of a product taxonomy (Google's, Shopify's), keyed by its path prefix as the taxonomy writes it
    ("Hardware > Tools > Saws"): a product type and/or class facts, and what the branch is. Each taxonomy's entries
    differ only in the form of their `id` (the subclasses below).

    `domain` names the branch's kinds (domains of the file): a path below the prefix whose leaf reads as a type of none
    of them is read in the wrong sense ("Jigsaws" under Saws is no puzzle) and the entry's type stands; a leaf that is
    one of them refines. Descendant entries inherit the nearest ancestor's domain (in either table).
    """

    path: CategoryPath
    type: Snake | None = None
    domain: list[Snake] = Field(default_factory=list)
    classes: dict[str, Fact] = Field(default_factory=dict)
    default_classes: dict[str, Fact] = Field(default_factory=dict)
    #: Classes the shelf's products are commonly sold both with and without (gtax47: a shelf of mains and battery
    #: kinds), each with why: left undecided by everything else, the class is open (reviewed, CLS-OPEN-001), as a
    #: type's `sold_both_ways` is, instead of assumed false.
    sold_both_ways: dict[str, Phrase] = Field(default_factory=dict)
    why: Phrase
    #: The same category's path in Shopify's zh-CN tree ("电子产品 > 通讯 > 电话"), on an entry that names a Shopify id
    #: (zhtree40): a Chinese path under it reads through the entry as the English one does. As deep as `path` (checked).
    zh: CategoryPath | None = None


class GoogleCategoryEntry(CategoryEntry):
    """An entry of google_product_categories.yaml: Google's numeric id (optional, a positive integer), and Shopify's
    id when Shopify's taxonomy has the same path word for word (optional, leaf35): a product filed by that Shopify id
    (`gid://shopify/TaxonomyCategory/...`) carries no path text, and reads through this entry as its path would."""

    id: Annotated[int, Field(gt=0, strict=True)] | None = None
    shopify: ShopifyId | None = None


class ShopifyCategoryEntry(CategoryEntry):
    """An entry of shopify_product_categories.yaml: Shopify's id ("el-4-8", as in
    `gid://shopify/TaxonomyCategory/el-4-8`), required: the API names a product's category only by it."""

    id: ShopifyId


class CategoriesFile(StrictModel):
    """Top level of a category table (google_ or shopify_product_categories.yaml): named domains (lists of type ids)
    and the entries (checked one by one by the loader, so that each error names its entry)."""

    version: str
    domains: dict[Snake, list[Snake]] = Field(default_factory=dict)
    categories: list[dict[str, object]]

