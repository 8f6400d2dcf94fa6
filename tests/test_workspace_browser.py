"""The workspace in a real browser: Playwright for Python driving Debian's Chromium.

An officer logs in, filters, bulk-waives with the confirmation, opens a finding, comments, sees the
audit entries and logs out; a viewer sees everything and can change nothing; the list fits a
phone's width. Screenshots go to ``$CROSSGUARD_SCREENSHOTS`` (default: the test's temporary folder);
the README's come from a run with ``CROSSGUARD_SCREENSHOTS=docs/screenshots``.
Chromium comes from Debian (``apt-get install chromium``; ``.ci/run`` installs it when missing).
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest

from crossguard.accounts.models import Role
from crossguard.accounts.users import add_user
from crossguard.register import lifecycle, queries
from crossguard.service.options import ServiceOptions
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from crossguard.usecases.scan import scan_catalog
from tests.service_support import serving, write_config

CHROMIUM = Path("/usr/bin/chromium")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PASSWORD = "demo-password-1"
SCAN_AT = lifecycle.today_utc()
TREND_DAYS = (date(2024, 6, 1), date(2025, 9, 1), SCAN_AT)

playwright_api = pytest.importorskip("playwright.sync_api")


def new_page(browser: object, **options: object) -> object:
    """A page whose steps fail after 8 s (not Playwright's 30): a broken page should fail the test fast."""
    page = browser.new_page(**options)  # type: ignore[attr-defined]
    page.set_default_timeout(8000)
    return page


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing under CI (.ci/run installs it)", pytrace=False)
        pytest.skip("no /usr/bin/chromium: apt-get install chromium")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()


@contextmanager
def served(folder: Path, scans: list[tuple[date, Path | None]]) -> Iterator[dict]:
    """A register in ``folder`` after the scans of the sample catalog as of each (date, seller data), served
    to an officer (alice) and a viewer (victor); screenshots go to ``$CROSSGUARD_SCREENSHOTS`` or ``folder``."""
    db_url = f"sqlite:///{folder / 'register.db'}"
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    for at, data in scans:
        scan_catalog(engine, [EXAMPLES / "catalog.yaml"], data_dir=data, at=at, workers=1)
    add_user(engine, "alice", Role.officer, PASSWORD)
    add_user(engine, "victor", Role.viewer, PASSWORD)
    shots = Path(os.environ.get("CROSSGUARD_SCREENSHOTS") or folder / "screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    try:
        with serving(ServiceOptions(db_url=db_url, config=str(write_config(folder)))) as url:
            yield {"url": url, "engine": engine, "shots": shots}
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    # three scans, as of three dates: the dashboard's trend has three points; the sample seller data is dated 2026
    scans = [(at, EXAMPLES / "data" if at == SCAN_AT else None) for at in TREND_DAYS]
    with served(tmp_path_factory.mktemp("workspace"), scans) as site:
        yield site


def count(engine: object, **filters: object) -> int:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return queries.count_findings(conn, queries.Filters(**filters))


def log_in(page: object, url: str, name: str) -> None:
    page.goto(url + "/")
    assert "/login" in page.url
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(url + "/")
    assert page.inner_text("[data-testid=who]").startswith(name)


def test_an_officer_filters_bulk_waives_comments_and_sees_the_audit_trail(browser: object, site: dict) -> None:
    page = new_page(browser, viewport={"width": 1280, "height": 900})
    url, engine = site["url"], site["engine"]
    log_in(page, url, "alice")
    assert page.inner_text("[data-testid=overdue]").startswith("0")
    critical = page.get_attribute("svg.chart polyline[stroke='#b3261e']", "points")
    assert len(critical.split()) == len(TREND_DAYS)  # one point per scan
    page.screenshot(path=str(site["shots"] / "dashboard.png"), full_page=True)

    page.click("nav >> text=Findings")
    page.click("details.filters summary")
    page.check("input[name=severity][value=critical]")
    page.select_option("select[name=market]", "DE")
    page.click("text=Apply filters")
    expected = count(engine, severities=["critical"], markets=["DE"])
    assert expected > 1 and page.inner_text("[data-testid=total]") == f"{expected} matching"
    page.screenshot(path=str(site["shots"] / "findings.png"))

    until = SCAN_AT + timedelta(days=30)
    page.click("[data-testid=bulk] summary")
    page.select_option("select[name=action]", "waive")
    page.fill("input[name=reason]", "Relabelling batch 42")
    page.fill("input[name=until]", until.isoformat())
    page.click("text=Review…")
    assert f"waive {expected} findings" in page.inner_text("[data-testid=confirm-count]")
    assert count(engine, statuses=["waived"]) == 0  # nothing changed before the confirmation
    page.click(f"text=Yes, waive {expected} findings")
    assert page.inner_text("[data-testid=done]") == f"waive: {expected} findings changed."
    assert count(engine, statuses=["waived"], markets=["DE"], severities=["critical"]) == expected

    page.click("[data-testid=finding-link] >> nth=0")
    assert page.inner_text("[data-testid=status]").startswith("waived")
    page.fill("textarea[name=text]", "Supplier sends the new DoC on Friday")
    page.click("text=Add comment")
    assert page.inner_text("[data-testid=comment]").endswith("Supplier sends the new DoC on Friday")
    history = page.inner_text("[data-testid=history]")
    assert re.search(r"alice\s+waived\s+open → waived\s+until " + until.isoformat(), history)
    assert re.search(r"alice\s+commented\s+waived\s+Supplier sends the new DoC on Friday", history)
    page.screenshot(path=str(site["shots"] / "finding.png"), full_page=True)

    page.click("text=Log out")
    page.wait_for_url(re.compile(r".*/login$"))
    page.goto(url + "/findings")
    assert "/login" in page.url  # the session is gone
    page.close()


def test_a_viewer_can_read_everything_and_change_nothing(browser: object, site: dict) -> None:
    page = new_page(browser, viewport={"width": 1280, "height": 900})
    log_in(page, site["url"], "victor")
    page.click("nav >> text=Findings")
    assert page.locator("[data-testid=bulk]").count() == 0
    page.click("[data-testid=finding-link] >> nth=0")
    assert page.locator("text=Work this finding").count() == 0 and page.locator("textarea[name=text]").count() == 0
    finding_id = page.url.rsplit("/", 1)[1]
    token = page.get_attribute("input[name=csrf_token]", "value")  # the logout form's
    before = count(site["engine"], statuses=["acknowledged"])
    answer = page.request.post(f"{site['url']}/findings/{finding_id}/ack", form={"csrf_token": token})
    assert answer.status == 403 and count(site["engine"], statuses=["acknowledged"]) == before
    for path in ("/scans", "/alerts", "/feeds", "/"):
        assert page.goto(site["url"] + path).status == 200
    page.close()


def test_the_findings_list_fits_a_phone(browser: object, site: dict) -> None:
    page = new_page(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    log_in(page, site["url"], "victor")
    page.goto(site["url"] + "/findings")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the table scrolls, not the page
    page.click("text=Menu")
    assert page.locator("nav >> text=Findings").is_visible()
    page.screenshot(path=str(site["shots"] / "phone.png"))
    page.close()


HEALTH_AT = date(2026, 11, 25)  # the demo's date: two days after the sample performance file's last week


@pytest.fixture(scope="module")
def health_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The sample seller data scanned as of the demo's date, so its account-health findings are current."""
    with served(tmp_path_factory.mktemp("health"), [(HEALTH_AT, EXAMPLES / "data")]) as site:
        yield site


def odr_weeks(account: str) -> list[tuple[str, str]]:
    """The account's Order Defect Rate by week, straight from the sample performance file."""
    with (EXAMPLES / "data" / "performance.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["account"] == account and r["date"] <= HEALTH_AT.isoformat()]
    return [(r["date"], f"{int(r['odr.defects']) * 100 / int(r['odr.orders']):.2f}% "
                        f"({r['odr.defects']} of {r['odr.orders']})") for r in rows]


def test_an_account_health_finding_shows_its_metric_trend_as_a_table(browser: object, health_site: dict) -> None:
    page = new_page(browser, viewport={"width": 1280, "height": 900})
    url = health_site["url"]
    log_in(page, url, "victor")
    panel = page.locator("[data-testid=account-health]")
    rows = panel.locator("[data-testid=account-row]").all_inner_texts()
    listed = {row.split()[0] for row in rows}
    assert {"account:BW-EU-1@amazon:DE", "account:KO-UK-1@amazon:GB", "account:KD-EU-1@amazon:DE"} <= listed
    assert not any("HP-EU-1" in s or "PT-EU-1" in s for s in listed)  # healthy, and too few orders to judge
    weeks = odr_weeks("BW-EU-1")
    bw = next(row for row in rows if row.startswith("account:BW-EU-1"))
    assert f"Order Defect Rate: {weeks[-1][1]} on {weeks[-1][0]}" in bw
    panel.screenshot(path=str(health_site["shots"] / "account-health.png"))

    with health_site["engine"].connect() as conn:
        (finding,) = queries.list_findings(conn, queries.Filters(rules=["AH-ODR-C1"]))
    assert finding.subject == "account:BW-EU-1@amazon:DE"
    page.goto(f"{url}/findings/{finding.id}")
    table = page.locator("[data-testid=trend][data-field='trend.odr_pct']")
    assert table.locator("caption").inner_text().startswith("Order Defect Rate, 60-day windows")
    cells = table.locator("tbody tr").evaluate_all("rows => rows.map(r => [...r.cells].map(c => c.innerText))")
    assert [tuple(c) for c in cells] == weeks and len(weeks) >= 4
    assert table.locator("tbody tr.latest td").first.inner_text() == weeks[-1][0]
    evidence = page.inner_text("section:has(h2:text('Evidence')) table.list >> nth=0")
    assert "odr_limit_ratio" in evidence and "trend.odr_pct" not in evidence  # the trend is not raw JSON any more
    page.screenshot(path=str(health_site["shots"] / "finding-trend.png"), full_page=True)
    page.close()
