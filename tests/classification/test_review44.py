"""Review of stop 44 (review44, issue 9): the loader's dead-context check on the forms the packs write, and the two
readings battery44's new kinds took too far.

checks44's loader check refuses a negative context that holds none of its entry's words. Compared with the matcher's
own automaton on all 2,936 contexts of ca6cc60 and on 75,798 made-up contexts (each synonym glued to Latin, CJK,
kana, Hangul, accented, hyphen, apostrophe, plural and ratio neighbours) it agrees everywhere: these cases keep it so
for the forms a pack writes (an apostrophe or hyphen the normaliser folds, a Latin word beside a CJK run, a modifier's
or a global context in Chinese). battery44's touchless soap dispensers and wireless presenters read a battery on the
refill sold for the dispenser and on the case named after the presenter.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import VocabularyError

from .tiny_pack import load


def type_pack(synonyms: str, contexts: str) -> str:
    return ("types:\n  - {id: tshirt, profile: plain, synonyms: {en: " + synonyms + "}, negative_contexts: "
            + contexts + "}\n")


@pytest.mark.parametrize(
    ("synonyms", "context"),
    [
        ("[t-shirt]", "\"men's t-shirt dress\""),  # hyphen and apostrophe fold in both the word and the context
        ("[t shirt]", "T-Shirt Dress"),  # case and hyphen
        ("[usb cable, 数据线]", "USB cable线"),  # a Latin word beside a CJK run: the normaliser spaces them
        ("[shirt, 衬衫]", "女式衬衫裙"),  # a CJK word inside a run
    ],
)
def test_a_live_context_in_the_forms_a_pack_writes_loads(tmp_path, synonyms, context):
    _, run = load(tmp_path, type_pack(synonyms, "[" + context + "]"))
    assert len(run().types["tshirt"].negative_contexts) == 1


def modifier_pack(contexts: str) -> str:
    return ("modifiers:\n  - {id: cell, words: {en: [battery], zh: [电池]}, sets: {eee: [true, 'cells']}, "
            "negative_contexts: " + contexts + "}\ntypes:\n  - {id: toy, profile: plain, synonyms: {en: [toy]}}\n")


def test_a_chinese_modifier_context_needs_the_modifiers_word(tmp_path):
    """电池盒 (a battery box) holds 电池; 充电器 (a charger) holds none of the modifier's words: dead."""
    _, run = load(tmp_path, modifier_pack("[电池盒]"))
    assert run().modifiers["cell"].negative_contexts == ("电池盒",)
    path, run = load(tmp_path, modifier_pack("[电池盒, 充电器]"))
    with pytest.raises(VocabularyError) as err:
        run()
    assert err.value.problems == [
        f"{path}: modifier 'cell' negative_contexts: '充电器' holds none of the modifier's words, so it can never act"]


def test_a_chinese_global_context_holds_a_types_word_inside_its_run(tmp_path):
    text = ("reading:\n  negative_contexts: [钢铁侠]\n"
            "types:\n  - {id: iron, profile: plain, synonyms: {en: [iron], zh: [铁]}}\n")
    assert load(tmp_path, text)[1]().global_negative_contexts == ("钢铁侠",)


# --- battery44's kinds: the device, not its refill or its case ------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Automatic Soap Dispenser Refill Pack Aloe Vera 250ml",
        "Touchless Soap Dispenser Refill Gel 250ml",
        "Refill for Automatic Soap Dispenser, 2 x 250ml",
    ],
)
def test_a_dispensers_refill_is_not_the_dispenser(classify, title):
    dispenser = classify("Automatic Soap Dispenser Touchless 400ml")
    assert dispenser.product_type == "touchless_dispenser" and dispenser.classes["battery"]
    refill = classify(title)
    assert refill.product_type != "touchless_dispenser", (title, refill.product_type)
    assert not refill.classes["battery"], (title, refill.basis["battery"])


@pytest.mark.parametrize("title", ["Wireless Presenter Case", "Presenter Remote Case Hard EVA Shockproof"])
def test_a_case_named_after_the_presenter_is_the_case(classify, title):
    presenter = classify("Logitech R400 Wireless Presenter with Laser Pointer")
    assert presenter.product_type == "wireless_presenter" and presenter.classes["battery"]
    case = classify(title)
    assert case.product_type == "case_generic", (title, case.product_type)
    assert not case.classes["battery"] and not case.classes["radio"]


def test_googles_calculators_shelf_names_the_calculator_kind(classify):
    """battery44 split `calculator` from `office_electronics`; Google's Calculators entry still named the lumped type,
    so a model number on that shelf read office electronics while "Scientific Calculator" there read the kind."""
    shelf = "Office Supplies > Office Equipment > Calculators > Scientific Calculators"
    result = classify("Casio FX-83GTX", category=shelf)
    assert result.product_type == "calculator", result.basis["product_type"]
    assert result.classes["battery"]
    assert classify("Calculator Case for TI-84 Plus", category=shelf).product_type == "case_generic"


@pytest.mark.parametrize("title", ["筋膜枪按摩头 替换头 6个", "按摩枪替换头 4个"])
def test_a_massage_guns_heads_are_not_the_gun(classify, title):
    gun = classify("筋膜枪 带6个按摩头")
    assert gun.product_type == "massage_gun" and gun.classes["battery"]
    heads = classify(title)
    assert heads.product_type != "massage_gun", (title, heads.product_type)
    assert not heads.classes["battery"], (title, heads.basis["battery"])
