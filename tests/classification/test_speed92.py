"""speed92: fewer instructions a cold classification, with what every product reads as unchanged.

`Reading` and `TypeResult` are plain classes that the compiled build makes extension types (as `Hit`, `Candidate`
and `Core` since speed48): they must still behave as the NamedTuple and the dataclass did where the readers and the
callers use them. Two searches now start where a match can begin, or look a phrase's beginnings up in a set: each
must answer exactly what the whole search answered (`_end_number_start`, `_begins_with_one`), checked on every short
string of the characters that matter. These tests hold both ways: run as Python and compiled.
"""

from __future__ import annotations

import itertools

import pytest

from crossguard import compiled
from crossguard.engine.classification import Classifier, ProductText, TypeResult
from crossguard.engine.classification.classifier import _TITLE_END_NUMBER, _begins_with_one, _end_number_start
from crossguard.engine.classification.matcher import KIND_TYPE, READING_FIELDS, Hit, Reading

HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: clear on an extension type


def _compiled(module: str) -> bool:
    return f"crossguard.engine.classification.{module}" in compiled.compiled_modules()


def test_a_reading_unpacks_compares_and_prints_as_the_named_tuple_did(classifier: Classifier) -> None:
    reading = classifier.matcher.read("bluetooth speaker")
    text, types, modifiers = reading
    assert READING_FIELDS == ("text", "types", "modifiers")
    assert (text, types, modifiers) == (reading.text, reading.types, reading.modifiers)
    assert text == " bluetooth speaker " and len(types) == 1 and modifiers  # a speaker, and its radio word
    assert reading == Reading(text, list(types), list(modifiers)) and reading != Reading(text, [], [])
    with pytest.raises(TypeError):
        hash(reading)  # holds lists, as the NamedTuple did
    hit = Hit(1, 5, KIND_TYPE, "toy", 0, False, 0, False)
    assert repr(Reading(" toy ", [hit], [])) == f"Reading(text=' toy ', types=[{hit!r}], modifiers=[])"


def test_an_empty_text_and_a_text_of_no_phrase_read_as_empty(classifier: Classifier) -> None:
    assert tuple(classifier.matcher.read("")) == ("  ", [], [])
    assert tuple(classifier.matcher.read("qqq zzz")) == (" qqq zzz ", [], [])


def test_a_result_compares_copies_and_prints_as_the_dataclass_did() -> None:
    result = TypeResult("toy", True, {"toy": True}, {"toy": "a toy"}, "title", "the caller's", ("battery",))
    copy = result.copy()
    assert copy == result and copy is not result
    assert copy.classes is not result.classes and copy.basis is not result.basis and copy.derived is None
    assert result == TypeResult("toy", True, {"toy": True}, {"toy": "a toy"}, "title", open=("battery",))  # derived
    assert result != TypeResult("toy", False, {"toy": True}, {"toy": "a toy"}, "title", open=("battery",))
    with pytest.raises(TypeError):
        hash(result)
    assert repr(result) == ("TypeResult(product_type='toy', established=True, classes={'toy': True}, "
                            "basis={'toy': 'a toy'}, signal='title', open=('battery',))")


def test_a_classification_is_a_copy_of_its_own(classifier: Classifier) -> None:
    product = ProductText("Wooden Toy Train Set for Toddlers")
    first, second = classifier.classify(product), classifier.classify(product)
    assert first == second and first.classes is not second.classes and first.basis is not second.basis
    first.classes["toy"] = not first.classes["toy"]
    assert classifier.classify(product) == second


def test_compiled_the_two_records_are_extension_types() -> None:
    if not (_compiled("matcher") and _compiled("facts")):
        pytest.skip("matcher or facts runs as Python here")
    assert not Reading.__flags__ & HEAP_TYPE
    assert not TypeResult.__flags__ & HEAP_TYPE


def _match(text: str, start: int) -> tuple[object, ...] | None:
    found = _TITLE_END_NUMBER.search(text, start)
    return None if found is None else (found.span(), found.groups(), found.start(1), found.start(2))


def test_an_end_number_is_found_from_where_it_can_begin_as_from_the_start() -> None:
    # every string of up to six characters of digits, the marks the pattern reads before a number (a space, "|" and
    # the ratio mark "∶"), a letter and a dot
    for length in range(7):
        for chars in itertools.product("01 9|∶a.", repeat=length):
            text = "".join(chars)
            assert _match(text, _end_number_start(text)) == _match(text, 0), text


@pytest.mark.parametrize(("title", "start"), [
    ("kids shoes size 28", 16), ("kids shoes 30 31", 11), ("shoes 30∶31", 6), ("tx 28", 3), ("no number", 9),
    ("123", 0), ("", 0), ("a12 34", 1)])
def test_an_end_number_starts_at_the_last_numbers(title: str, start: int) -> None:
    assert _end_number_start(title) == start


def test_a_phrase_begins_with_one_of_the_heads_as_startswith_says() -> None:
    heads = frozenset({"a ", "ab ", "a b ", "b c d ", "x  ", " "})  # each ends in a space, as the French heads do
    for length in range(8):
        for chars in itertools.product("ab cdx", repeat=length):
            text = "".join(chars)
            assert _begins_with_one(text, heads) == text.startswith(tuple(heads)), text
    assert not _begins_with_one("coque iphone ", frozenset())
