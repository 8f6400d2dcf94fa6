"""The register API and the workspace's forms over real HTTP: typed responses, token scopes, audit
names, CSRF, login throttling, roles, exports (CSV with BOM and Chinese text, XLSX), metrics, docs."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, timedelta

import httpx
import pytest
from openpyxl import load_workbook

from crossguard.accounts.models import Role, Scope
from crossguard.accounts.tokens import create_token
from crossguard.accounts.users import add_user
from crossguard.engine.findings import Evidence, Finding, Severity
from crossguard.register.classification import current_overrides
from crossguard.service.options import ServiceOptions
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from tests.conftest import make_entry, scan
from tests.service_support import serving, write_config

PASSWORD = "correct horse battery"


def chinese_findings(batch: list) -> list[list[Finding]]:
    """Two findings per entry, one with a Chinese message (sellers' catalog text often is)."""
    out = []
    for entry in batch:
        found = []
        for listing in entry.listings:
            common = {"pack_id": "toy", "pack_version": "1.0", "subject_kind": "listing", "sku": listing.sku,
                      "subject": f"{listing.sku}@{listing.marketplace}:{listing.market}", "market": listing.market,
                      "marketplace": listing.marketplace, "remediation": "上传符合性声明", "references": [
                          "https://eur-lex.europa.eu/eli/dir/2014/53/oj", "Directive 2014/53/EU Art. 10"]}
            found.append(Finding(rule_id="toy.no_cert", rule_title="No certificate", severity=Severity.critical,
                                 message=f"{listing.sku} 没有证书 (no certificate)",
                                 evidence=[Evidence(field="certs", value=[], basis="none held")], **common))
            found.append(Finding(rule_id="toy.low", rule_title="Minor", severity=Severity.low,
                                 message="=cmd|' /C calc'!A0", evidence=[], **common))
        out.append(found)
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    folder = tmp_path_factory.mktemp("reg")
    db_url = f"sqlite:///{folder / 'register.db'}"
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    scan(engine, [make_entry(f"SKU-{i}") for i in range(30)], chinese_findings)  # 120 findings
    tokens = {scope: create_token(engine, f"bot-{scope.value}", scope, "test")[1] for scope in Scope}
    for name, role in (("olivia", Role.officer), ("victor", Role.viewer), ("ada", Role.admin)):
        add_user(engine, name, role, PASSWORD)
    config = write_config(folder, access={"max_failed_logins": 3, "lockout_seconds": 600})
    with serving(ServiceOptions(db_url=db_url, config=str(config))) as url:
        yield {"url": url, "engine": engine, "tokens": tokens}
    engine.dispose()


def api(site: dict, scope: Scope) -> httpx.Client:
    return httpx.Client(base_url=site["url"], headers={"Authorization": f"Bearer {site['tokens'][scope]}"},
                        timeout=10)


def test_findings_are_filtered_sorted_and_paginated(site: dict) -> None:
    with api(site, Scope.read) as client:
        page = client.get("/v1/findings", params={"severity": "critical", "market": "de", "per_page": 7,
                                                  "page": 2, "sort": "id"}).json()
        assert page["total"] == 30 and page["page"] == 2 and len(page["items"]) == 7
        assert [f["severity"] for f in page["items"]] == ["critical"] * 7
        ids = [f["id"] for f in page["items"]]
        assert ids == sorted(ids) and all(f["market"] == "DE" for f in page["items"])
        assert client.get("/v1/findings", params={"sort": "nonsense"}).status_code == 422
        assert client.get("/v1/findings/999999").status_code == 404


def test_changes_need_the_write_scope_and_are_audited_with_the_token_name(site: dict, today: date) -> None:
    with api(site, Scope.read) as reader:
        assert reader.post("/v1/findings/1/ack", json={}).status_code == 403
    with api(site, Scope.check) as checker:
        assert checker.get("/v1/findings").status_code == 403
    with api(site, Scope.write) as writer:
        body = writer.post("/v1/findings/1/waive", json={"reason": "relabel", "until": str(today)}).json()
        assert body["status"] == "waived" and body["waived_by"] == "token:bot-write"
        assert body["history"][-1]["actor"] == "token:bot-write" and body["history"][-1]["action"] == "waived"
        body = writer.post("/v1/findings/1/assign", json={"owner": "olivia", "due": str(today)}).json()
        assert body["owner"] == "olivia" and body["due_date"] == str(today)
        body = writer.post("/v1/findings/1/comment", json={"text": "supplier asked"}).json()
        assert body["comments"][-1]["author"] == "token:bot-write"
        assert writer.post("/v1/findings/1/ack", json={}).status_code == 409  # waived cannot be acknowledged
        past = writer.post("/v1/findings/2/waive", json={"reason": "x", "until": str(today - timedelta(days=1))})
        assert past.status_code == 422
        assert writer.get("/v1/findings/1").json()["evidence"] == [
            {"field": "certs", "value": [], "basis": "none held"}]


def test_summary_and_scans(site: dict) -> None:
    with api(site, Scope.read) as client:
        summary = client.get("/v1/summary").json()
        assert summary["latest_scan"]["produced"] == 120 and summary["overdue"] == 0
        assert sum(summary["to_fix_by_market"]["DE"].values()) >= 59
        assert [s["id"] for s in client.get("/v1/scans").json()] == [1]


def test_the_openapi_schema_is_typed_and_the_docs_work_offline(site: dict) -> None:
    schema = httpx.get(f"{site['url']}/openapi.json", timeout=10).json()
    assert {"FindingPage", "FindingDetail", "SummaryOut", "ScanOut"} <= set(schema["components"]["schemas"])
    ok = schema["paths"]["/v1/findings"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/FindingPage"}
    docs = httpx.get(f"{site['url']}/docs", timeout=10).text
    assert "cdn" not in docs.lower() and "/static/swagger/swagger-ui-bundle.js" in docs
    assert httpx.get(f"{site['url']}/static/swagger/swagger-ui-bundle.js", timeout=10).status_code == 200


def test_metrics_in_prometheus_format(site: dict) -> None:
    httpx.get(f"{site['url']}/health", timeout=10)
    text = httpx.get(f"{site['url']}/metrics", timeout=10).text
    assert 'crossguard_http_requests_total{method="GET",route="/health",status="200"}' in text
    assert "crossguard_http_request_duration_seconds_bucket" in text
    assert "crossguard_last_scan_duration_seconds" in text and "crossguard_feeds_failing " in text


# --- the workspace's forms, without a browser --------------------------------------------------------


def _csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def login(site: dict, name: str, password: str = PASSWORD) -> tuple[httpx.Client, httpx.Response]:
    client = httpx.Client(base_url=site["url"], timeout=10)
    token = _csrf(client.get("/login").text)
    response = client.post("/login", data={"username": name, "password": password, "csrf_token": token})
    return client, response


def test_pages_need_a_login_and_forms_need_the_csrf_token(site: dict) -> None:
    anonymous = httpx.get(f"{site['url']}/findings", timeout=10)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login?next=")
    client = httpx.Client(base_url=site["url"], timeout=10)
    client.get("/login")
    refused = client.post("/login", data={"username": "olivia", "password": PASSWORD, "csrf_token": "forged"})
    assert refused.status_code == 403
    officer, response = login(site, "olivia")
    assert response.status_code == 303
    no_token = officer.post("/findings/3/comment", data={"text": "hi"})
    assert no_token.status_code == 403


def test_login_is_throttled_after_repeated_failures(site: dict) -> None:
    add_user(site["engine"], "mallory", Role.viewer, PASSWORD)
    for _ in range(3):
        assert login(site, "mallory", "wrong password")[1].status_code == 401
    client, response = login(site, "mallory")
    assert response.status_code == 401 and "too many failed logins" in response.text


def test_a_viewer_reads_but_cannot_change(site: dict) -> None:
    viewer, _ = login(site, "victor")
    page = viewer.get("/findings/4")
    assert page.status_code == 200 and "Work this finding" not in page.text
    attempt = viewer.post("/findings/4/ack", data={"csrf_token": _csrf(page.text)})
    assert attempt.status_code == 403 and "officer" in attempt.text
    bulk = viewer.post("/findings/bulk", data={"csrf_token": _csrf(page.text), "action": "acknowledge",
                                               "filter": "", "confirm": "yes"})
    assert bulk.status_code == 403


def test_bulk_action_confirms_the_count_before_changing_anything(site: dict) -> None:
    officer, _ = login(site, "olivia")
    token = _csrf(officer.get("/findings").text)
    form = {"csrf_token": token, "action": "acknowledge", "filter": "severity=low&market=FR"}
    confirm = officer.post("/findings/bulk", data=form)
    assert "acknowledge 30 findings" in confirm.text
    with api(site, Scope.read) as reader:
        assert reader.get("/v1/findings", params={"severity": "low", "status": "acknowledged"}).json()["total"] == 0
        done = officer.post("/findings/bulk", data={**form, "confirm": "yes"})
        assert done.status_code == 303 and "done=30" in done.headers["location"]
        acked = reader.get("/v1/findings", params={"severity": "low", "status": "acknowledged", "per_page": 1})
        assert acked.json()["total"] == 30
        assert reader.get(f"/v1/findings/{acked.json()['items'][0]['id']}").json()["history"][-1]["actor"] == "olivia"


def test_exports_of_the_current_filter(site: dict) -> None:
    viewer, _ = login(site, "victor")
    raw = viewer.get("/findings.csv", params={"severity": "critical", "status": "all"})
    assert raw.content.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: spreadsheet programs then read the Chinese text
    rows = list(csv.DictReader(io.StringIO(raw.content.decode("utf-8-sig"))))
    assert len(rows) == 60 and "没有证书" in rows[0]["message"] and rows[0]["due_date"]
    low = list(csv.DictReader(io.StringIO(viewer.get("/findings.csv", params={"severity": "low"}).text)))
    assert low[0]["message"].startswith("'=")  # formula defused
    book = load_workbook(io.BytesIO(viewer.get("/findings.xlsx", params={"severity": "critical",
                                                                          "status": "all"}).content))
    sheet = book.active
    assert sheet.max_row == 61 and [c.value for c in sheet[1]][:4] == ["id", "fingerprint", "status", "severity"]


def test_admins_manage_tokens_and_users_from_the_web(site: dict) -> None:
    officer, _ = login(site, "olivia")
    assert officer.get("/admin").status_code == 403
    admin, _ = login(site, "ada")
    token = _csrf(admin.get("/admin").text)
    created = admin.post("/admin/tokens", data={"csrf_token": token, "name": "etl", "scope": "read"})
    plain = re.search(r'data-testid="new-token">([^<]+)<', created.text).group(1)
    assert httpx.get(f"{site['url']}/v1/summary", headers={"Authorization": f"Bearer {plain}"},
                     timeout=10).status_code == 200
    assert plain not in admin.get("/admin").text  # shown once
    admin.post("/admin/tokens/etl/revoke", data={"csrf_token": token})
    assert httpx.get(f"{site['url']}/v1/summary", headers={"Authorization": f"Bearer {plain}"},
                     timeout=10).status_code == 401
    admin.post("/admin/users", data={"csrf_token": token, "name": "temp", "role": "viewer", "password": PASSWORD})
    temp, response = login(site, "temp")
    assert response.status_code == 303 and temp.get("/findings").status_code == 200
    admin.post("/admin/users/temp/disable", data={"csrf_token": token})
    assert temp.get("/findings").status_code == 303  # the open session ends with the account


def test_failed_alerts_are_retried_by_officers_and_feed_errors_shown(site: dict) -> None:
    from sqlalchemy import select, update

    from crossguard.notifiers.alert import Alert, AlertKind, alert_key
    from crossguard.notifiers.config import NotifyConfig, Route
    from crossguard.notifiers.models import Delivery
    from crossguard.notifiers.outbox import Outbox
    from crossguard.store.db import session_scope, utcnow
    from crossguard.watchers.models import FeedState

    engine = site["engine"]
    config = NotifyConfig(routes=[Route(name="all", notifier="console")])
    Outbox(engine, config).enqueue(Alert(key=alert_key("test", "retry"), kind=AlertKind.feed_item, source="test",
                                         severity=Severity.high, title="CPSC recall: chargers", subject="item 1"))
    with session_scope(engine) as s:
        delivery_id = s.scalar(select(Delivery.id))
        s.execute(update(Delivery).values(status="failed", last_error="channel_not_found"))
        s.add(FeedState(name="cpsc-recalls", url="http://127.0.0.1:9/feed", kind="rss", failures=3,
                        last_error="HTTP 503 Service Unavailable", last_polled_at=utcnow(), items_total=0,
                        last_new_items=0))
    viewer, _ = login(site, "victor")
    page = viewer.get("/alerts", params={"status": "failed"})
    assert "channel_not_found" in page.text and "Retry" not in page.text
    assert viewer.post(f"/alerts/{delivery_id}/retry", data={"csrf_token": _csrf(page.text)}).status_code == 403
    officer, _ = login(site, "olivia")
    page = officer.get("/alerts", params={"status": "failed"})
    assert officer.post(f"/alerts/{delivery_id}/retry", data={"csrf_token": _csrf(page.text)}).status_code == 303
    with session_scope(engine) as s:
        assert s.scalar(select(Delivery.status).where(Delivery.id == delivery_id)) == "pending"
    assert "HTTP 503 Service Unavailable" in officer.get("/feeds").text
    metrics = httpx.get(f"{site['url']}/metrics", timeout=10).text
    assert "crossguard_feeds_failing 1.0" in metrics and 'crossguard_outbox_deliveries{status="pending"} 1.0' in metrics


def test_an_officer_overrides_a_products_classification_from_the_finding_page(site: dict) -> None:
    """The finding page shows the classes the rule read and the officer's override, which it can set and remove."""
    officer, _ = login(site, "olivia")
    page = officer.get("/findings/5")
    assert page.status_code == 200 and 'data-testid="classification"' in page.text
    assert "None: the classifier" in page.text
    csrf = _csrf(page.text)
    bad = officer.post("/findings/5/classify", data={"csrf_token": csrf, "classes": "wings=yes", "reason": "r"})
    assert bad.status_code == 422 and "NAME=yes" in bad.text
    unknown = officer.post("/findings/5/classify",
                           data={"csrf_token": csrf, "product_type": "hovercraft", "reason": "r"})
    assert unknown.status_code == 422 and "not a product type" in unknown.text
    done = officer.post("/findings/5/classify", data={"csrf_token": csrf, "product_type": "smart_plug",
                                                      "classes": "radio=yes", "reason": "photo shows a plug"})
    assert done.status_code == 303 and done.headers["location"].endswith("#classification")
    page = officer.get("/findings/5").text
    assert "type smart_plug, radio=yes" in page and "by olivia: photo shows a plug" in page
    with site["engine"].connect() as conn:
        sku = next(iter(current_overrides(conn)))
        assert current_overrides(conn)[sku].product_type == "smart_plug"
    removed = officer.post("/findings/5/unclassify", data={"csrf_token": _csrf(page), "reason": "wrong photo"})
    assert removed.status_code == 303
    page = officer.get("/findings/5").text
    assert "None: the classifier" in page and "Override history (2)" in page
    viewer, _ = login(site, "victor")
    assert "Set override" not in viewer.get("/findings/5").text
