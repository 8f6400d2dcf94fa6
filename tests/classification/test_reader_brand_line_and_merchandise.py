"""Two reader rules from the heldout-10 round (issue 9): the brand's words stay out of the title's reading, and
merchandise on toy shelves.

1. The brand is blanked out of the title so a maker's name is not read as a product word. The round also read the
   title again with the brand left in when no other signal spoke (a toy line named after a kind: "Ty Beanie Boos");
   review found brands that name a plaything and sell none ("Bear Grylls" knives, "Dolls Kill" shoes, "Kite
   Packaging" boxes) read as established toys, so that reading was taken out: such a product stays unread (review),
   never a toy by its maker's name.
2. A plaything shelf (figures, craft kits, spinning tops) also holds merchandise that is never a plaything: a title
   whose head noun names one of `reading.merchandise` (keychains, stickers) is what the product is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary

from .shelves import FIGURES, classes_of

CRAFT_KITS = "Arts & Crafts > Children's Craft Kits"
SPINNING_TOPS = "Baby & Toddler Toys > Spinning Tops"
PLUSH_ZH = "玩具 > 毛绒玩具"
RACE_TRACKS = "Hobbies > Slot Cars, Race Tracks & Accessories > Race Tracks"


@pytest.mark.parametrize(
    ("title", "brand"),
    [
        # a plaything word in a maker's name is a name: nothing else speaks, so the product stays unread (review)
        ("Bear Grylls Ultimate Pro Fixed Blade", "Bear Grylls"),
        ("Dolls Kill Widow Hellbound Platform", "Dolls Kill"),
        ("Kite Packaging 50 Mailing Boxes", "Kite Packaging"),
        # (a brand ending with a toy line's kind, "Ty Beanie Boos", is the title's noun: test_toys40.py)
        ("积木王国 城堡 500块", "积木王国"),
    ],
)
def test_a_plaything_word_in_the_brand_is_not_read_as_the_product(classify, title, brand):
    result = classify(title, brand=brand)
    assert not result.established, result.basis["product_type"]
    assert classes_of(result, "toy", "children_12_under") == (False, False), result.basis


@pytest.mark.parametrize(
    ("title", "category", "brand"),
    [
        # a device kind in a maker's name is a name: the product stays unread (review), not a mains charger
        ("Micro Chargers Jump Track", None, "Micro Chargers"),
        ("Smart Lights Starter Pack", None, "Smart Lights"),
        ("充电宝乐园 跳跃轨道", None, "充电宝乐园"),
    ],
)
def test_a_device_kind_in_a_brand_is_not_read_as_the_product(classify, title, category, brand):
    result = classify(title, category=category, brand=brand)
    assert result.product_type is None and not result.established, result.basis["product_type"]
    assert classes_of(result, "mains_lv", "eee") == (False, False), result.basis


def test_the_brand_line_waits_for_any_other_signal(classify):
    """A shelf says what the product is, so the brand's own words stay blanked out (the track is a slot-car toy)."""
    result = classify("Micro Chargers Jump Track", category=RACE_TRACKS, brand="Micro Chargers")
    assert result.product_type == "slot_car", result.basis["product_type"]
    assert "in the brand's name" not in result.basis["product_type"]


@pytest.mark.parametrize(
    ("title", "category", "product_type", "children"),
    [
        ("Game of Thrones Keychain - Logo", FIGURES, "keychain", False),
        ("Metal Fusion Keychain - Beyblade (Dark Wolf)", SPINNING_TOPS, "keychain", True),
        ("Playbox Christmas Sticker Pad (1000 Pieces)", CRAFT_KITS, "sticker", True),
        ("Flames of War British Decals (Late War, BR946)", "Figures & Playsets > Military", "sticker", False),
        ("哈利波特 钥匙扣 金属", PLUSH_ZH, "keychain", False),
    ],
)
def test_merchandise_on_a_plaything_shelf_is_not_a_toy(classify, title, category, product_type, children):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert classes_of(result, "toy", "children_12_under") == (False, children), (
        result.basis["toy"], result.basis["children_12_under"])


@pytest.mark.parametrize(
    ("title", "category", "product_type"),
    [
        # a keychain or a sticker named beside the head noun does not make the figure or the kit merchandise
        ("Batman Action Figure with Keychain", FIGURES, "action_figure"),
        ("Dinosaur Craft Kit with Stickers", CRAFT_KITS, "craft_kit"),
        ("Moshi Monsters Double Tier Pencil Case Filled", "Arts & Crafts > Colouring Pens & Markers", "colouring_set"),
        ("奥特曼 公仔 带钥匙扣", PLUSH_ZH, "plush"),
    ],
)
def test_a_plaything_that_comes_with_merchandise_stays_a_toy(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]


def test_merchandise_names_known_types(tmp_path: Path):
    path = tmp_path / "types.yaml"
    path.write_text('version: test\nclasses: {toy: "x"}\nreading: {merchandise: [keyring]}\n'
                    "types:\n  - {id: keychain, synonyms: {en: [keychain]}}\n", encoding="utf-8")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(path)
    assert "reading.merchandise: names unknown type 'keyring'" in str(err.value)
