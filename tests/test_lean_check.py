"""The lean check path (issue 14) gives what the plain path gives: flat facts, routes, prepared
findings, the decision-only path, stored rows made in workers, and the scan's writer thread.
Correctness only: speed is measured in bench/, never asserted here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import TypeAdapter
from sqlalchemy import Engine

from crossguard.engine.catalog import load_catalog
from crossguard.engine.conditions import evaluate, held_leaves, lookup, predicate
from crossguard.engine.durable_host import EngineError, SyncHost
from crossguard.engine.evaluator import Evaluator, Verdict
from crossguard.engine.findings import Evidence, decide
from crossguard.engine.listing_facts import ProductFacts, entry_facts
from crossguard.engine.packs import load_packs
from crossguard.register.scan import apply as apply_module
from crossguard.register.scan import rows as rows_module
from crossguard.register.scan.rows import entry_rows, finding_rows, verdict_rows
from tests.conftest import make_entry, scan, toy_evaluate
from tests.packs import rule, write_pack
from tests.test_register_atomic import baseline, second_catalog, snapshot

ROOT = Path(__file__).resolve().parent.parent
AT = date(2026, 11, 25)


@pytest.fixture(scope="module")
def evaluator() -> Evaluator:
    return Evaluator.from_paths(None)


@pytest.fixture(scope="module")
def entries() -> list:
    return load_catalog([ROOT / "examples" / "catalog.yaml"]).entries


def test_listing_facts_are_flat_and_lookup_reads_flat_and_nested_alike(evaluator: Evaluator, entries: list) -> None:
    _, facts = entry_facts(entries[0], evaluator.classifier, AT)
    assert all(not isinstance(value, dict) for value in facts[0].values())
    assert any(key.startswith("cls.") for key in facts[0]) and any(key.startswith("listing.") for key in facts[0])
    nested = {"product": {"battery": {"chemistry": "nimh"}}}
    assert lookup({"product.battery.chemistry": "nimh"}, "product.battery.chemistry") == "nimh"
    assert lookup(nested, "product.battery.chemistry") == "nimh"


def test_product_facts_are_cached_by_content(evaluator: Evaluator) -> None:
    cache = evaluator.product_facts
    first = make_entry("CACHE-1", title="Bluetooth speaker", radio=["bluetooth"])
    same = make_entry("CACHE-1", title="Bluetooth speaker", radio=["bluetooth"])
    changed = make_entry("CACHE-1", title="Bluetooth speaker", radio=["bluetooth"], mains_voltage_v=230)
    found = cache.get(first.product, AT)
    assert cache.get(same.product, AT) is found
    assert cache.get(first.product, date(2026, 11, 26)) is not found  # certificates are judged on the day
    other = cache.get(changed.product, AT)
    assert other is not found and other.base["product.mains_voltage_v"] == 230
    assert other.base == ProductFacts(changed.product, evaluator.classifier, AT).base


def test_product_facts_cache_keys_see_every_nested_change(evaluator: Evaluator) -> None:
    """The key takes scalar fields as they are and freezes lists and models: a change inside a list, a
    certificate or a battery is a different product."""
    from crossguard.engine.listing_facts import ProductFactsCache

    cache = ProductFactsCache(evaluator.classifier)
    certificate = {"scheme": "CE", "directives": ["RED"], "issued": "2025-01-01", "expires": "2030-01-01"}
    kinds = {
        "plain": {},
        "radio": {"radio": ["bluetooth", "wifi"]},
        "directive": {"certificates": [{**certificate, "directives": ["RED", "ROHS"]}]},
        "expiry": {"certificates": [{**certificate, "expires": "2026-01-01"}]},
        "battery": {"battery": {"chemistry": "lithium-ion", "capacity_wh": 99.0}},
    }
    base = {"title": "Bluetooth speaker", "radio": ["bluetooth"], "certificates": [certificate],
            "battery": {"chemistry": "lithium-ion", "capacity_wh": 10.0}}
    found = {name: cache.get(make_entry("KEY-1", **{**base, **change}).product, AT) for name, change in kinds.items()}
    assert len({id(facts) for facts in found.values()}) == len(kinds)
    assert cache.get(make_entry("KEY-1", **base).product, AT) is found["plain"]
    assert found["expiry"].base["certs_expired"] == ["CE", "CE:RED"]


def test_engine_and_reference_semantics_agree_on_every_example_listing(evaluator: Evaluator, entries: list) -> None:
    """Flat facts through the routed rulesets fire exactly the rules the plain-Python reading says."""
    checked = 0
    for entry in entries:
        _, facts = entry_facts(entry, evaluator.classifier, AT)
        for fact in facts:
            fired = {r.id for r in evaluator.matching_rules("listing", fact)}
            expected = {rule.id for pack in evaluator.packs for rule in pack.rules
                        if rule.kind.name == "listing" and pack.spec.jurisdiction.upper() in (fact["region"], "GLOBAL")
                        and (not rule.spec.applies_to.markets or fact["market"] in rule.spec.applies_to.markets)
                        and (not rule.spec.applies_to.marketplaces
                             or fact["marketplace"] in rule.spec.applies_to.marketplaces)
                        and _effective(rule) and evaluate(rule.condition, fact)}
            assert fired == expected, fact["sku"]
            checked += len(fired)
    assert checked > 50


def test_compiled_conditions_and_evidence_fields_agree_with_the_tree_walk(evaluator: Evaluator, entries: list) -> None:
    """`predicate` says what `evaluate` says on every rule and listing (both sides of every rule);
    each rule's prepared evidence fields are the fields of `held_leaves` where the rule holds."""
    outcomes, choices = set(), 0
    for entry in entries:
        for fact in entry_facts(entry, evaluator.classifier, AT)[1]:
            for output in evaluator._outputs.values():
                condition = output.rule.condition
                holds = evaluate(condition, fact)
                assert predicate(condition)(fact) == holds, (output.rule.id, fact["sku"])
                outcomes.add(holds)
                if holds:
                    expected = tuple(dict.fromkeys(leaf.field for leaf in held_leaves(condition, fact)))
                    assert output.fields_held(fact) == expected, (output.rule.id, fact["sku"])
                    choices += output.evidence_fields is None
    assert outcomes == {True, False} and choices > 20


