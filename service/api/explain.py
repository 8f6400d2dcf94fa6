"""``GET /v1/explain``: why rules fired or stayed silent on one subject, as ``crossguard explain --format json``.

The subject is looked up where the service's scans look: the configuration's ``scheduler.catalog``
files and ``scheduler.data`` folder, with the ECB rates stored in the register for FX rules; the
answer is ``crossguard.explain/1`` from ``usecases.explain``, the code the command runs, so it is
the command's ``explain --catalog ... --data ... --db ... --format json`` byte for byte (as JSON).
The catalog is read for each request (its size sets the time, not the memory). Scope ``read``.
404: unknown subject, rule or pack; 409: the service has no catalog or data configured, or cannot
read them.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse, Response

from crossguard.service.api.schemas import ExplainDocument
from crossguard.service.auth import ReadToken
from crossguard.service.state import ServiceState, state
from crossguard.usecases.explain import ExplainError, explain_subject
from crossguard.usecases.rates import stored_rates

router = APIRouter(tags=["explain"])


@router.get(
    "/v1/explain", response_class=JSONResponse,
    summary="Why rules fired or stayed silent on one listing or seller-data subject (crossguard.explain/1)",
    responses={200: {"model": ExplainDocument},
               404: {"description": "no such subject in the configured catalog or data, no such rule or pack"},
               409: {"description": "no scheduler.catalog or scheduler.data configured, or unreadable"}},
)
def explain(
    st: Annotated[ServiceState, Depends(state)],
    _who: ReadToken,
    subject: Annotated[str, Query(min_length=1, max_length=1000,
                                  description="SKU@marketplace:MARKET, or a seller-data subject")],
    rule: Annotated[list[str] | None, Query(description="rule id (repeatable)")] = None,
    pack: Annotated[str | None, Query(description="all rules of this pack")] = None,
    at: Annotated[date | None, Query(description="Evaluate as of (default today)")] = None,
) -> Response:
    scheduler = st.settings.scheduler
    if not scheduler.catalog and scheduler.data is None:
        raise HTTPException(409, "the service has no catalog to explain from: set scheduler.catalog "
                                 "(and scheduler.data) in the configuration")
    on = at or date.today()
    try:
        explained = explain_subject(
            st.evaluator, subject, on, catalog=scheduler.catalog, data=scheduler.data, fx=st.settings.fx,
            rates=stored_rates(st.engine) if scheduler.data is not None else None, rule_ids=rule or [], pack_id=pack)
    except ExplainError as error:
        raise HTTPException(404 if error.kind == "unknown" else 409, str(error)) from None
    return Response(json.dumps(explained.json(subject, on), default=str), media_type="application/json")
