"""Hypothesis strategies for hostile and odd input: catalog rows, seller data rows, pack conditions,
regular expressions and alerts, built from values at the edges (exponent-form and non-finite
numbers, 64-bit boundaries, unicode with lone surrogates, markup and Slack mentions, nesting)."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

from crossguard.engine.listing_facts import LISTING
from crossguard.engine.markets import KNOWN_MARKETS
from crossguard.engine.operators import OPERATORS
from crossguard.engine.subjects import FieldType

EDGE_NUMBERS = [0, -0.0, 0.1, -1, 1e-7, 5e-324, 1e16, 1e20, 1.7976931348623157e308, float("inf"), float("-inf"),
                float("nan"), 2**63 - 1, 2**63, 2**64, -(2**63) - 1, 10**30, 10**400]
HOSTILE_TEXT = ["<!channel>", "<!here|here>", "<@U012ABCDEF>", "<https://evil.example|cpsc.gov>", "[/]", "[bold]x",
                ":fire:", "\x1b[31m", "%d", "\\d", "1e5", "null", "true", "DE", "", " ", "\u202e", "Ω≈ç√",
                "日本語", "\ud800", "a" * 300, "2027-02-30", "10000-01-01", "&amp;", "javascript:alert(1)"]

numbers = st.one_of(st.integers(0, 1000), st.sampled_from(EDGE_NUMBERS), st.integers(),
                    st.floats(allow_nan=True, allow_infinity=True))
texts = st.one_of(st.sampled_from(HOSTILE_TEXT),
                  st.text(st.characters(codec=None, exclude_categories=()), max_size=30))
scalars = st.one_of(numbers, texts, st.booleans(), st.none())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(texts, inner, max_size=3), max_leaves=8)
markets = st.one_of(st.sampled_from(sorted(KNOWN_MARKETS)), st.sampled_from(["uk", "el", "EU", "ZZ", "Germany"]),
                    texts)
dates = st.one_of(st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
                  st.sampled_from(["2027-02-30", "0000-00-00", "10000-01-01", "2026-13-01", "yesterday"]), values)


def often(good: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly `good` (so inputs get far enough to be evaluated), sometimes `odd`."""
    # one_of would weigh them alike; the odd one is the last draw, since Hypothesis starts from 0
    return st.integers(0, 7).flatmap(lambda draw: odd if draw == 7 else good)


