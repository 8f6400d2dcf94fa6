"""Read-mostly pages: the dashboard, scan runs, the alert outbox (with retry) and feed health."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from crossguard.notifiers.outbox import Outbox
from crossguard.register import dashboard, queries, trends
from crossguard.register.lifecycle import today_utc
from crossguard.service.actions import refresh_expiries
from crossguard.service.auth import CSRF_FIELD, Officer, Viewer, check_csrf
from crossguard.service.state import ServiceState, state
from crossguard.service.web.chart import trend_svg
from crossguard.service.web.render import SEVERITIES, render
from crossguard.watchers.models import FeedState

router = APIRouter(include_in_schema=False)
State = Annotated[ServiceState, Depends(state)]
TREND_SCANS = 30
CHANGED_SHOWN = 10  # the most severe of the last scan's new and reopened findings


@router.get("/")
def home(request: Request, st: State, user: Viewer) -> HTMLResponse:
    refresh_expiries(st.engine)
    today = today_utc()
    with st.engine.connect() as conn:
        points = dashboard.trend(conn, TREND_SCANS)
        latest = queries.latest_scan(conn)
        changed = queries.changed_in_scan(conn, latest.id, limit=CHANGED_SHOWN) if latest else []
        context = {
            "by_market": dashboard.to_fix_by(conn, "market"), "by_pack": dashboard.to_fix_by(conn, "pack_id"),
            "overdue": dashboard.overdue_count(conn, today), "latest": latest, "changed": changed,
            "changed_total": latest.new + latest.reopened if latest else 0, "chart": trend_svg(points, SEVERITIES),
            "scans_in_chart": len(points), "accounts": trends.accounts_at_risk(conn),
        }  # fmt: skip
    totals = {s: sum(counts.get(s, 0) for counts in context["by_market"].values()) for s in SEVERITIES}
    return render(request, st, "dashboard.html", user, totals=totals, **context)


@router.get("/scans")
def scans(request: Request, st: State, user: Viewer) -> HTMLResponse:
    with st.engine.connect() as conn:
        runs = queries.scan_runs(conn, limit=100)
    return render(request, st, "scans.html", user, runs=runs)


ALERT_STATUSES = ("pending", "sending", "delivered", "failed", "digest_pending", "digested")


@router.get("/alerts")
def alerts(request: Request, st: State, user: Viewer, status: str | None = None) -> HTMLResponse:
    if status is not None and status not in ALERT_STATUSES:
        raise HTTPException(422, f"unknown status {status!r} (use {', '.join(ALERT_STATUSES)})")
    box = Outbox(st.engine, st.settings.notifiers)
    rows = box.deliveries(statuses=[status] if status else (), limit=200)
    return render(request, st, "alerts.html", user, rows=rows, counts=box.counts(), status=status,
                  statuses=ALERT_STATUSES)


@router.post("/alerts/{delivery_id}/retry")
def retry_alert(
    delivery_id: int, request: Request, st: State, user: Officer,
    csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None,
) -> RedirectResponse:
    check_csrf(request, st, csrf_token)
    if not Outbox(st.engine, st.settings.notifiers).retry(delivery_id):
        raise HTTPException(409, f"delivery {delivery_id} is not failed or pending")
    return RedirectResponse(f"/alerts?retried={delivery_id}", status_code=303)


@router.get("/feeds")
def feeds(request: Request, st: State, user: Viewer) -> HTMLResponse:
    with st.engine.connect() as conn:
        stored = {row.name: row for row in conn.execute(select(FeedState.__table__))}
    configured = [f.name for f in st.settings.watchers.feeds]
    names = configured + sorted(set(stored) - set(configured))
    return render(request, st, "feeds.html", user, feeds=[(name, stored.get(name), name in configured)
                                                          for name in names])
