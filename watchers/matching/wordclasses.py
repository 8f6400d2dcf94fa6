"""Closed word classes: the tokens of a title that describe a product but never name its kind.

Colours, materials, sizes and units, audience words, packaging and class words ("set", "toy",
"accessories"). They are grammar, not vocabulary: which product types exist is the classifier's
vocabulary (rules/product_types.yaml); these lists only say which words to step over when looking
for a head noun or a qualifier, and who a product is for.
"""

from __future__ import annotations

import re

from .text import stem, stem_set

STOPWORDS = frozenset(
    "a an the and or of for with by in on at to from as its it this that these those their our your "
    "is are was were be been has have had not no nor but if so than then also all any each every "
    "some such via per into onto over under about after before between both either neither n x brand branded".split()
)
COLOURS = stem_set(
    "black white red blue green yellow orange purple pink brown grey gray silver gold golden beige cream "
    "navy maroon violet teal turquoise ivory tan khaki multicolor multicolour multi colour color colours "
    "colors rainbow clear transparent dark bright neon pastel champagne bronze copper "
    "charcoal burgundy lavender mint olive coral aqua indigo magenta cyan"
)
MATERIALS = stem_set(
    "wood wooden plastic metal steel stainless aluminum aluminium iron cotton polyester nylon silicone "
    "rubber leather glass ceramic bamboo fabric wool vinyl acrylic foam velvet canvas denim linen"
)
#: Descriptive adjectives that never make a product another product ("electrical fan" = "fan").
GENERIC_ADJ = stem_set(
    "electric electrical electronic portable smart mini micro wireless cordless corded rechargeable "
    "digital automatic manual new classic original premium deluxe professional pro heavy duty universal "
    "adjustable large small medium big little giant slim compact foldable folding collapsible "
    "waterproof outdoor indoor home household soft hard mobile handheld personal multi multifunction "
    "multipurpose purpose ultra super extra mega high low long tall wide thin thick double single "
    "triple dual full half quick fast slow quiet silent lightweight durable reusable disposable "
    "led usb certain select various assorted unique modern vintage cute funny best official "
    "genuine authentic improved updated latest standard basic simple fun fully"
)
#: Who a product is for: a children's recall never names adult products, nor the reverse.
CHILD_WORDS = stem_set(
    "child children childrens kid kids baby babies infant infants toddler toddlers youth junior girl "
    "girls boy boys juvenile newborn newborns nursery teen teens tween"
)
ADULT_WORDS = stem_set("adult adults men mens man women womens woman ladies lady senior seniors")
#: Packaging and quantity words: "Toy Set", "8 Pack", "2 Piece" are never the product itself.
CONTAINER_WORDS = stem_set(
    "set sets pack packs piece pieces pcs pc pk count ct bundle combo collection assortment lot pair "
    "pairs kit kits box boxes bag bags unit units item items edition version series model style type"
)
#: What holds a product rather than being it, after another product word ("Serum Bottles").
PACKAGING_WORDS = stem_set("bottle bottles jar jars packet packets pouch pouches tube tubes sachet sachets tin tins")
#: Class words: "Toy Trumpet", "Drawing Tablet Toy" - the product is the trumpet or the tablet.
CLASS_WORDS = stem_set("toy toys product products device devices gadget gadgets accessory accessories")

UNIT_RE = re.compile(
    r"^\d+(?:\.\d+)?(?:mah|ah|wh|kwh|w|kw|v|vac|vdc|a|ma|k|mm|cm|m|km|in|inch|inches|ft|feet|foot|oz|lb|lbs|"
    r"kg|g|mg|ml|l|gal|gb|tb|mb|hz|khz|mhz|ghz|mp|psi|cc|db|x|s|st|nd|rd|th|pcs|pc|pk|ct|p|d|yr|yrs|"
    r"mo|months|years|pin|port|ports|way|seater|speed|tier|layer|ply|pack|piece|pieces)$"
)
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred "
    "thousand million billion dozen".split()
)
UNIT_WORDS = frozenset(
    "inch inches in ft feet foot cm mm meter metre meters metres oz ounce ounces lb lbs pound pounds gallon "
    "gallons liter litre liters litres ml volt volts watt watts amp amps mah psi size sizes xl xxl xs "
    "qt quart quarts gauge mph rpm".split()
)
_ADJ_SUFFIXES = ("able", "ible", "ical", "ful", "less", "ous", "ive", "ish", "ular")


def is_number_like(token: str) -> bool:
    """Digits, decimals, units ("10000mah", "24v", "6ft") and spelled numbers."""
    return (token[:1].isdigit() and (token.replace(".", "").isdigit() or bool(UNIT_RE.match(token)))) or (
        token in NUMBER_WORDS
    )


def looks_adjective(token: str) -> bool:
    """Rough adjective/adverb test by suffix, for trailing words after a head ("Fully Modular")."""
    return len(token) > 4 and (token.endswith("ly") or token.endswith(_ADJ_SUFFIXES))


def is_descriptor(token: str) -> bool:
    """A token that can describe a product but never be its kind (colour, size, adjective, unit)."""
    s = stem(token)
    return (
        token in STOPWORDS or token in UNIT_WORDS or is_number_like(token) or s in COLOURS or s in MATERIALS
        or s in GENERIC_ADJ or s in CHILD_WORDS or s in ADULT_WORDS or len(token) < 2
    )


def audience(stems: set[str] | frozenset[str]) -> str | None:
    """'child', 'adult' or None from the stems of a title or phrase (child wins when both occur)."""
    if stems & CHILD_WORDS:
        return "child"
    if stems & ADULT_WORDS:
        return "adult"
    return None
