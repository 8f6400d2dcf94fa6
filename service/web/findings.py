"""The findings pages: the filtered list, bulk actions with a confirmation, one finding, its actions.

Bulk actions act on the list's current filter, not on rows ticked by hand: the first POST answers
with a confirmation page saying how many findings the action will change; only the second POST,
with ``confirm=yes``, changes them (in one transaction, audited per finding).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crossguard.engine.classify import PUBLIC_CLASSES
from crossguard.register import dashboard, queries, trends, work
from crossguard.register.lifecycle import today_utc
from crossguard.service.actions import ACTIONS, act, detail, refresh_expiries, register_errors
from crossguard.service.auth import CSRF_FIELD, Officer, Viewer, check_csrf
from crossguard.service.filters import FindingQuery, finding_query, query_from_string
from crossguard.service.state import ServiceState, state
from crossguard.service.web.render import render

router = APIRouter(include_in_schema=False)
State = Annotated[ServiceState, Depends(state)]
Csrf = Annotated[str | None, Form(alias=CSRF_FIELD)]
Text = Annotated[str | None, Form()]
CHOICES = ("market", "marketplace", "pack_id", "rule_id", "owner")


def _optional_date(value: str | None, field: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{field}: {value!r} is not a date (YYYY-MM-DD)") from None


@router.get("/findings")
def findings_list(
    request: Request, st: State, user: Viewer, q: Annotated[FindingQuery, Depends(finding_query)],
    done: int | None = None, action: str | None = None,
) -> HTMLResponse:
    refresh_expiries(st.engine)
    filters = q.filters()
    with st.engine.connect() as conn:
        total = queries.count_findings(conn, filters)
        rows = queries.list_findings(conn, filters, limit=q.per_page, offset=q.offset, sort=q.sort, descending=q.desc)
        choices = {name: dashboard.distinct_values(conn, name) for name in CHOICES}
    pages = max(1, -(-total // q.per_page))
    return render(request, st, "findings.html", user, q=q, rows=rows, total=total, pages=pages, choices=choices,
                  done=done, done_action=action, bulk_actions=work.BULK_ACTIONS)


@router.post("/findings/bulk")
def bulk(
    request: Request, st: State, user: Officer, csrf_token: Csrf = None,
    filter: Annotated[str, Form()] = "",  # noqa: A002 - the form field's name
    action: Annotated[str, Form()] = "", reason: Text = None, until: Text = None, note: Text = None,
    owner: Text = None, confirm: Text = None,
) -> Response:
    check_csrf(request, st, csrf_token)
    q = query_from_string(filter)
    filters = q.filters()
    bulk_request = work.BulkRequest(action=action, by=user.name, note=note, reason=reason,
                                    until=_optional_date(until, "until"), owner=owner)
    with register_errors():
        if confirm != "yes":
            with st.engine.connect() as conn:
                count = work.bulk_count(conn, filters, bulk_request)
                total = queries.count_findings(conn, filters)
            return render(request, st, "confirm.html", user, q=q, filter=filter, req=bulk_request, count=count,
                          total=total)
        changed = work.bulk_apply(st.engine, filters, bulk_request,
                                  max_waiver_days=st.settings.register.max_waiver_days)
    return RedirectResponse(f"/findings?{q.query_string(page=1)}&done={changed}&action={action}", status_code=303)


@router.get("/findings/{finding_id}")
def finding_page(finding_id: int, request: Request, st: State, user: Viewer) -> HTMLResponse:
    refresh_expiries(st.engine)
    d = detail(st.engine, finding_id)
    classification = [e for e in d.finding.evidence if str(e.get("field", "")).startswith("cls.")]
    return render(request, st, "finding.html", user, f=d.finding, evidence=trends.without_trends(d.finding.evidence),
                  trends=trends.metric_trends(d.finding.evidence), history=d.history, comments=d.comments,
                  overdue=d.finding.overdue(today_utc()), classification=classification, override=d.override,
                  override_history=d.override_history, public_classes=PUBLIC_CLASSES)


@router.post("/findings/{finding_id}/{action}")
def finding_action(
    finding_id: int, action: str, request: Request, st: State, user: Officer, csrf_token: Csrf = None,
    note: Text = None, reason: Text = None, until: Text = None, owner: Text = None, due: Text = None,
    text: Text = None, product_type: Text = None, classes: Text = None,
) -> RedirectResponse:
    check_csrf(request, st, csrf_token)
    if action not in ACTIONS:
        raise HTTPException(404, f"no action {action!r}")
    fields = {"note": note, "reason": reason, "until": _optional_date(until, "until"), "owner": owner,
              "due": _optional_date(due, "due"), "text": text, "product_type": product_type, "classes": classes}
    act(st.engine, finding_id, action, user.name, fields, st.settings.register)
    anchors = {"comment": "comments", "classify": "classification", "unclassify": "classification"}
    anchor = anchors.get(action, "history")
    return RedirectResponse(f"/findings/{finding_id}#{anchor}", status_code=303)