def _effective(rule) -> bool:  # noqa: ANN001
    from crossguard.engine.compiler import is_effective

    return is_effective(rule, AT)


def test_a_listing_goes_to_one_ruleset_holding_its_region_and_the_global_rules(tmp_path: Path) -> None:
    write_pack(tmp_path, "eu", [rule("EU-R-001", {"field": "cls.radio", "eq": True})], jurisdiction="EU")
    write_pack(tmp_path, "glob", [rule("GL-R-001", {"field": "cls.radio", "eq": True})])
    evaluator = Evaluator(load_packs([tmp_path]))
    assert len(evaluator._route("listing", "EU").rulesets) == 1
    assert {r.id for r in evaluator.matching_rules("listing", {"day": 1, "region": "EU", "cls.radio": True})} \
        == {"EU-R-001", "GL-R-001"}
    assert [r.id for r in evaluator.matching_rules("listing", {"day": 1, "region": "JP", "cls.radio": True})] \
        == ["GL-R-001"]


def test_rule_names_the_engine_could_not_write_back_plainly_are_refused() -> None:
    host = SyncHost()
    definition = {'bad"name': {"all": [{"m": {"$and": [{"t": "x"}, {"v": 1}]}}], "run": "a"}}
    with pytest.raises(EngineError, match="quote or backslash"):
        host.register("quoted_names", definition, {"a": lambda c: None})


def test_prepared_findings_equal_validated_ones(evaluator: Evaluator, entries: list) -> None:
    """Findings built without re-validation equal the ones pydantic validates from the same values."""
    from crossguard.engine.findings import Finding

    decisions = [d for entry in entries for d in evaluator.check_entry(entry, AT)]
    findings = [f for d in decisions for f in d.findings]
    assert len(findings) > 50
    for finding in findings:
        assert Finding.model_validate(finding.model_dump()) == finding
    for decision in decisions:
        assert decision.decision == decide(decision.findings)


def test_evidence_shared_by_a_products_listings_equals_evidence_made_per_finding(evaluator: Evaluator,
                                                                                 entries: list) -> None:
    """Product fields' evidence is made once per product and reused; it equals what each finding would make."""
    shared = 0
    for entry in entries:
        for verdict in evaluator.decide_entry(entry, AT):
            context = {"sku": verdict.listing.sku, "market": verdict.listing.market,
                       "marketplace": verdict.listing.marketplace}
            alone = [output.finding(verdict.fact, verdict.subject, verdict.basis, context)
                     for output in verdict.matched]
            assert verdict.findings() == alone
            shared += len(verdict.product.evidence)
    assert shared > 20


def test_a_listing_payload_from_its_products_encoded_half_reads_as_the_whole_fact(evaluator: Evaluator,
                                                                                   entries: list) -> None:
    """The product's keys encoded once per route plus the listing's: the same keys and values the
    plain projection sends (fields read only for presence as true), and the same rules fired in the same order."""
    import json

    for entry in entries:
        product, facts = entry_facts(entry, evaluator.classifier, AT, evaluator.product_facts)
        for fact in facts:
            found = evaluator._route("listing", fact["region"])
            _shape, opening, listing = evaluator.payload_key("listing", fact, product)
            whole = {key: True if key in found.presence else fact[key] for key in found.fields if key in fact}
            assert json.loads(opening + listing[1:]) == {**whole, "t": "listing"}
            plain = evaluator.payload_key("listing", fact)
            assert plain[1] == "{" and json.loads(plain[2]) == {**whole, "t": "listing"}
            assert evaluator.matched_outputs("listing", fact, product) == evaluator.matched_outputs("listing", fact)
    assert product.payloads


