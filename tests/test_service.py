"""The pre-listing check over real HTTP (uvicorn on 127.0.0.1, httpx as client): tokens, and the
register's waivers honoured on both sides of the waiver's last day."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
import yaml

from crossguard.accounts.models import Scope
from crossguard.accounts.tokens import create_token
from crossguard.register import lifecycle
from crossguard.service.options import ServiceOptions
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from crossguard.usecases.scan import scan_catalog
from tests.packs import rule, write_pack
from tests.service_support import serving, write_config


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    folder = tmp_path_factory.mktemp("svc")
    packs = folder / "packs"
    packs.mkdir()
    write_pack(packs, "svc", [
        rule("SV-RED-001", {"all": [{"field": "cls.radio", "eq": True}, {"field": "certs", "not_contains": "CE:RED"}]},
             blocks_listing=True),
        rule("SV-INFO-001", {"field": "listing.has_image", "exists": False}, severity="low"),
        rule("SV-REV-001", {"field": "title", "imatches": ".*prototype.*"}, severity="medium", reviews_listing=True),
    ], jurisdiction="EU")
    catalog = folder / "catalog.yaml"
    catalog.write_text(yaml.safe_dump([{"sku": "SPK-9", "title": "Bluetooth speaker", "listings": [
        {"marketplace": "amazon", "market": "DE", "has_image": True}, {"marketplace": "amazon", "market": "FR",
                                                                        "has_image": True}]}]))
    db_url = f"sqlite:///{folder / 'register.db'}"
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    scan_catalog(engine, [catalog], rules=[packs], at=lifecycle.today_utc())
    tokens = {scope: create_token(engine, f"t-{scope.value}", scope, "test")[1] for scope in Scope}
    options = ServiceOptions(db_url=db_url, config=str(write_config(folder)), rules=[str(packs)])
    with serving(options) as base_url:
        yield {"url": base_url, "engine": engine, "tokens": tokens, "packs": packs, "db_url": db_url}
    engine.dispose()


def _speaker(certs: list[dict]) -> dict:
    return {"product": {"sku": "SPK-9", "title": "Bluetooth speaker", "certificates": certs},
            "listings": [{"sku": "SPK-9", "marketplace": "amazon", "market": "DE", "has_image": True},
                         {"sku": "SPK-9", "marketplace": "amazon", "market": "US"}]}


def _check(site: dict, body: dict, scope: Scope | None = Scope.check, **params: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {site['tokens'][scope]}"} if scope else {}
    return httpx.post(f"{site['url']}/v1/check", params=params, json=body, headers=headers, timeout=10)


def test_check_needs_a_token_with_scope_check(site: dict) -> None:
    assert _check(site, _speaker([]), scope=None).status_code == 401
    assert _check(site, _speaker([]), scope=Scope.read).status_code == 403
    wrong = httpx.post(f"{site['url']}/v1/check", json=_speaker([]), timeout=10,
                       headers={"Authorization": "Bearer cg_not-a-token"})
    assert wrong.status_code == 401


def test_blocked_and_allowed_over_http(site: dict) -> None:
    response = _check(site, _speaker([]), at="2026-01-01")
    assert response.status_code == 200
    body = response.json()
    assert body["schema"] == "crossguard.check/2"
    decisions = {d["market"]: d for d in body["decisions"]}
    assert decisions["DE"]["decision"] == "block"
    assert [f["rule_id"] for f in decisions["DE"]["findings"]] == ["SV-RED-001"]
    assert decisions["DE"]["findings"][0]["waived"] is False
    assert decisions["US"]["decision"] == "allow"  # an EU pack does not judge a US listing
    certified = _speaker([{"scheme": "CE", "directives": ["RED"], "issued": "2025-01-01", "expires": "2027-01-01"}])
    assert _check(site, certified, at="2026-01-01").json()["summary"] == {
        "listings": 2, "allowed": 2, "review": 0, "blocked": 0, "input_errors": 0}
    assert _check(site, certified, at="2027-01-01").json()["summary"]["blocked"] == 1


def test_invalid_input_is_422_with_the_field(site: dict) -> None:
    bad = _speaker([])
    bad["listings"][0]["market"] = "Germany"
    response = _check(site, bad)
    assert response.status_code == 422
    assert any(err["loc"][-1] == "market" for err in response.json()["detail"])


def test_health_lists_pack_versions(site: dict) -> None:
    assert httpx.get(f"{site['url']}/health", timeout=10).json() == {"status": "ok", "packs": {"svc": "1.0"}}


def test_checks_are_counted_by_decision(site: dict) -> None:
    def blocked() -> float:
        metrics = httpx.get(f"{site['url']}/metrics", timeout=10).text
        found = re.search(r'^crossguard_checks_total\{decision="block"\} (\S+)$', metrics, re.M)
        return float(found.group(1)) if found else 0.0

    before = blocked()
    _check(site, _speaker([]), at="2026-01-01")  # DE blocked, US allowed
    assert blocked() == before + 1


def test_request_takes_the_catalog_schema(site: dict) -> None:
    """Listings may omit their sku and use the `markets` shorthand, as in a catalog file."""
    body = {"product": {"sku": "SPK-9", "title": "Bluetooth speaker"},
            "listings": [{"marketplace": "amazon", "markets": ["DE", "FR"], "has_image": True}]}
    response = _check(site, body, at="2026-01-01")
    assert response.status_code == 200
    assert [d["subject"] for d in response.json()["decisions"]] == ["SPK-9@amazon:DE", "SPK-9@amazon:FR"]
    body["listings"][0]["sku"] = "OTHER"
    response = _check(site, body)
    assert response.status_code == 422 and "not the product's 'SPK-9'" in response.text


def test_a_waived_finding_does_not_block_until_its_waiver_ends(site: dict, today: date) -> None:
    engine = site["engine"]
    lifecycle.waive(engine, "1", by="carol", reason="DoC renewal in progress", until=today + timedelta(days=3))
    body = {"product": {"sku": "SPK-9", "title": "Bluetooth speaker"},
            "listings": [{"marketplace": "amazon", "markets": ["DE", "FR"], "has_image": True}]}
    on_last_day = _check(site, body, at=str(today + timedelta(days=3))).json()
    waived = [d for d in on_last_day["decisions"] if d["findings"][0]["waived"]]
    assert len(waived) == 1 and waived[0]["decision"] == "allow" and waived[0]["decision_without_waivers"] == "block"
    finding = waived[0]["findings"][0]
    assert (finding["waived_until"], finding["waived_by"]) == (str(today + timedelta(days=3)), "carol")
    assert on_last_day["summary"]["blocked"] == 1  # the other market is not waived
    after = _check(site, body, at=str(today + timedelta(days=4))).json()
    assert after["summary"]["blocked"] == 2 and not any(f["waived"] for d in after["decisions"] for f in d["findings"])
    lifecycle.resolve(engine, "1", by="carol", note="test over")


def test_the_check_can_be_opened_on_loopback_by_configuration(site: dict, tmp_path: Path) -> None:
    config = write_config(tmp_path, access={"open_check_on_loopback": True})
    options = ServiceOptions(db_url=site["db_url"], config=str(config), rules=[str(site["packs"])])
    with serving(options) as url:
        assert httpx.post(f"{url}/v1/check", json=_speaker([]), timeout=10).status_code == 200
        assert httpx.get(f"{url}/v1/findings", timeout=10).status_code == 401  # only the check is opened


def test_waiving_the_blocking_finding_leaves_a_review_in_review(site: dict, today: date) -> None:
    """check/2: with the blocking finding waived, a finding asking for review still holds the listing."""
    engine = site["engine"]
    body = {"product": {"sku": "SPK-9", "title": "Bluetooth speaker prototype"},
            "listings": [{"marketplace": "amazon", "market": "FR", "has_image": True}]}
    before = _check(site, body).json()["decisions"][0]
    assert before["decision"] == "block" and "decision_without_waivers" not in before
    blocking = next(f["fingerprint"] for f in before["findings"] if f["rule_id"] == "SV-RED-001")
    lifecycle.waive(engine, blocking, by="carol", reason="accepted", until=today)
    after = _check(site, body).json()["decisions"][0]
    assert (after["decision"], after["decision_without_waivers"]) == ("review", "block")
    assert [(f["rule_id"], f["waived"]) for f in after["findings"]] == [("SV-RED-001", True), ("SV-REV-001", False)]
    lifecycle.resolve(engine, blocking, by="carol", note="test over")


def test_the_check_applies_the_registers_classification_override(site: dict) -> None:
    """As `check --db` does: an officer's decision of what a product is changes which rules apply."""
    from crossguard.register.classification import remove_override, set_override

    body = {"product": {"sku": "SPK-9", "title": "Bluetooth speaker"},
            "listings": [{"marketplace": "amazon", "market": "DE", "has_image": True}]}
    assert _check(site, body, at="2026-01-01").json()["decisions"][0]["decision"] == "block"
    set_override(site["engine"], "SPK-9", product_type=None, classes={"radio": False}, reason="wired only", by="olga")
    try:
        assert _check(site, body, at="2026-01-01").json()["decisions"][0]["decision"] == "allow"
    finally:
        remove_override(site["engine"], "SPK-9", reason="test over", by="olga")
    assert _check(site, body, at="2026-01-01").json()["decisions"][0]["decision"] == "block"


