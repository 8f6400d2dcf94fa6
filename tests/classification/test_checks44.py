"""Loader check (checks44): a negative context must hold one of its own entry's words, found the way the matcher
finds them (whole Latin words, after normalisation and the generated plurals; CJK inside a run), or it can never act.

Each case loads a small pack: a dead context is a problem naming the file, the entry and the context; a live one
(also one reached only through a generated plural, a spelling the normaliser folds, or a CJK word inside a run) is
not. The shipped vocabulary loads with none, and the contexts moved by checks44 veto what they were written for.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import VocabularyError

from .tiny_pack import load


def problems(run) -> list[str]:
    """The problems a failing load reports (all at once, as the loader collects them)."""
    with pytest.raises(VocabularyError) as err:
        run()
    return err.value.problems


def type_pack(synonyms: str, contexts: str, hints: str = "[]") -> str:
    return ("types:\n  - {id: computer_mouse, profile: plain, synonyms: {en: " + synonyms + "}, category_hints: "
            + hints + ", negative_contexts: " + contexts + "}\n")


@pytest.mark.parametrize(
    ("synonyms", "contexts", "dead"),
    [
        ("[mouse]", "[mousetrap]", "mousetrap"),  # a Latin word matches only whole: "mouse" is not in "mousetrap"
        ("[mouse]", "[mouse trap, mousetrap]", "mousetrap"),  # the live one beside it is no excuse
        ("[gaming mouse]", "[mouse mat]", "mouse mat"),  # the bare word is not the entry's
        ("[mouse]", "[mice trap]", "mice trap"),  # an irregular plural is not generated
        ("[mouse pad]", "[mouse pads holder]", None),  # reached only through the generated plural
        ("[Mouse-Pad]", "[mouse pad holder]", None),  # hyphen and case fold in both
        ("[mouse]", "[minnie mouse]", None),
        ("[mouse, 鼠标]", "[无线鼠标垫]", None),  # CJK: a word inside a run
        ("[mouse, 鼠标]", "[鼠笼]", "鼠笼"),
    ],
)
def test_a_type_context_holds_one_of_its_words(tmp_path, synonyms, contexts, dead):
    path, run = load(tmp_path, type_pack(synonyms, contexts))
    if dead is None:
        assert not run().warnings
        return
    assert problems(run) == [
        f"{path}: type 'computer_mouse' negative_contexts: '{dead}' holds none of the type's synonyms or hints, "
        f"so it can never act"]


def test_a_category_hint_counts_as_a_word(tmp_path):
    """A context vetoes a hint too (a category path is read with the hints): it is live."""
    _, run = load(tmp_path, type_pack("[mouse]", "[pc mice accessories]", hints="[pc mice]"))
    assert run().types["computer_mouse"].negative_contexts == ("pc mice accessories",)


def test_another_types_word_does_not_make_it_live(tmp_path):
    """A context holding only another entry's word guards nothing: the matcher drops only its own entry's hits. On the
    entry whose word it holds, the same context is live."""
    phone = "  - {id: smartphone, profile: plain, synonyms: {en: [mobile]}%s}\n"
    cot = "  - {id: musical_mobile, profile: plain, synonyms: {en: [musical mobile]}%s}\n"
    context = ", negative_contexts: [wind up mobile]"
    with pytest.raises(VocabularyError, match="type 'musical_mobile' negative_contexts: 'wind up mobile' holds none"):
        load(tmp_path, "types:\n" + phone % "" + cot % context)[1]()
    vocab = load(tmp_path, "types:\n" + phone % context + cot % "")[1]()
    assert vocab.types["smartphone"].negative_contexts == ("wind up mobile",)


@pytest.mark.parametrize(
    ("contexts", "dead"),
    [
        ("[no batteries, battery holder]", "no batteries"),  # modifier words get no generated plurals
        ("[battery holder]", None),
    ],
)
def test_a_modifier_context_holds_one_of_its_words(tmp_path, contexts, dead):
    text = ("modifiers:\n  - {id: battery_powered, words: {en: [battery]}, sets: {eee: [true, 'cells']}, "
            "negative_contexts: " + contexts + "}\ntypes:\n  - {id: toy, profile: plain, synonyms: {en: [toy]}}\n")
    path, run = load(tmp_path, text)
    if dead is None:
        assert run().modifiers["battery_powered"].negative_contexts == ("battery holder",)
        return
    assert problems(run) == [
        f"{path}: modifier 'battery_powered' negative_contexts: '{dead}' holds none of the modifier's words, "
        f"so it can never act"]


def test_a_global_context_holds_some_entrys_word(tmp_path):
    text = ("reading:\n  negative_contexts: [iron man, wonder woman]\n"
            "types:\n  - {id: iron, profile: plain, synonyms: {en: [iron]}}\n")
    path, run = load(tmp_path, text)
    assert problems(run) == [
        f"{path}: reading.negative_contexts: 'wonder woman' holds no type's or modifier's word, so it can never act"]


def test_the_shipped_vocabulary_has_no_dead_context(classifier):
    """The check runs on every load: the shipped rules load, so none of their contexts is dead."""
    assert classifier.vocab.types["smartphone"].negative_contexts


@pytest.mark.parametrize(
    ("title", "not_type"),
    [
        ("Wind Up Musical Mobile for Crib, Plays Brahms Lullaby", "smartphone"),
        ("Wind Up Mobile for Cot with Hanging Stars", "smartphone"),
        ("Remote Start Harness for Ford F-150 2015-2020", "remote_control"),
        ("笔记本散热架 铝合金 可调节", "notebook"),
        ("笔记本托架 桌面增高", "notebook"),
    ],
)
def test_a_moved_context_vetoes_the_word_it_meant(classify, title, not_type):
    assert classify(title).product_type != not_type


@pytest.mark.parametrize(
    ("title", "type_id"),
    [
        ("Samsung Galaxy A15 Mobile Phone 128GB Unlocked", "smartphone"),
        ("Unlocked Mobile Phone with Wind Resistant Case", "smartphone"),
        ("Universal TV Remote Control for Samsung", "remote_control"),
        ("A5 笔记本 方格 记事本", "notebook"),
    ],
)
def test_the_word_outside_the_context_still_names_its_type(classify, title, type_id):
    assert classify(title).product_type == type_id
