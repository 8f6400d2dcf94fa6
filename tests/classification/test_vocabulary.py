"""The vocabulary files: size, coverage, and clear errors that name the file and the type."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_GOOGLE, DEFAULT_HS, DEFAULT_SHOPIFY, DEFAULT_TYPES
from crossguard.engine.classification.vocabulary import english_plural, parse_checked

ROOT = Path(__file__).resolve().parents[2]


def test_vocabulary_size_and_languages(classifier):
    vocab = classifier.vocab
    assert len(vocab.types) >= 300
    assert (
        sum(1 for t in vocab.types.values() if any(any("\u4e00" <= c <= "\u9fff" for c in p) for p in t.synonyms))
        >= 250
    )
    assert len(vocab.hs) >= 100
    assert not vocab.warnings or all("plural" in w for w in vocab.warnings)


def test_every_fact_has_a_reason(classifier):
    for info in classifier.vocab.types.values():
        for name, (value, why) in info.facts.items():
            assert isinstance(value, bool) and why, (info.id, name)


def test_every_class_is_used_by_some_type(classifier):
    used = {name for t in classifier.vocab.types.values() for name in t.facts}
    assert used == set(classifier.vocab.classes)


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("phone case", "phone cases"),
        ("battery", "batteries"),
        ("glass", "glasses"),
        ("watch", "watches"),
        ("jeans", None),
        ("key", "keys"),
    ],
)
def test_english_plural(word, plural):
    assert english_plural(word) == plural


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "types.yaml"
    path.write_text(text, encoding="utf-8")
    return path


BASE = """
version: test
classes: {toy: "x", eee: "y"}
profiles:
  plain: {classes: {eee: [false, "not electrical"]}}
types:
"""


def test_unknown_class_names_the_type(tmp_path):
    path = write(tmp_path, BASE + "  - {id: kite, synonyms: {en: [kite]}, classes: {toys: [true, 'x']}}\n")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(path)
    assert str(path) in str(err.value) and "type 'kite'" in str(err.value) and "unknown class 'toys'" in str(err.value)


def test_duplicate_synonym_across_types(tmp_path):
    path = write(tmp_path, BASE + "  - {id: a, synonyms: {en: [widget]}}\n  - {id: b, synonyms: {en: [Widget]}}\n")
    with pytest.raises(VocabularyError, match="phrase 'widget' is already a synonym or category hint of type 'a'"):
        load_vocabulary(path)


def test_unknown_profile_and_bad_id(tmp_path):
    path = write(
        tmp_path, BASE + "  - {id: a, profile: nope, synonyms: {en: [widget]}}\n  - {id: Bad-Id, synonyms: {en: [x]}}\n"
    )
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(path)
    text = str(err.value)
    assert "type 'a': unknown profile 'nope'" in text and "type 'Bad-Id'" in text


def test_type_without_words(tmp_path):
    with pytest.raises(VocabularyError, match="type 'a': has neither synonyms nor category_hints"):
        load_vocabulary(write(tmp_path, BASE + "  - {id: a}\n"))


def test_parent_and_lumped_relations(tmp_path):
    vocab = load_vocabulary(write(tmp_path, BASE + (
        "  - {id: charger, synonyms: {en: [charger]}}\n"
        "  - {id: wireless_charger, parent: charger, synonyms: {en: [wireless charger]}}\n"
        "  - {id: furniture, lumped: [furniture], synonyms: {en: [furniture, chair, table]}}\n"
        "  - {id: cookware, lumped: true, synonyms: {en: [pan, pot]}}\n")))
    assert vocab.types["wireless_charger"].parent == "charger" and vocab.types["charger"].parent is None
    assert vocab.types["furniture"].lumped and vocab.types["furniture"].general == ("furniture",)
    assert vocab.types["cookware"].lumped and vocab.types["cookware"].general == ()
    assert not vocab.types["charger"].lumped


def test_relation_errors_name_the_type(tmp_path):
    path = write(tmp_path, BASE + (
        "  - {id: a, parent: nope, synonyms: {en: [widget]}}\n"
        "  - {id: b, parent: c, synonyms: {en: [gadget]}}\n"
        "  - {id: c, parent: b, synonyms: {en: [gizmo]}}\n"
        "  - {id: d, lumped: [desk], synonyms: {en: [chair]}}\n"))
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(path)
    text = str(err.value)
    assert "type 'a': parent names unknown type 'nope'" in text
    assert "type 'b': parent chain comes back to itself: b -> c -> b" in text
    assert "type 'd': lumped names 'desk', which is not one of its synonyms" in text


def test_phrase_with_a_break(tmp_path):
    with pytest.raises(VocabularyError, match="phrase-breaking punctuation"):
        load_vocabulary(write(tmp_path, BASE + "  - {id: a, synonyms: {en: ['cables, chargers']}}\n"))


def test_modifier_errors(tmp_path):
    text = (
        BASE
        + "  - {id: a, synonyms: {en: [widget]}}\nmodifiers:\n"
        + "  - {id: m, words: {en: [shiny]}, sets: {sparkle: [true, 'x']}, excludes: [nope], only_types: [zzz]}\n"
    )
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(write(tmp_path, text))
    text = str(err.value)
    assert "modifier 'm': unknown class 'sparkle'" in text
    assert "excludes unknown modifier 'nope'" in text and "unknown type 'zzz'" in text


def test_the_fast_safe_loader_reads_the_shipped_vocabulary_as_safe_load_does():
    """libyaml's loader (when PyYAML has it) must build exactly what the pure-Python `yaml.safe_load` builds."""
    import yaml

    from crossguard.engine.classification import vocabulary

    if hasattr(yaml, "CSafeLoader"):
        assert vocabulary._SAFE_LOADER is yaml.CSafeLoader
    for path in (DEFAULT_TYPES, DEFAULT_HS, DEFAULT_GOOGLE, DEFAULT_SHOPIFY):
        assert vocabulary._read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path