def maybe(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A mapping with any subset of `fields`, now and then with one unknown key as well."""
    return st.fixed_dictionaries({}, optional=fields).flatmap(
        lambda chosen: often(st.just(chosen), st.builds(lambda k, v: {**chosen, k: v}, texts, values)))


def catalog_row() -> st.SearchStrategy[dict[str, Any]]:
    """One product mapping as a catalog file holds it: right-typed values at their edges, or anything."""
    number = often(numbers, values)
    market = often(st.sampled_from(sorted(KNOWN_MARKETS)), markets)
    listing = maybe(marketplace=often(st.sampled_from(["amazon", "ebay"]), texts), market=market,
                    markets=st.lists(market, max_size=3), has_image=often(st.booleans(), values),
                    manufacturer_name=texts, safety_info_languages=st.one_of(st.lists(texts, max_size=3), values),
                    epr=st.one_of(st.dictionaries(st.sampled_from(["de_weee", "fr_eee", "de_packaging"]), texts),
                                  values))
    flag = often(st.booleans(), values)
    day = often(st.dates(date(2000, 1, 1), date(2035, 1, 1)).map(date.isoformat), dates)
    battery = maybe(chemistry=texts, category=often(st.sampled_from(["portable", "lmt"]), texts),
                    capacity_wh=number, removable=flag)
    certificate = st.builds(lambda scheme, rest: {"scheme": scheme, **rest},
                            often(st.sampled_from(["CE", "UKCA", "FCC_ID", "CPC"]), texts),
                            maybe(directives=often(st.lists(st.sampled_from(["RED", "LVD", "EMC"]), max_size=3),
                                                   values), issued=day, expires=day, reference=texts))
    product = maybe(brand=texts, category=texts, radio=often(st.lists(texts, max_size=2), values),
                    mains_voltage_v=number, electronic=flag, battery=battery, for_children=flag, age_min_years=number,
                    certificates=st.lists(certificate, max_size=2),
                    listings=often(st.lists(listing, min_size=1, max_size=3), values))
    name = often(st.text(st.characters(codec="utf-8"), min_size=1, max_size=20).filter(str.strip), texts)
    return st.builds(lambda sku, title, rest: {"sku": sku, "title": title, **rest},
                     often(st.from_regex(r"[A-Z]{2,4}-[0-9]{1,3}", fullmatch=True), texts), name, product)


def seller_rows() -> st.SearchStrategy[dict[str, list[dict[str, Any]]]]:
    """Rows for a seller data folder: an entity that exists, and sales, stock, FX and rates around it."""
    amount = often(st.sampled_from(["12.34", "250", "20000", "9999.99", "0"]), st.one_of(
        numbers, st.sampled_from(["1e25", "1e400", "-99999999", "NaN", "Infinity", "12.345"]), values))
    market = often(st.sampled_from(["DE", "FR", "PL", "AT", "GB", "US", "CN"]), markets)
    day = often(st.dates(date(2025, 1, 1), date(2026, 11, 25)).map(date.isoformat), dates)
    entity = st.builds(lambda name, country, rest: {"name": name, "country": country, **rest},
                       st.sampled_from(["Acme GmbH", "Kaida Ltd"]), market,
                       maybe(oss_registered=often(st.booleans(), values),
                             vat_registrations=often(st.lists(maybe(country=market, number=texts,
                                                                     since=day), max_size=2), values),
                             gb_expected_turnover_next_30_days=amount))
    required = {"entity": often(st.sampled_from(["Acme GmbH", "Kaida Ltd"]), st.just("Nobody")), "destination": market,
                "customer": often(st.sampled_from(["B2C", "B2B"]), texts), "amount": amount,
                "currency": often(st.sampled_from(["EUR", "PLN", "USD", "GBP"]), texts), "date": day,
                "ship_from": market}
    sale = often(st.fixed_dictionaries(required), maybe(**required))
    stock_fields = {"entity": st.sampled_from(["Acme GmbH", "Kaida Ltd"]), "country": market,
                    "warehouse": often(st.sampled_from(["own", "fba"]), texts),
                    "quantity": often(st.integers(0, 10**6), amount)}
    stock = often(st.fixed_dictionaries(stock_fields), maybe(**stock_fields))
    fx = st.builds(lambda currency, rest: {"currency": currency, **rest}, st.sampled_from(["USD", "PLN", "XXX"]),
                   maybe(entity=st.sampled_from(["Acme GmbH"]), receivables=amount, hedged=amount,
                         reference_rate=often(st.sampled_from(["1.08", "4.3"]), amount), price_list_date=day))
    rate = often(st.fixed_dictionaries({"currency": st.sampled_from(["USD", "PLN", "GBP"]),
                                        "rate": often(st.sampled_from(["1.08", "4.31", "0.85"]), amount), "date": day}),
                 maybe(currency=st.sampled_from(["USD", "PLN", "GBP"]), rate=amount, date=day))
    return st.fixed_dictionaries({
        "entities": st.lists(entity, min_size=1, max_size=2), "sales": st.lists(sale, max_size=6),
        "stock": st.lists(stock, max_size=2), "fx_positions": st.lists(fx, max_size=2),
        "rates": st.lists(rate, max_size=3),
    })


def _leaf_value(field_type: FieldType, op: str) -> st.SearchStrategy[Any]:
    typed = {FieldType.number: numbers, FieldType.boolean: st.booleans(), FieldType.string: texts,
             FieldType.list: texts}[field_type]
    if op in ("in", "not_in"):
        return often(st.lists(typed, min_size=1, max_size=4), values)
    if op == "exists":
        return often(st.booleans(), values)
    if op in ("matches", "imatches"):
        return patterns()
    return often(typed, values)


def condition() -> st.SearchStrategy[Any]:
    """A rule's `when:` over listing facts: typed leaves, any operator, nested all/any/not, junk too."""
    fields = sorted(LISTING.fields)

    def leaf(name: str) -> st.SearchStrategy[dict[str, Any]]:
        field_type = LISTING.fields[name]
        fitting = sorted(op for op, operator in OPERATORS.items() if field_type in operator.field_types)
        return often(st.sampled_from(fitting), st.sampled_from(sorted(OPERATORS))).flatmap(
            lambda op: _leaf_value(field_type, op).map(lambda v: {"field": name, op: v}))

    leaves = often(st.sampled_from(fields).flatmap(leaf), values)
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda items: {"all": items}),
        st.lists(inner, min_size=1, max_size=3).map(lambda items: {"any": items}),
        inner.map(lambda item: {"not": item})), max_leaves=6)


