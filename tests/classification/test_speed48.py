"""speed48: `Hit`, `Candidate` and `Core` as plain classes that the compiled build makes extension types.

They were a NamedTuple and two dataclasses; each now has its own `__init__` (and `Hit` a C constructor, `_hit`), so
compiled, a new one's fields are C fields filled directly (docs/classification.md, "Hits, candidates and cores as
extension types"). These tests hold both ways: run as Python and compiled. They check that each still behaves as the
readers used it (a hit compared, sorted and hashed in its field order; `_replace`; a candidate
compared by value, unhashable, copied with changes), and, compiled, that the three are extension types.
"""

from __future__ import annotations

import pytest

from crossguard import compiled
from crossguard.engine.classification import Classifier, ProductText
from crossguard.engine.classification.facts import Core
from crossguard.engine.classification.matcher import HIT_FIELDS, KIND_MOD, KIND_TYPE, Hit
from crossguard.engine.classification.normalise import normalise
from crossguard.engine.classification.signals import CANDIDATE_FIELDS, SIGNAL_CATEGORY, SIGNAL_TITLE, Candidate

HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: clear on an extension type


def _compiled(module: str) -> bool:
    return f"crossguard.engine.classification.{module}" in compiled.compiled_modules()


def test_a_hit_reads_as_the_named_tuple_did() -> None:
    hit = Hit(5, 14, KIND_TYPE, "bluetooth_speaker", 1, False, 0, True)
    assert HIT_FIELDS == ("start", "end", "kind", "ref", "segment", "target", "path", "sub")
    assert (hit.start, hit.end, hit.kind, hit.ref, hit.segment, hit.target, hit.path, hit.sub) == (
        5, 14, KIND_TYPE, "bluetooth_speaker", 1, False, 0, True)
    assert repr(hit) == ("Hit(start=5, end=14, kind=0, ref='bluetooth_speaker', segment=1, target=False, path=0, "
                         "sub=True)").replace("kind=0", f"kind={KIND_TYPE}")


def test_hits_compare_sort_and_hash_by_their_fields() -> None:
    stand = Hit(15, 21, KIND_TYPE, "stand", 0, False, 0, False)
    speaker = Hit(1, 14, KIND_TYPE, "speaker", 0, False, 0, False)
    again = Hit(1, 14, KIND_TYPE, "speaker", 0, False, 0, False)
    assert speaker == again and speaker is not again and speaker != stand
    assert hash(speaker) == hash(again) and len({speaker, again, stand}) == 2
    assert sorted([stand, speaker]) == [speaker, stand]  # by start first (`Matcher.mentions` sorts them)
    assert [stand, speaker].index(again) == 1


def test_a_hit_copied_with_a_field_changed_keeps_the_original() -> None:
    hit = Hit(1, 7, KIND_TYPE, "phone", 0, False, 0, False)
    listed = hit._replace(target=True)  # `Matcher.trailing_list`: a run of device nouns read as targets
    assert listed.target is True and listed.ref == "phone" and listed.start == 1
    assert hit.target is False
    assert "ref='phone'" in repr(hit)


def test_the_matchers_hits_are_hits_with_their_fields(classifier: Classifier) -> None:
    """`Matcher.read` makes its hits with `_hit` (compiled: a C function, not exported), the same as `Hit(...)`."""
    reading = classifier.matcher.read(normalise("Wireless Bluetooth Speaker"))
    hits = reading.types + reading.modifiers
    assert hits and all(type(hit) is Hit for hit in hits)
    speaker = reading.types[-1]
    assert speaker == Hit(speaker.start, speaker.end, KIND_TYPE, speaker.ref, 0, False, 0, False)
    assert reading.text[speaker.start : speaker.end].strip() == "bluetooth speaker"
    assert any(hit.kind == KIND_MOD for hit in reading.modifiers)


def test_a_candidate_copied_with_changes_keeps_the_original() -> None:
    title = Candidate(("vacuum_bag",), SIGNAL_TITLE, "title word 'bag'", word="bag", part=True)
    shelved = title.replaced(in_shelf=True)  # `_core_uncached`: the word is a word of the shelf's leaf
    assert shelved.in_shelf is True and title.in_shelf is False
    assert (shelved.types, shelved.signal, shelved.evidence, shelved.word, shelved.part) == (
        ("vacuum_bag",), SIGNAL_TITLE, "title word 'bag'", "bag", True)
    with pytest.raises(TypeError, match="Candidate has no field colour"):
        title.replaced(colour="red")  # no such field, as `dataclasses.replace` refused it


def test_candidates_compare_by_value_and_are_unhashable() -> None:
    shelf = Candidate(("kettle",), SIGNAL_CATEGORY, "category 'Kettles'")
    assert shelf == Candidate(("kettle",), SIGNAL_CATEGORY, "category 'Kettles'")
    assert shelf != shelf.replaced(bucket=True)
    # 14 since radio49 added `fits_model`, 15 since dept56 added `department`
    assert CANDIDATE_FIELDS[:3] == ("types", "signal", "evidence") and len(CANDIDATE_FIELDS) == 15
    with pytest.raises(TypeError):
        hash(shelf)
    assert "types=('kettle',)" in repr(shelf)


def test_a_core_keeps_its_defaults_and_takes_its_result_later() -> None:
    core = Core("kettle", True, SIGNAL_CATEGORY, {}, "category 'Kettles'")
    assert (core.final, core.alternatives, core.shelf_open) == (None, (), ())
    core.shelf_open += (("mains_lv", "sold both ways"),)
    assert core.shelf_open == (("mains_lv", "sold both ways"),)


@pytest.mark.parametrize(("title", "product_type", "present", "absent"), [
    ("Bluetooth Speaker Stand for Echo Dot", "tv_mount", (), ("radio", "eee")),  # a target segment
    ("儿童遥控汽车 充电 玩具车", "toy_vehicle", ("radio", "toy", "children_12_under"), ()),  # CJK, several hits
    ("Dishwasher Wheels Lower Basket 4 Pack", "storage_organisation", (), ("mains_lv",)),  # a part after a machine
    ("Portable SSD 1TB for Mobile Phone Camera Drone Laptop", "external_drive", ("eee",), ("radio",)),  # `_replace`
])
def test_the_rarer_paths_read_the_same_with_the_new_records(classifier: Classifier, title: str, product_type: str,
                                                            present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    """Titles that take the paths where hits are copied, candidates replaced and cores filled later; their readings
    as on c06d2ef, before the records changed (test_compiled.py compares the builds over 2,000 catalog products)."""
    result = classifier.classify(ProductText(title))
    assert result.product_type == product_type
    assert all(result.classes[name] for name in present) and not any(result.classes[name] for name in absent)


@pytest.mark.skipif(not _compiled("matcher"), reason="the matcher does not run compiled here")
def test_compiled_a_hit_is_an_extension_type() -> None:
    assert not Hit.__flags__ & HEAP_TYPE


@pytest.mark.skipif(not (_compiled("signals") and _compiled("facts")), reason="not compiled here")
def test_compiled_a_candidate_and_a_core_are_extension_types() -> None:
    assert not Candidate.__flags__ & HEAP_TYPE
    assert not Core.__flags__ & HEAP_TYPE