def test_decision_only_path_decides_as_the_full_check(evaluator: Evaluator, entries: list) -> None:
    for entry in entries:
        verdicts = evaluator.decide_entry(entry, AT)
        decisions = evaluator.check_entry(entry, AT)
        assert [v.decision for v in verdicts] == [d.decision for d in decisions]
        assert [v.findings() for v in verdicts] == [d.findings for d in decisions]


def test_stored_rows_from_workers_equal_the_rows_of_findings(evaluator: Evaluator, entries: list) -> None:
    """Workers make rows straight from the matched rules; their hash must be the one Findings give, or an
    unchanged catalog would look changed to the register."""
    evidence = TypeAdapter(list[Evidence])
    compared = 0
    for entry in entries:
        for verdict in evaluator.decide_entry(entry, AT):
            findings = verdict.findings()
            rows = verdict_rows(verdict)
            assert rows == finding_rows(findings)
            for row, finding in zip(rows, findings, strict=True):
                assert row[0] == finding.fingerprint
                assert row[3][10] == evidence.dump_json(finding.evidence).decode()
            compared += len(rows)
    assert compared > 50


def test_rows_from_row_plans_equal_the_rows_of_findings(evaluator: Evaluator, entries: list, monkeypatch) -> None:  # noqa: ANN001
    """A payload's first listing takes the rules' own row plans, its second makes the payload's and later ones
    use them: every pass gives the rows of the findings, the product's evidence shared by its listings."""
    monkeypatch.setattr(rows_module, "_PLANS", rows_module._Plans())
    expected = [finding_rows(finding for verdict in evaluator.decide_entry(entry, AT) for finding in verdict.findings())
                for entry in entries]
    for _ in range(3):
        assert [entry_rows(evaluator.decide_entry(entry, AT)) for entry in entries] == expected
    assert any(plans for plans in rows_module._PLANS._matches.values())
    tiny = rows_module._Plans(size=2)  # emptied when full: rows stay the same
    monkeypatch.setattr(rows_module, "_PLANS", tiny)
    for _ in range(2):
        assert [entry_rows(evaluator.decide_entry(entry, AT)) for entry in entries] == expected
    assert len(tiny._matches) <= 2


def test_row_plans_are_shared_by_payloads_with_the_same_plan_key(evaluator: Evaluator, entries: list,
                                                                  monkeypatch) -> None:  # noqa: ANN001
    """Payloads that give a rule the same plan (the check's plan keys, `engine/plan_cache.py`) share one row
    plan, made on the first of them: the rows are those of the findings in any order of the payloads."""
    monkeypatch.setattr(rows_module, "_PLANS", rows_module._Plans())
    expected = [finding_rows(finding for verdict in evaluator.decide_entry(entry, AT) for finding in verdict.findings())
                for entry in entries]
    assert [entry_rows(evaluator.decide_entry(entry, AT)) for entry in reversed(entries)] == expected[::-1]
    assert [entry_rows(evaluator.decide_entry(entry, AT)) for entry in entries] == expected
    plans = [plan for made in rows_module._PLANS._matches.values() for plan in made]
    assert len({id(plan) for plan in plans}) < len(plans)


def _own_listing_fields(entry: object, number: int) -> object:
    """The entry with each listing's own fields (its economic operator's name, its manufacturer's email and
    address) made different from its siblings'."""
    listings = []
    for index, listing in enumerate(entry.listings):  # type: ignore[attr-defined]
        operator = listing.economic_operator
        update = {"manufacturer_email": f"seller{number}-{index}@example.com",
                  "manufacturer_address": f"{index} Listing Street"}
        if operator is not None:
            update["economic_operator"] = operator.model_copy(update={"name": f"{operator.name} {index}"})
        listings.append(listing.model_copy(update=update))
    return entry.model_copy(update={"listings": listings})  # type: ignore[attr-defined]


