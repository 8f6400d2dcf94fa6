"""Real recall and policy texts from ../shared/material, read at test time (skipped when absent)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from crossguard.engine.classify import Classifier
from crossguard.watchers.matching import CatalogIndex, FeedItem, Matcher, VocabularyTypes
from crossguard.watchers.matching.extract import extract
from crossguard.watchers.parsers import parse
from tests.matching.conftest import MATERIAL, product, strengths

DEV = MATERIAL / "feed-match-dev"
RSS = MATERIAL / "feeds" / "us-cpsc-recalls-rss"
FR = MATERIAL / "feeds" / "us-federal-register-rss" / "documents.rss"
RECORDS = MATERIAL / "recalls-structured" / "catalystedgepro-scanner" / "cpsc_recalls.csv"
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/material is not on this machine")


@pytest.fixture(scope="module")
def types() -> VocabularyTypes:
    return VocabularyTypes(Classifier.default().types)


@pytest.fixture(scope="module")
def dev_matcher() -> Matcher:
    rows = [json.loads(line) for line in (DEV / "catalog.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return Matcher(CatalogIndex.build([product(r["sku"], r["title"], r.get("brand", ""), r.get("category", ""),
                                               tuple(r["listings"][0]["markets"])) for r in rows]))


def dev_items() -> list[dict]:
    return [json.loads(line) for line in (DEV / "items.jsonl").read_text(encoding="utf-8").splitlines() if line]


def feed(path: Path) -> list[FeedItem]:
    return [FeedItem(id=i.dedupe_key, title=i.title, text=i.summary, link=i.link or "", feed=path.parent.name)
            for i in parse("rss", path.read_bytes(), {}).items]


def test_cpsc_childrens_feed_with_mojibake(types: VocabularyTypes) -> None:
    exs = [extract(i, types) for i in feed(RSS / "Recalls-Children-RSS.xml")]
    assert len(exs) == 50 and all(e.kind == "recall" for e in exs)
    fisher = next(e for e in exs if "Rock" in e.title and "Glide" in e.title)
    assert "â€" not in fisher.title and ("Fisher-Price", "recaller") in {(c.name, c.role) for c in fisher.companies}
    assert "glider" in {p.sig.head for p in fisher.phrases} and "suffocation" in fisher.hazards
    assert sum(1 for e in exs if e.phrases) >= 45  # nearly every title yields a product


def test_federal_register_items_never_list_skus(dev_matcher: Matcher) -> None:
    results = [dev_matcher.match(i) for i in feed(FR)]
    assert len(results) == 200 and all(r.extraction.kind == "policy" for r in results)
    assert all(r.matches == [] for r in results)


def test_structured_recall_titles_give_company_and_product(types: VocabularyTypes) -> None:
    with open(RECORDS, encoding="utf-8", newline="") as handle:
        exs = [extract(FeedItem(id=r["recall_number"], title=r["title"], text=r["description"], link=r["url"]), types)
               for r in csv.DictReader(handle)]
    recalls_form = [e for e in exs if re.search(r"\bRecalls?\b", e.title) and "Recalled" not in e.title]
    assert sum(1 for e in recalls_form if any(c.role == "recaller" for c in e.companies)) >= 0.95 * len(recalls_form)
    assert sum(1 for e in exs if e.phrases) >= 0.97 * len(exs)
    assert sum(1 for e in exs if any(p.sig.types for p in e.phrases)) >= 0.6 * len(exs)
    named = [e for e in exs if re.search(r"model (?:number )?[A-Z0-9-]*\d", e.text)]
    assert named and sum(1 for e in named if e.models) >= 0.9 * len(named)


def test_dev_items_are_matched_without_their_label_fields(dev_matcher: Matcher) -> None:
    rows = dev_items()
    plain = [dev_matcher.match(r) for r in rows]
    scrambled = [dev_matcher.match({**r, "group": "x", "kind": "y", "record": {"manufacturer": "Acme"}})
                 for r in rows]
    assert [strengths(a) for a in plain] == [strengths(b) for b in scrambled]


def test_real_recalls_each_rule(dev_matcher: Matcher) -> None:
    by_id = {r["item_id"]: dev_matcher.match(r) for r in dev_items()}
    assert strengths(by_id["FMD-item-06"]).get("FMD-0010") == "exact"  # INIU BI-B41: the model number
    hobby = strengths(by_id["FMD-item-22"])  # Tkala children's pajamas: not Tkala's women's yoga pants
    assert "FMD-0003" not in hobby and any(s == "strong" for s in hobby.values())
    socks = strengths(by_id["FMD-item-10"])  # 32 Degrees heated socks: not the brand's ordinary socks
    assert socks.get("FMD-0034") == "strong" and socks.get("FMD-0016") != "strong"
    bissell = strengths(by_id["FMD-item-27"])  # BISSELL steam cleaners 4155/4171: not the steam mop
    assert bissell.get("FMD-0021") == "exact" and bissell.get("FMD-0024") != "strong"


def test_dev_set_targets_on_its_own_catalog(dev_matcher: Matcher) -> None:
    with open(DEV / "truth.csv", encoding="utf-8", newline="") as handle:
        truth = {(r["item_id"], r["sku"]): r["affected"] == "yes" for r in csv.DictReader(handle)}
    predicted = {(r["item_id"], m.sku) for r in dev_items() for m in dev_matcher.match(r).at_least("strong")}
    positive = {pair for pair, yes in truth.items() if yes}
    assert len(predicted & positive) / len(predicted) >= 0.85
    assert len(predicted & positive) / len(positive) >= 0.80
