"""A scan resolves only what it looked at: scanning the catalog without the seller data must not
mark VAT, trademark, account or FX findings resolved (found in review: 178 were)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine, text

from crossguard.usecases.scan import scan_catalog

ROOT = Path(__file__).resolve().parent.parent
CATALOG = [ROOT / "examples" / "catalog.yaml"]
DATA = ROOT / "examples" / "data"
AT = date(2026, 11, 25)


def _seller_statuses(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT status, count(*) FROM findings WHERE entry_key LIKE 'seller-data:%' GROUP BY status"
        )).all()
    return {status: count for status, count in rows}


def test_scan_without_seller_data_leaves_seller_findings_alone(db_engine: Engine) -> None:
    url = db_engine.url.render_as_string(hide_password=False)  # str(engine.url) would print the password as ***
    first = scan_catalog(db_engine, CATALOG, at=AT, data_dir=DATA, db_url=url)
    seller_open = _seller_statuses(db_engine)
    assert first.new > 0 and seller_open.get("open", 0) > 0
    catalog_only = scan_catalog(db_engine, CATALOG, at=AT)
    assert catalog_only.resolved == 0
    assert _seller_statuses(db_engine) == seller_open
    again = scan_catalog(db_engine, CATALOG, at=AT, data_dir=DATA, db_url=url)
    assert (again.new, again.resolved, again.reopened) == (0, 0, 0)
