"""Reading rules beyond the title's head noun: what a description adds, and a title that names two products.

Kept apart from the classifier's hot path: the description rules run only for products with a description, the
conjunction rule only for titles that say "and" or "&" between two product nouns.

- A description's product codes ("model A10-8", "Model No.: TB-H", "item number 157310") are not product nouns:
  "model" before a code reads as a scale model otherwise (`blank_codes`).
- A description refines the type the title (or shelf) named only when it names a *narrower* kind of the same thing:
  a kind whose `parent` chain reaches the title's type, or the title's own noun with more words before it ("electric
  toothbrushes" for "Toothbrushes", "garment steamer" for "Steamers"). It must be the head of its own phrase (not
  a premodifier: "toothbrush charger"), outside "for"/"compatible with" targets and "with"/"includes" parts, and its
  clause must not say the thing is absent or only pictured ("sold separately", "not included", "packaging",
  "image of"): a passing mention never makes a product regulated (`narrower_in_description`).
- A title naming two products joined by "and"/"&" ("Chargers and Power Banks", "Heaters and Fans") is both: the
  classifier sets the union of both types' classes, with a basis naming each (`second_product`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .matcher import Hit, Reading

# "model" or "part" (the two code labels that are also product nouns: a scale model, a spare part) followed by a code:
# a number, or one or two short runs of letters then digits ("model a 10 8" after normalising "model A10-8", "model no
# | tb h", "part number 157310"); and "model(s)" as the word for a version: plural before "of", "are", "included"...
# ("three models of", "models are"), or after a quantity ("all models", "regardless of model"). Only descriptions,
# where the recall's or seller's text names its versions; "scale model of", "collector model", "model car" keep it.
_CODE = re.compile(
    r" (?:models?|parts?)"
    r"(?= (?:(?:no|nos|number|numbers|num|#|code|codes|name|names|year|years)\b"
    r"|(?:[a-z]{1,6} ){1,2}\d|[a-z]{0,6}\d|\d))"
    r"| (?<!scale )(?<!cast )(?<!replica )(?<!display )(?<!plastic )(?<!resin )(?<!metal )(?<!wooden )"
    r"(?<!collector )models(?= (?:of|are|were|include|included|listed|affected|sold|involved|[|,]) )"
)
# "model(s)" followed by what ends a noun phrase (not "model cars"), for `_blank_versions`
_MODEL_WORD = re.compile(
    r" models?(?= (?:[|,_]|of|are|were|is|was|include|includes|included|listed|affected|sold|and|with|in|have|has) )"
)
_QUANTITIES = frozenset({
    "all", "any", "both", "each", "same", "other", "these", "those", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "certain", "several", "various", "recalled", "affected", "specific", "multiple",
    "different", "following", "of",  # "regardless of model"
})

# Words in a description's clause that make a product noun a passing mention: absent, sold apart, only pictured,
# or what the product resembles or holds. A description refining a type must not sit in such a clause.
_PASSING = re.compile(
    r" (?:sold separately|not included|not sold|does not include|do not include|excluding|without|separately|"
    r"packaging|package|packages|packaged|box|boxes|carton|image|images|picture|pictures|printed|print|logo|"
    r"shaped like|looks like|look like|resembles|resemble|similar to|such as|like a|like an|replacement|replacements|"
    r"accessory|accessories|holder|holders|case|cases|cover|covers|stand|stands|not|no) "
)


def blank_codes(text: str) -> str:
    """A normalised description with the labels of its product codes blanked ("_" matches nothing)."""
    if "model" not in text and "part" not in text:  # (most texts: two substring tests, no regex scan)
        return text
    padded = _CODE.sub(" _", " " + text)
    if "model" in padded:
        padded = _blank_versions(padded)
    return padded[1:]


def _blank_versions(padded: str) -> str:
    """ "model(s)" after a quantity word ("three models", "all models", "regardless of model") blanked."""
    cuts: list[tuple[int, int]] = []
    for match in _MODEL_WORD.finditer(padded):
        start = match.start()
        before = padded.rfind(" ", 0, start)
        previous = padded[before + 1 : start]
        if previous in _QUANTITIES or previous.isdigit():
            cuts.append((start + 1, match.end()))
    if not cuts:
        return padded
    parts: list[str] = []
    last = 0
    for start, end in cuts:
        parts.append(padded[last:start])
        parts.append("_")
        last = end
    parts.append(padded[last:])
    return "".join(parts)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _same_noun_narrower(word: str, current_word: str) -> bool:
    """`word` is `current_word` with more words before it ("electric toothbrushes" / "toothbrush")."""
    words = word.split()
    current = current_word.split()
    if len(words) <= len(current):
        return False
    tail = words[-len(current):]
    return tail[:-1] == current[:-1] and _singular(tail[-1]) == _singular(current[-1])


def _clause(padded: str, hit: Hit) -> str:
    """The clause around a hit: from the break before it to the break after it."""
    start = max(padded.rfind(" | ", 0, hit.start), padded.rfind(" , ", 0, hit.start))
    stops = [pos for pos in (padded.find(" | ", hit.end), padded.find(" , ", hit.end)) if pos != -1]
    return padded[max(start, 0) : min(stops) + 1 if stops else len(padded)] + " "


def _attributive(hit: Hit, hits: list[Hit]) -> bool:
    """Another product noun follows directly: this one only modifies it ("toothbrush charger")."""
    return any(other.start == hit.end + 1 for other in hits)


def narrower_in_description(
    reading: Reading,
    current: tuple[str, ...],
    current_word: str,
    kinds: frozenset[str],
) -> Hit | None:
    """The first product noun of a description that names a narrower kind of the current type, or None.

    `kinds`: the types whose parent chain reaches the current type (most types have none)."""
    padded = reading.text
    # the title's noun without a plural ending: a description that lacks it cannot repeat the noun (most do not)
    stem = _singular(current_word.rpartition(" ")[2])[:-1] if current_word else ""
    if not kinds and (not stem or stem not in padded):
        return None
    current_type = current[0]
    for hit in reading.types:
        if hit.target or hit.sub or hit.ref == current_type:
            continue
        if hit.ref not in kinds:
            if not stem or stem not in padded[hit.start : hit.end]:
                continue
            if not _same_noun_narrower(padded[hit.start : hit.end].strip(), current_word):
                continue
        if _attributive(hit, reading.types) or _PASSING.search(_clause(padded, hit)):
            continue
        return hit
    return None


_JOIN = (" and ", " & ")  # (normalised: one space between tokens)
_PLUS = " + "
# What may stand between a "+" and the item it adds: a count ("+ 1 batterie", "+ 2x cable", "+ un T-Shirt")
# s91: with the count's unit ("+ 2 Pcs Glue Sticks")
_ADDED_COUNT = re.compile(r"(?:(?:\d+ ?x?|un|une|one|a) (?:pcs |pc |pieces |piece |pack of |pack )?)?")


def second_product(reading: Reading, head: Hit, generic: Collection[str]) -> Hit | None:
    """The first of two products a title joins with "and"/"&" ("Power Banks and Wireless Charging Stands").

    The head (the last product noun) and another product noun directly before "and"/"&" in the same phrase, neither
    kind-generic ("toys", "cars"), neither in a "for" target or a "with" part: "X for Y" and "X with Y" keep their one
    product, and a brand with "and" ("Black and Decker", "Barnes & Noble") names no product noun before its "and".
    A "+" is read apart (`added_items`).
    """
    if head.target or head.sub or head.ref in generic:
        return None
    padded = reading.text
    for hit in reading.types:
        if hit.segment != head.segment or hit.end >= head.start or hit.ref == head.ref or hit.ref in generic:
            continue
        if not padded.startswith(_JOIN, hit.end):
            continue
        if any(hit.end < other.start < head.start for other in reading.types):
            continue  # "A and B C": the product nouns between decide, not A
        return hit
    return None


def added_items(reading: Reading, head: Hit, devices: Collection[str]) -> list[Hit]:
    """The product nouns that begin the other "+" items of the head's phrase, in order (s73: "+" lists a bundle's
    items, "Coque + Film + Chargeur", "Etui housse s5830 + 1 batterie + 4 stylet", "Etui rouge + clavier"); a count
    may stand before one. The caller picks which joins the product (`Classifier._added_product`).

    Not in a "for" target or a "with" part: a "+" inside a target ("Coque pour iPhone 6 + 6s", "Housse pour Wiko +
    Chargeur Auto": the charger is read as part of the target) adds nothing to the product. A noun later in an item
    names what the item is for or its maker's line ("Coque + 3 Films APPLE IPHONE 5S": films for the phone), so only
    the item's first noun counts, and not a device another noun of its item follows ("iPhone white 10 ft USB
    charger+earphones": the phone the charger fits). A broad word counts ("+ 1 batterie"): an item is sold, whatever
    its kind."""
    if head.target or head.sub:
        return []
    padded = reading.text
    item = padded.count(_PLUS, 0, head.start)
    found: list[Hit] = []
    for hit in reading.types:
        if hit.segment != head.segment or hit.target or hit.sub or hit.ref == head.ref:
            continue
        plus = padded.rfind(_PLUS, 0, hit.start)
        if plus < 0:  # the first item: its noun begins the phrase ("Tablette + 2 Poufs" after "Banquette" is a shelf)
            begins = _phrase_start(padded, hit.start)
            while padded[begins] == " ":
                begins += 1
        else:
            begins = plus + len(_PLUS)
        if not _ADDED_COUNT.fullmatch(padded, begins, hit.start) or padded.count(_PLUS, 0, hit.start) == item:
            continue
        if hit.ref in devices and _named_later_in_item(reading, hit):
            continue
        found.append(hit)
    return found


def bundle_lead(reading: Reading, head: Hit, hosts: Collection[str], machines: Collection[str] = ()) -> Hit | None:
    """The device a "+" bundle leads with, when the accessory the head names begins a later item (s73: "SAMSUNG
    GALAXY S5 MINI BLANC + VERRE TREMPE + ETUI", "APPLE IPHONE 5S OR + HOUSSE + FILM + STYLET", "Pack Console 2DS
    Rose + Mario Kart 7 3D + Housse" are the phone or console with extras, filed on its shelf), else None. The device
    must be the phrase's first noun, before the first "+" (a maker's name may stand before it); an accessory that does
    not begin its item is still the product a model list names ("iPhone 6 + 6s Case", "Chargeur iPhone + iPad").
    s91: a machine leads its supplies the same way ("Hot Melt Glue Gun 100W + 2 Pcs Glue Sticks", "Electric Drill + 2
    Pcs Drill Bits"), with any describing words before it (no model list is named that way)."""
    padded = reading.text
    plus = padded.rfind(_PLUS, 0, head.start)
    if plus < 0 or head.target or head.sub or not _ADDED_COUNT.fullmatch(padded, plus + len(_PLUS), head.start):
        return None
    for hit in reading.types:
        if hit.segment != head.segment or hit.target or hit.sub:
            continue
        machine = hit.ref not in hosts and hit.ref in machines
        if (hit.ref not in hosts and not machine) or padded.count(_PLUS, 0, hit.start):
            return None  # the phrase's first noun is no device, or it stands after a "+"
        lead = padded[_phrase_start(padded, hit.start) : hit.start].split()
        if (len(lead) > 1 and not machine) or not _ACCESSORY_LEADS.isdisjoint(lead):
            return None  # "VENDOS85 * 17 film sony xperia M2 + 2 stylet", "Zubehör iPhone 12 + Hülle": what it fits
        first_plus = padded.find(_PLUS, hit.end)
        if padded[: first_plus].rsplit(" ", 1)[-1].isdigit():
            return None  # review73b: "Galaxy S10+ Coque + Verre Trempé", "iPhone 6+ Coque": the "+" ends a model's name
        for other in reading.types:
            if other is hit or other.segment != head.segment or other.target or other.sub:
                continue
            if hit.start < other.start < first_plus and other.ref not in hosts:
                return None  # review73b: the device's own item names an accessory ("iPhone 13 Case + Screen Protector")
            if first_plus < other.start < plus and other.ref in hosts:
                return None  # review73b: another device in the list ("iPhone + iPad + Chargeur"): models it fits
        between = padded[first_plus + len(_PLUS) : plus].split(_PLUS.strip())
        if any(_MODEL_TAIL.fullmatch(part.strip(" /")) for part in between if part.strip(" /")):
            return None  # "iPhone XR + XS + Coque": the items between are models, not extras
        return hit
    return None


def _phrase_start(padded: str, at: int) -> int:
    """Where the phrase holding offset `at` begins: after the last segment mark ("|", ",", ">") before it, or 0."""
    return max(padded.rfind(mark, 0, at) for mark in "|,>") + 1


#: Words before a device that make the title an accessory's for it ("Zubehör iPhone 12 + Hülle"), as the normaliser
#: writes them (it folds "ö" to "oe")
_ACCESSORY_LEADS = frozenset({"zubehoer", "accessoires", "accessoire", "accessories", "accessory", "kit", "set",
                              "accesorios", "accesorio"})


# An item that is only a model's tail ("6 s", "6", "s 7"): the "+" that ends it was glued to a model name
_MODEL_TAIL = re.compile(r"(?:[a-z]{0,2} ?\d+ ?[a-z]{0,2}|[a-z]{1,2})")


def _named_later_in_item(reading: Reading, hit: Hit) -> bool:
    """Another product noun follows `hit` in its "+" item: `hit` modifies it (English puts the head last)."""
    padded = reading.text
    end = padded.find(_PLUS, hit.end)
    end = len(padded) if end < 0 else end
    return any(hit.end <= other.start < end and not other.target and other.segment == hit.segment
               for other in reading.types)
