"""A case's input as the facts check and seller-check would build from it.

A product goes through the catalog schema (`catalog.entry_and_problems`) and `listing_facts`;
seller data goes through the data folder's models (`seller.loaders`) and `seller.evaluate`. A bad
input row is a RowError naming the test file, the case and the line, like a bad catalog row.
"""

from __future__ import annotations

from typing import Any

from crossguard.engine.catalog import RowError, entry_and_problems
from crossguard.engine.classify import Classifier
from crossguard.engine.packtests.spec import PackTestCase
from crossguard.engine.seller.data import INPUT_KINDS, SellerData, cross_check
from crossguard.engine.seller.loaders import records_from_located
from crossguard.engine.seller.models import RateRow
from crossguard.engine.subject_facts import SubjectFact, listing_subject_facts, seller_subject_facts


def _product_facts(case: PackTestCase, classifier: Classifier) -> tuple[list[SubjectFact], list[RowError]]:
    ignored: set[str] = set()
    entry, problems = entry_and_problems(case.spec.product, ignored)
    product = case.located.within(("product",))
    # A catalog may carry columns crossguard does not read; a test input must not: its case would
    # silently test something else than it says.
    errors = [RowError(case.file, case.number, name, "unknown field (a test input names only fields crossguard reads)",
                       product.line_of((name,)) if "." not in name else case.line) for name in sorted(ignored)]
    for problem in problems:
        loc: tuple[Any, ...] = tuple(problem["loc"])
        loc = loc[1:] if loc[:1] == ("product",) else loc
        errors.append(RowError(case.file, case.number, ".".join(str(p) for p in loc), problem["msg"],
                               product.line_of(loc)))
    return (listing_subject_facts(entry, classifier, case.at) if entry else []), errors


def _seller_facts(case: PackTestCase) -> tuple[list[SubjectFact], list[RowError]]:
    given = case.spec.data or {}
    document = case.located.within(("data",))
    data = SellerData()
    for key, kind in INPUT_KINDS.items():
        if key in given:
            loaded = records_from_located(document, kind.model, key)
            getattr(data, key).extend(loaded.items)
            data.errors.extend(loaded.errors)
    if "rates" in given:
        rates = records_from_located(document, RateRow, "rates")
        data.errors.extend(rates.errors)
        for rate in rates.items:
            data.rates.add(rate.currency, rate.date, rate.rate, "pack test")
    cross_check(data)
    facts, errors = seller_subject_facts(data, case.at, case.spec.fx)
    return facts, [*data.errors, *errors]


def case_facts(case: PackTestCase, classifier: Classifier) -> tuple[list[SubjectFact], list[RowError]]:
    """The facts of a case's input; problems name the case's position in the file as their row."""
    if case.spec.product is not None:
        return _product_facts(case, classifier)
    return _seller_facts(case)
