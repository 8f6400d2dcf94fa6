"""Trademark rules through the real engine, and the fuzzy matcher's near-misses on both sides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.marks import MarkMatcher, compact
from crossguard.engine.seller.models import BrandListing, Trademark, WatchMark
from tests.seller_support import finding, rule_ids, run, seller_evaluator

AT = date(2026, 11, 25)


@pytest.fixture(scope="module")
def evaluator():
    return seller_evaluator("trademarks")


def mark(name="Brightwave", office="EUIPO", status="registered", expiry=date(2030, 1, 1), number="018234567"):
    return Trademark.model_validate({"mark": name, "owner": "Acme", "office": office, "status": status,
                                     "number": number, "expiry": expiry})


def listing(brand="Brightwave", title="Brightwave desk lamp", market="DE", sku="SKU-1", marketplace="amazon"):
    return BrandListing.model_validate({"sku": sku, "title": title, "brand": brand, "marketplace": marketplace,
                                        "market": market})


WATCH = [WatchMark.model_validate({"mark": m, "owner": o}) for m, o in
         (("LEGO", "LEGO Juris A/S"), ("Nintendo", "Nintendo Co. Ltd."), ("Pokémon", "The Pokémon Company"),
          ("Samsung", "Samsung Electronics"), ("Adidas", "adidas AG"), ("Hello Kitty", "Sanrio"))]


# --- own marks: lapsed and expiring -------------------------------------------------------------

@pytest.mark.parametrize(
    ("days", "expected"),
    [(91, set()), (90, {"TM-EXPIRY-001"}), (89, {"TM-EXPIRY-001"}), (0, {"TM-EXPIRY-001"}), (-1, {"TM-LAPSED-001"})],
)
def test_expiry_window(evaluator, days, expected):
    result = run(evaluator, SellerData(trademarks=[mark(expiry=AT + timedelta(days=days))]), AT)
    assert rule_ids(result) == expected


def test_expiry_counts_across_the_year_end(evaluator):
    expiring = mark(expiry=date(2027, 3, 31))
    assert rule_ids(run(evaluator, SellerData(trademarks=[expiring]), date(2026, 12, 31))) == {"TM-EXPIRY-001"}
    assert rule_ids(run(evaluator, SellerData(trademarks=[expiring]), date(2026, 12, 30))) == set()  # 91 days


def test_recorded_lapsed_and_pending(evaluator):
    lapsed = mark(status="lapsed", expiry=None)
    pending = mark(status="pending", expiry=None)
    result = run(evaluator, SellerData(trademarks=[lapsed, pending]), AT)
    assert [f.rule_id for f in result.findings] == ["TM-LAPSED-001"]


# --- brand protection in the marketplace's jurisdiction ----------------------------------------

@pytest.mark.parametrize(
    ("marks", "market", "expected"),
    [
        ([mark(office="EUIPO")], "DE", set()),
        ([mark(office="DPMA")], "DE", set()),                    # national office of the store's state
        ([mark(office="DPMA")], "FR", {"TM-BRAND-001"}),         # a German mark does not cover France
        ([mark(office="USPTO")], "DE", {"TM-BRAND-001"}),
        ([mark(office="EUIPO")], "GB", {"TM-BRAND-001"}),        # EU marks stopped covering the UK in 2021
        ([mark(office="UKIPO")], "GB", set()),
        ([mark(office="USPTO", status="pending", expiry=None)], "US", set()),  # pending is accepted
        ([mark(office="EUIPO", expiry=date(2026, 11, 24))], "DE", {"TM-BRAND-001"}),  # expired yesterday
        ([mark(office="EUIPO", expiry=date(2026, 11, 24)), mark(office="DPMA", status="pending", expiry=None)],
         "DE", set()),
        ([mark(name="Bright Wave", office="EUIPO")], "DE", set()),  # same mark, other spacing
        ([mark(name="Brightwater", office="EUIPO")], "DE", {"TM-BRAND-001"}),
        ([], "DE", {"TM-BRAND-001"}),
    ],
)
def test_brand_registered_in_jurisdiction(evaluator, marks, market, expected):
    result = run(evaluator, SellerData(trademarks=marks, listings=[listing(market=market)]), AT)
    assert rule_ids(result, f"SKU-1@amazon:{market}") == expected


@pytest.mark.parametrize("brand", [None, "Generic", "unbranded", "No-Brand"])
def test_generic_brands_need_no_mark(evaluator, brand):
    assert rule_ids(run(evaluator, SellerData(listings=[listing(brand=brand)]), AT)) == set()


def test_brand_finding_explains_offices(evaluator):
    result = run(evaluator, SellerData(trademarks=[mark(office="USPTO")], listings=[listing(market="IT")]), AT)
    found = finding(result, "TM-BRAND-001")
    assert "EUIPO, UIBM" in found.message
    assert (found.sku, found.market, found.marketplace) == ("SKU-1", "IT", "amazon")


# --- third-party marks: the matcher ----------------------------------------------------------

MATCHER = MarkMatcher([w.mark for w in WATCH])


@pytest.mark.parametrize(
    ("text", "mark", "matched"),
    [
        ("LEGO® compatible bricks", "LEGO", "LEGO"),
        ("Light kit for L.E.G.O Classic", "LEGO", "L.E.G.O"),
        ("Légo city set", "LEGO", "Légo"),
        ("l e g o bricks", "LEGO", "l e g o"),
        ("Kompatibel mit Lego-Steinen", "LEGO", "Lego"),
        ("POKEMON trading cards", "Pokémon", "POKEMON"),
        ("Hello-Kitty backpack", "Hello Kitty", "Hello-Kitty"),
        ("HELLOKITTY pencil case", "Hello Kitty", "HELLOKITTY"),
        ("Nintendo™ Switch case", "Nintendo", "Nintendo"),
    ],
)
def test_matcher_finds_marks_whatever_case_spacing_punctuation_diacritics(text, mark, matched):
    found = MATCHER.best(text)
    assert found is not None and (found.mark, found.text, found.score) == (mark, matched, 100.0)


@pytest.mark.parametrize("text", ["Legolas elf figure", "Knitted leg warmers", "Logo sticker set", "Legos bulk",
                                  "Allegory poster", "Samba dance shoes"])
def test_matcher_ignores_ordinary_words(text):
    found = MATCHER.best(text)
    assert found is None or found.score < 85


@pytest.mark.parametrize(
    ("text", "mark", "above"),
    [
        ("Samsumg charger 25 W", "Samsung", True),      # 85.7: one swapped letter in seven
        ("Pokemom cards", "Pokémon", True),             # 85.7
        ("Nintedno controller", "Nintendo", True),      # 87.5
        ("Adibas running shoes", "Adidas", False),      # 83.3: one letter in six is below 85 (known miss)
        ("Samsonite suitcase", "Samsung", False),
        ("Sam sung phone case", "Samsung", True),       # spacing is ignored on purpose, across words too
    ],
)
def test_fuzzy_scores_on_both_sides_of_the_pack_threshold(text, mark, above):
    found = MATCHER.best(text)
    assert found is not None and found.mark == mark
    assert (found.score >= 85) is above


def test_compact():
    assert compact("Harbour & Pine") == compact("harbour and pine") == "harbourandpine"
    assert compact("Ærø Škoda") == "aeroskoda"


# --- third-party marks: the rules ------------------------------------------------------------

def test_brand_matching_a_protected_mark_is_critical_and_blocks(evaluator):
    item = listing(brand="Nintedno", title="Wireless controller for Nintendo Switch")
    result = run(evaluator, SellerData(watchlist=WATCH, listings=[item]), AT)
    assert rule_ids(result) == {"TM-WATCH-001", "TM-BRAND-001"}  # not also TM-WATCH-002
    found = finding(result, "TM-WATCH-001")
    assert found.blocks_listing and found.severity.value == "critical"
    evidence = {e.field: e for e in found.evidence}
    assert evidence["watch_brand_score"].value == 87.5
    assert "'Nintedno'" in evidence["watch_brand_score"].basis and "Nintendo Co. Ltd." in evidence[
        "watch_brand_score"].basis


def test_title_containing_a_protected_mark(evaluator):
    item = listing(title="Brightwave light kit for L.E.G.O® Classic")
    result = run(evaluator, SellerData(trademarks=[mark()], watchlist=WATCH, listings=[item]), AT)
    found = finding(result, "TM-WATCH-002")
    assert '"L.E.G.O"' in found.message and "LEGO" in found.message
    assert "L.E.G.O" in {e.field: e.basis for e in found.evidence}["watch_title_score"]


@pytest.mark.parametrize(
    ("brand", "title", "expected"),
    [
        ("Acme", "Samsumg fast charger 25 W", {"TM-WATCH-002"}),   # 85.7: at the pack's 85
        ("Acme", "Adibas running shoes", set()),                   # 83.3: below it
        ("Samsumg", "Fast charger 25 W", {"TM-WATCH-001"}),
        ("Adibas", "Running shoes", set()),
    ],
)
def test_fuzzy_threshold_in_the_pack(evaluator, brand, title, expected):
    marks = [mark(name=brand)]
    result = run(evaluator, SellerData(trademarks=marks, watchlist=WATCH, listings=[listing(brand, title)]), AT)
    assert rule_ids(result) == expected


def test_clean_titles_pass(evaluator):
    items = [listing(title="Brightwave LED desk lamp", sku="A"), listing(title="Knitted leg warmers", sku="B"),
             listing(title="Legolas elf figure", sku="C"), listing(title="Adibas running shoes", sku="D")]
    result = run(evaluator, SellerData(trademarks=[mark()], watchlist=WATCH, listings=items), AT)
    assert result.findings == []
    assert result.checked == {"trademark": 1, "brand_listing": 4}
