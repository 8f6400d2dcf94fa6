"""Stop 84 (issue 9): a record's or a film's audience counts after "for" (`audience_only_types`), and the vocabulary
rounds of stop 84, each tested both ways."""

from __future__ import annotations

import re

import pytest

from crossguard.engine.classification import DEFAULT_TYPES, Classifier, VocabularyError
from crossguard.engine.classification.classifier import ProductText
from crossguard.engine.classification.vocabulary import load_vocabulary_from_sources

CDS = "CULTURE / JEUX > MUSIQUE > CD"
DVDS = "CULTURE / JEUX > FILM > DVD"
AUDIENCE_ONLY = "    audience_only_types: [music_media, movie_media]\n"


def _edited(tmp_path, old: str, new: str):
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "product_types.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


# --- a record's or a film's audience counts after "for", "pour" or "für" ---------------------------------------------


@pytest.mark.parametrize(("title", "category"), [
    ("Chansons pour enfants", CDS), ("Les plus belles berceuses pour bébé", CDS),
    ("Songs for Kids", "CDs & Vinyl > Pop"), ("Best nursery songs for toddlers CD", None),
    ("Lieder für Kinder", "Musik > CD"), ("Dessins animés pour enfants", DVDS),
])
def test_a_record_or_a_film_that_names_its_audience_is_a_childs(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type in ("music_media", "movie_media"), result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "category"), [
    # the work's own words, with no brand field to blank the artist out of the title
    ("East side story KID FROST Rap", CDS), ("Child Bearing Man", CDS), ("Rich Girl", CDS),
    ("Baby I Need Your Loving", CDS), ("The Girl with the Dragon Tattoo", DVDS), ("Kids", DVDS),
])
def test_a_record_or_a_film_named_with_a_child_word_is_still_no_childs(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type in ("music_media", "movie_media"), result.basis["product_type"]
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "category"), [
    # other kinds read their child words wherever they stand
    ("Veilleuse musique pour bébé projecteur", None), ("Robe fille à fleurs", None),
    ("Kids Bluetooth Headphones", None),
])
def test_other_kinds_read_their_child_words_as_before(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type not in ("music_media", "movie_media")
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


def test_without_audience_only_types_a_songs_child_word_reads_a_childs_record(tmp_path):
    shipped = Classifier.from_files()
    assert shipped.classify(ProductText("Rich Girl", category=CDS)).classes["children_12_under"] is False
    edited = Classifier.from_files(types_path=_edited(tmp_path, AUDIENCE_ONLY, ""))
    assert edited.classify(ProductText("Rich Girl", category=CDS)).classes["children_12_under"] is True


@pytest.mark.parametrize(("new", "problem"), [
    (AUDIENCE_ONLY.replace("music_media", "music_cd"), "audience_only_types names unknown type 'music_cd'"),
])
def test_an_audience_only_type_the_vocabulary_does_not_know_is_refused(tmp_path, new, problem):
    with pytest.raises(VocabularyError, match=re.escape(problem)):
        load_vocabulary_from_sources(_edited(tmp_path, AUDIENCE_ONLY, new))


def test_audience_only_types_on_a_modifier_that_reads_no_target_is_refused(tmp_path):
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    block = text[text.index("  - id: child_audience\n"):text.index("  - id: childrens_book_series\n")]
    assert block.count("    reads_targets: true\n") == 1
    path = tmp_path / "product_types.yaml"
    path.write_text(text.replace(block, block.replace("    reads_targets: true\n", "")), encoding="utf-8")
    with pytest.raises(VocabularyError, match="does not read targets"):
        load_vocabulary_from_sources(path)
