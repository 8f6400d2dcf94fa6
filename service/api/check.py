"""``POST /v1/check``: the pre-listing check, honouring the register's waivers.

The handler stays thin: the catalog's own validation, the engine's ``check_entry`` and its JSON
rendering (``engine.report.check_json``), then :func:`honour_waivers` lays the register over the
document. A finding waived in the register (and still in force today) no longer blocks; it says
``"waived": true`` with ``waived_until``, ``waived_by`` and ``waiver_reason``, and the listing's
decision and the summary are counted again. Needs a token with scope ``check`` unless
``access.open_check_on_loopback`` is set and the client is on this machine.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

from crossguard.engine.catalog import EntryError, entry_from_mapping
from crossguard.engine.report import check_json
from crossguard.register.lifecycle import today_utc
from crossguard.register.queries import WaiverInForce, waivers_in_force
from crossguard.service.auth import CheckToken
from crossguard.service.metrics import CHECKS
from crossguard.service.state import ServiceState, state

router = APIRouter(tags=["check"])


class CheckRequest(BaseModel):
    """One product with its listings, exactly as in a catalog file (listings may omit `sku` and
    may use `markets: [...]`); validated by the catalog's own path so there is one schema."""

    product: dict[str, Any]
    listings: list[dict[str, Any]] = Field(min_length=1)


def honour_waivers(document: dict[str, Any], waivers: dict[str, WaiverInForce]) -> dict[str, Any]:
    """Mark waived findings and decide again: a listing blocks only on a blocking finding not waived."""
    blocked = 0
    for decision in document["decisions"]:
        for finding in decision["findings"]:
            waiver = waivers.get(finding["fingerprint"])
            finding["waived"] = waiver is not None
            if waiver is not None:
                finding.update(waived_until=waiver.until.isoformat(), waived_by=waiver.by,
                               waiver_reason=waiver.reason)
        if decision["decision"] == "block" and not any(
            f["blocks_listing"] and not f["waived"] for f in decision["findings"]
        ):
            decision["decision"] = "allow"
            decision["allowed_by_waiver"] = True
        blocked += decision["decision"] == "block"
    document["summary"].update(allowed=len(document["decisions"]) - blocked, blocked=blocked)
    return document


@router.post("/v1/check", summary="Pre-listing check of one product (schema crossguard.check/1)")
def check(
    request: CheckRequest,
    st: Annotated[ServiceState, Depends(state)],
    _who: CheckToken,
    at: Annotated[date | None, Query(description="Evaluate as of (default today)")] = None,
) -> dict[str, Any]:
    on = at or date.today()
    try:
        entry = entry_from_mapping({**request.product, "listings": request.listings})
    except EntryError as error:
        raise RequestValidationError([{**p, "loc": ["body", *p["loc"]]} for p in error.problems]) from None
    document = check_json(st.evaluator.check_entry(entry, on), [], on)
    fingerprints = [f["fingerprint"] for d in document["decisions"] for f in d["findings"]]
    with st.engine.connect() as conn:  # a waiver must still hold on the day asked about, and today
        document = honour_waivers(document, waivers_in_force(conn, fingerprints, max(on, today_utc())))
    for decision in document["decisions"]:
        CHECKS.labels(decision["decision"]).inc()
    return document