def test_a_python_tag_is_refused(tmp_path):
    with pytest.raises(VocabularyError, match="not valid YAML"):
        load_vocabulary(write(tmp_path, "types: !!python/object/apply:os.system ['true']\n"))


def test_not_yaml(tmp_path):
    with pytest.raises(VocabularyError, match="not valid YAML"):
        load_vocabulary(write(tmp_path, "types: [unclosed\n"))


def test_hs_errors(tmp_path):
    types = write(tmp_path, BASE + "  - {id: a, synonyms: {en: [widget]}}\n")
    hs = tmp_path / "hs.yaml"
    hs.write_text(
        "version: t\nheadings:\n  - {code: '8517.13', label: phones, type: smartphone}\n"
        "  - {code: '9999', label: nothing}\n",
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(types, hs)
    text = str(err.value)
    assert (
        str(hs) in text and "HS 8517.13: unknown product type 'smartphone'" in text and "HS 9999: names neither" in text
    )


def test_only_safe_yaml_and_no_eval():
    paths = list((ROOT / "engine" / "classification").glob("*.py"))
    assert paths
    for path in paths:
        source = path.read_text(encoding="utf-8")
        assert "yaml.load(" not in source and "eval(" not in source and "exec(" not in source, path


def test_default_files_exist():
    assert DEFAULT_TYPES.exists() and DEFAULT_HS.exists()


def test_a_key_written_twice_is_refused_with_its_line(tmp_path):
    """YAML keeps the later of two equal keys without a word: a second `skip_types:` further down a modifier dropped
    the first one's types (cd68). The reader names the file, the line of the second key and the key."""
    text = BASE + "  - id: a\n    synonyms: {en: [widget]}\n    synonyms: {en: [gadget]}\n"
    path = write(tmp_path, text)
    with pytest.raises(VocabularyError, match=r"types\.yaml: line 9: key 'synonyms' is written twice"):
        load_vocabulary(path)


def test_equal_keys_in_different_mappings_are_fine(tmp_path):
    vocab = load_vocabulary(write(tmp_path, BASE + "  - {id: a, synonyms: {en: [widget]}}\n"
                                                   "  - {id: b, synonyms: {en: [gadget]}}\n"))
    assert set(vocab.types) == {"a", "b"}


def test_a_recursive_anchor_ends_with_an_error_not_a_hang(tmp_path):
    """review67: the duplicate-key walk skips a node it has seen (an alias is its anchor's node)."""
    with pytest.raises(VocabularyError):
        load_vocabulary(write(tmp_path, BASE + "  - &a {id: a, synonyms: {en: [widget]}, also: [*a]}\n"))


def test_the_refusal_names_the_first_line_too(tmp_path):
    text = BASE + "  - id: a\n    synonyms: {en: [widget]}\n    synonyms: {en: [gadget]}\n"
    with pytest.raises(VocabularyError, match=r"line 9: key 'synonyms' is written twice .*first on line 8"):
        load_vocabulary(write(tmp_path, text))


@pytest.mark.parametrize(("first", "second", "refused"), [
    ("1", "'1'", False),      # an int and a str: two keys
    ("'1'", '"1"', True),     # the same str, quoted two ways
    ("yes", "true", True),    # YAML 1.1 booleans: the same key
    ("~", "null", True),
])
def test_keys_compare_as_built_not_as_written(first, second, refused):
    """review67: the walk compared the keys' text, so `1:` and `'1':` were refused and `yes:`/`true:` passed."""
    text = f"{first}: a\n{second}: b\n"
    if refused:
        with pytest.raises(VocabularyError, match="written twice"):
            parse_checked(text, "<text>")
    else:
        assert parse_checked(text, "<text>") == {1: "a", "1": "b"}


def test_two_merge_keys_are_merged_not_refused():
    """`<<` is a merge, not a key the mapping keeps: PyYAML merges both."""
    text = "base: &b {x: 1}\nmore: &m {y: 2}\nc:\n  <<: *b\n  <<: *m\n"
    assert parse_checked(text, "<text>")["c"] == {"x": 1, "y": 2}


@pytest.mark.parametrize(("key", "message"), [("!!int abc", "invalid literal"), ("2001-02-30", "out of range"),
                                              ("!!python/name:os.system ", "could not determine a constructor")])
def test_a_key_the_loader_cannot_build_reports_its_own_error(tmp_path, key, message):
    """review69: the duplicate-key walk builds each key; a failed build left the node marked "in progress", so the
    document's build then said "found unconstructable recursive node" instead of the key's own error."""
    path = tmp_path / "types.yaml"
    path.write_text(f"{key}: 1\nb: 2\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=message):
        load_vocabulary(path)


def test_a_key_written_twice_is_not_reported_as_invalid_yaml(tmp_path):
    """review70: VocabularyError is a ValueError, so the handler for unbuildable scalars had wrapped the duplicate-key
    refusal as "not valid YAML"."""
    path = tmp_path / "types.yaml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    with pytest.raises(VocabularyError) as caught:
        load_vocabulary(path)
    assert "not valid YAML" not in str(caught.value)
    assert "written twice" in str(caught.value)


def test_an_unbuildable_timestamp_key_is_a_vocabulary_error(tmp_path):
    path = tmp_path / "types.yaml"
    path.write_text("!!timestamp bad: 1\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="not valid YAML"):
        load_vocabulary(path)