def test_a_products_listings_share_only_what_reads_product_fields(evaluator: Evaluator, entries: list,
                                                                  monkeypatch) -> None:  # noqa: ANN001
    """`entry_rows` makes a message or an evidence list once per product when it reads product fields only; a
    listing field in a message or the evidence (the operator's name, the manufacturer's email) is each
    listing's own, so listings that differ in them get their own rows."""
    monkeypatch.setattr(rows_module, "_PLANS", rows_module._Plans())
    changed = [_own_listing_fields(entry, number) for number, entry in enumerate(entries)]
    own = 0
    for _ in range(2):
        for entry in changed:
            verdicts = evaluator.decide_entry(entry, AT)
            rows = entry_rows(verdicts)
            assert rows == finding_rows(finding for verdict in verdicts for finding in verdict.findings())
            assert rows == [row for verdict in verdicts for row in verdict_rows(verdict)]
            own += sum(" 1 (" in row[3][9] or "seller" in row[3][10] for row in rows)
    assert own > 0  # the listings' own values are in some messages and evidence
    shared = [plan for plan in rows_module._PLANS._shared.values()]
    assert any(plan.product_message for plan in shared) and any(not plan.product_message for plan in shared
                                                                if type(plan.message) is not str)
    assert any(plan.product_evidence is not None for plan in shared)


def test_listings_sharing_row_plans_keep_their_own_fields_in_messages_and_evidence(tmp_path: Path,
                                                                                  monkeypatch) -> None:  # noqa: ANN001
    """A product's listings whose rules' plans have one key (their e-mails sent only as present) share each rule's
    row plan, yet each row shows its own listing's e-mail in the message and the evidence."""
    monkeypatch.setattr(rows_module, "_PLANS", rows_module._Plans())
    when = {"all": [{"field": "listing.manufacturer_email", "exists": True}, {"field": "sku", "exists": True}]}
    own = rule("OWN-1", when, message="{title} ({sku}) sold by {listing.manufacturer_email}")
    pack = write_pack(tmp_path, "own", [own, rule("OWN-2", when)])
    evaluator = Evaluator.from_paths([pack])
    entry = make_entry("S-1", markets=("DE", "FR", "IT"))
    entry = entry.model_copy(update={"listings": [listing.model_copy(update={"manufacturer_email": f"m{i}@example.com"})
                                                  for i, listing in enumerate(entry.listings)]})
    for _ in range(2):
        verdicts = evaluator.decide_entry(entry, AT)
        rows = entry_rows(verdicts)
        assert rows == finding_rows(finding for verdict in verdicts for finding in verdict.findings())
        messages = [row[3][9] for row in rows if row[1] == "OWN-1"]
        assert messages == [f"Product S-1 (S-1) sold by m{i}@example.com" for i in range(3)]
        assert all(f"m{i}@example.com" in row[3][10] for i, row in enumerate(rows[0::2]))
    assert len(rows_module._PLANS._shared) == 2  # one plan a rule for the three payloads


def test_rows_of_a_value_orjson_cannot_write_are_written_as_pydantic_writes_them(evaluator: Evaluator,
                                                                                  entries: list) -> None:
    """An integer beyond 64 bits in an evidence field: the row's evidence comes from pydantic's writer, as
    `finding_rows` writes it."""
    changed = 0
    for entry in entries:
        for verdict in evaluator.decide_entry(entry, AT):
            for output in verdict.matched:
                for name in output.evidence_fields or ():  # (an `any:`'s branches would test the value)
                    fact = {**verdict.fact, name: 2**70}
                    alone = Verdict(verdict.subject, verdict.listing, verdict.decision, [output], fact, verdict.basis)
                    rows = verdict_rows(alone)
                    assert rows == finding_rows(alone.findings())
                    assert str(2**70) in rows[0][3][10]
                    changed += 1
    assert changed > 50


def test_a_failing_write_on_the_writer_thread_fails_the_scan_and_rolls_back(db_engine: Engine, monkeypatch) -> None:  # noqa: ANN001
    before = baseline(db_engine)
    real = apply_module.Applier.absorb
    calls = 0

    def absorb(self, batch, results):  # noqa: ANN001, ANN202
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk full while writing")
        return real(self, batch, results)

    monkeypatch.setattr(apply_module.Applier, "absorb", absorb)
    with pytest.raises(RuntimeError, match="disk full"):
        scan(db_engine, second_catalog(), toy_evaluate, chunk_size=5, reuse=False)
    assert snapshot(db_engine) == before


def test_row_plans_stay_bounded_across_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that builds a new engine per scan (the scheduler scans in process) gives the row plans new rules
    each time: the plans' per-rule slots are bounded like the rest of the cache, never one set per past scan."""
    plans = rows_module._Plans(size=64)
    monkeypatch.setattr(rows_module, "_PLANS", plans)
    entries = load_catalog([ROOT / "examples" / "catalog.yaml"]).entries
    sizes = []
    for _ in range(4):  # four scans, each with its own engine
        evaluator = Evaluator.from_paths(None)
        rows = [entry_rows(evaluator.decide_entry(entry, AT)) for entry in entries]
        assert any(rows)
        sizes.append(len(plans._groups._slots))
    assert max(sizes) <= 64, sizes
    assert sizes[0] > 0
