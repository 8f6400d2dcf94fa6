"""A toy maker's product that nothing else names is a toy (lead, stop 42, issue 9).

Read by title and brand alone (a catalog whose category tree the vocabulary does not know, or an export with none),
a product titled by its name ("Pictionary Mania", "Keel Toys 30cm Dalmatian", "Postman Pat SDS 12 Pilot Pat") named
no type: no toy rule fired and the listing went to review as unknown. A brand modifier may now say `names_type`: the
kind its maker's whole range is. It is the weakest signal: it fills only when no attribute, HS code, shelf, title or
description word names a type, and is read only from the brand field (the modifier's `read_in`).
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.classification import VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_TYPES
from tests.factories import make_listing

AT = "2026-11-28"
runner = CliRunner()


@pytest.mark.parametrize(("title", "brand"), [
    ("Bounce-Off Rock 'n' Rollz", "Mattel"),  # games43: Pictionary now names its kind
    ("Postman Pat SDS 12 Pilot Pat", "Character Options"),
    ("Brio Ramp and Stop Track Pack", "BRIO"),
    ("Giggle Gang - Kiwi", "Fisher-Price"),
    ("Snuffleupagus 17 inch", "Gund"),
    ("Amuseable Avocado", "Jellycat"),
])
def test_a_toy_makers_unnamed_product_is_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy", result.basis["product_type"]
    assert result.established and result.classes["toy"], result.basis["toy"]
    # named47: a maker that toy_maker_title also reads (Fisher-Price) names the kind from the brand field as a toy line
    basis = result.basis["product_type"]
    assert ("brand '" in basis and "toy maker" in basis) or ("brand word '" in basis and "a toy line" in basis), basis


@pytest.mark.parametrize(("title", "brand"), [
    ("Bounce-Off Rock 'n' Rollz", None),  # no brand: nothing names the kind
    ("Snuffleupagus 17 inch", "Acme"),   # a brand that is no toy maker
    ("Predalien vs Predator", "Hot Toys"),  # a collector maker names no kind
])
def test_no_toy_maker_names_nothing(classify, title, brand):
    result = classify(title, brand=brand)
    assert not result.established and result.product_type is None, result.basis["product_type"]
    assert not result.classes["toy"]


@pytest.mark.parametrize(("title", "brand", "category", "kind"), [
    ("LEGO Storage Box Red", "LEGO", None, "storage_organisation"),    # the title names its own kind
    ("Snuffleupagus 17 inch", "Gund", "Bags", "bag"),                   # so does the shelf
    ("Kidizoom Duo 5.0", "VTech", None, "electronic_toy"),
])
def test_a_named_kind_outranks_the_maker(classify, title, brand, category, kind):
    result = classify(title, brand=brand, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert "toy maker; nothing else" not in result.basis["product_type"]


def test_the_maker_is_read_from_the_brand_field_only(classify):
    """A maker's name in the title alone is not read: "Compatible with LEGO" names the bricks a product fits."""
    result = classify("Gund Snuffleupagus 17 inch")
    assert not result.established, result.basis["product_type"]


def test_an_adult_word_still_closes_the_toy(classify):
    result = classify("Party Game Adults Only Edition", brand="Hasbro")
    assert result.product_type == "toy" and not result.classes["toy"], result.basis["toy"]


def test_names_type_naming_an_unknown_type_is_an_error(tmp_path):
    old = "    names_type: toy\n"
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "product_types.yaml"
    path.write_text(text.replace(old, "    names_type: spaceship\n", 1), encoding="utf-8")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(path)
    assert "modifier 'toy_maker_brand'" in str(err.value) and "names unknown type 'spaceship'" in str(err.value)


def test_check_applies_the_toy_rules_instead_of_reviewing_an_unknown(tmp_path):
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps([
        {"sku": "KEEL-1", "title": "Keel Toys 30cm Dalmatian", "brand": "Keel Toys", "listings": [make_listing("DE")]},
        {"sku": "ANON-1", "title": "30cm Dalmatian", "listings": [make_listing("DE")]},
    ]))
    result = runner.invoke(app, ["check", str(catalog), "--format", "json", "--at", AT])
    assert result.exit_code == 1, result.output
    decisions = {d["sku"]: json.dumps(d) for d in json.loads(result.output)["decisions"]}
    assert "CLS-UNKNOWN-001" not in decisions["KEEL-1"] and "EU-TOY-001" in decisions["KEEL-1"], decisions["KEEL-1"]
    assert "CLS-UNKNOWN-001" in decisions["ANON-1"], decisions["ANON-1"]




@pytest.mark.parametrize(("brand", "named"), [
    ("Manhattan Toy", True), ("Green Toys", True), ("New Classic Toys", True),
    ("Toy Story", False),          # a film, not a toy company
    ("Hot Toys", False),           # a collector maker's name says toys too
    ("Happy Pet Toys", False),     # a pet shop's toys
])
def test_a_brand_that_calls_itself_a_toy_company(classify, brand, named):
    result = classify("Groovy Girls Princess Dahlia", brand=brand)
    assert (result.product_type == "toy") is named, result.basis["product_type"]


@pytest.mark.parametrize(("title", "brand"), [("Catchphrase", "Drumond Park"), ("Speak Out", "Hasbro Gaming")])
def test_a_game_makers_unnamed_product_is_a_family_game(classify, title, brand):
    """A maker of family games names `game`: a toy, but no children's product unless a word says so."""
    result = classify(title, brand=brand)
    assert result.product_type == "game" and result.classes["toy"], result.basis["product_type"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]