def listing_fact() -> st.SearchStrategy[dict[str, Any]]:
    """A listing fact as the engine sees it: typed values (edges included) for a random set of fields."""
    def typed(field_type: FieldType) -> st.SearchStrategy[Any]:
        finite = st.one_of(st.sampled_from([n for n in EDGE_NUMBERS if isinstance(n, int) and abs(n) < 2**63
                                             or isinstance(n, float) and n == n and abs(n) != float("inf")]),
                           st.integers(-(2**62), 2**62), st.floats(allow_nan=False, allow_infinity=False))
        return {FieldType.number: finite, FieldType.boolean: st.booleans(),
                FieldType.string: st.text(max_size=12), FieldType.list: st.lists(st.text(max_size=6), min_size=1,
                                                                                  max_size=3)}[field_type]

    def nest(flat: dict[str, Any]) -> dict[str, Any]:
        fact: dict[str, Any] = {"day": 20000, "region": "EU"}
        for dotted, value in flat.items():
            target = fact
            *parents, last = dotted.split(".")
            for part in parents:
                target = target.setdefault(part, {})
            target[last] = value
        return fact

    chosen = st.lists(st.sampled_from([f for f in sorted(LISTING.fields) if f not in ("day", "region")]),
                      max_size=8, unique=True)
    return chosen.flatmap(lambda names: st.fixed_dictionaries({n: typed(LISTING.fields[n]) for n in names})).map(nest)


def patterns() -> st.SearchStrategy[str]:
    """Regular expressions: mostly from the dialect's own pieces, some Python-only syntax, some noise."""
    piece = st.sampled_from(["a", "b", "Ab", ".", "%d", "%.", "[a-c]", "[^;]", "(ab)", "(a|b)", "é", "\\d", "(?i)",
                             "^", "$", "*", "+", "?", "{2}", "{1,3}", "{0}", "|", "(", ")", "[", "%"])
    return st.one_of(st.lists(piece, min_size=1, max_size=6).map("".join), st.text(max_size=12))


def alerts_input() -> st.SearchStrategy[dict[str, Any]]:
    """Alert fields as sources fill them from feeds and the register: anything a feed may say."""
    link = st.one_of(st.none(), texts, st.sampled_from(["https://example.test/a", "javascript:alert(1)",
                                                        "https://evil.example/x|<!here>", "ftp://x/y",
                                                        "https://example.test/" + "a" * 3100]))
    evidence = st.lists(st.fixed_dictionaries({"field": texts, "value": values, "basis": st.one_of(st.none(), texts)}),
                        max_size=20)
    return st.fixed_dictionaries({
        "title": texts, "subject": texts, "rule": st.one_of(st.none(), texts), "market": st.one_of(st.none(), texts),
        "skus": st.lists(texts, max_size=30), "remediation": st.one_of(st.none(), texts, st.just("x" * 5000)),
        "link": link, "evidence": evidence,
    })