def test_check_body_shape_is_a_422_naming_the_part_and_the_schema_is_still_published(site: dict) -> None:
    """The body is validated once, by the catalog loader; its shape (product, non-empty listings) first."""
    missing = _check(site, {"product": {"sku": "X-1", "title": "Kettle"}})
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["body", "listings"]
    empty = _check(site, {"product": {"sku": "X-1", "title": "Kettle"}, "listings": []})
    assert empty.status_code == 422 and empty.json()["detail"][0]["loc"] == ["body", "listings"]
    not_a_product = _check(site, {"product": "kettle", "listings": [{"marketplace": "amazon", "market": "DE"}]})
    assert not_a_product.status_code == 422 and not_a_product.json()["detail"][0]["loc"] == ["body", "product"]
    bad_field = _check(site, {"product": {"sku": "X-1"}, "listings": [{"marketplace": "amazon", "market": "DE"}]})
    assert bad_field.status_code == 422 and "title" in str(bad_field.json()["detail"])
    assert _check(site, [1, 2]).status_code == 422
    schema = httpx.get(f"{site['url']}/openapi.json", timeout=10).json()
    body = schema["paths"]["/v1/check"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert set(body["required"]) == {"product", "listings"}


def test_the_first_waiver_in_force_is_honoured_by_the_next_check(site: dict, today: date) -> None:
    """With no waiver in force the check skips the waiver lookup; one waiver created makes the next check look."""
    from crossguard.register.queries import register_holds

    engine = site["engine"]
    catalog = site["packs"].parent / "catalog-2.yaml"  # the site's product and a new one, whose findings are open
    catalog.write_text(yaml.safe_dump([{"sku": sku, "title": "Bluetooth speaker", "listings": [
        {"marketplace": "amazon", "market": "DE", "has_image": True}]} for sku in ("SPK-9", "SPK-11")]))
    scan_catalog(engine, [catalog], rules=[site["packs"]], at=today)
    body = {"product": {"sku": "SPK-11", "title": "Bluetooth speaker"},
            "listings": [{"marketplace": "amazon", "market": "DE", "has_image": True}]}
    assert not register_holds(engine, today).waivers  # the fast path is the one taken first
    before = _check(site, body).json()["decisions"][0]
    assert before["decision"] == "block"
    lifecycle.waive(engine, before["findings"][0]["fingerprint"], by="carol", reason="accepted", until=today)
    try:
        assert register_holds(engine, today).waivers and not register_holds(engine, today + timedelta(days=1)).waivers
        after = _check(site, body).json()["decisions"][0]
        assert (after["decision"], after["findings"][0]["waived"]) == ("allow", True)
        assert _check(site, body, at=str(today + timedelta(days=1))).json()["decisions"][0]["decision"] == "block"
    finally:
        lifecycle.resolve(engine, before["findings"][0]["fingerprint"], by="carol", note="test over")
