"""The register API: list, read and work findings; summary; scan runs. Bearer tokens only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from crossguard.register import dashboard, lifecycle, queries
from crossguard.service.actions import act, detail, refresh_expiries
from crossguard.service.api.schemas import (
    AssignIn,
    AuditEventOut,
    CommentIn,
    CommentOut,
    EvidenceOut,
    FindingDetail,
    FindingOut,
    FindingPage,
    NoteIn,
    ResolveIn,
    ScanOut,
    SummaryOut,
    WaiveIn,
)
from crossguard.service.auth import ReadToken, WriteToken
from crossguard.service.filters import FindingQuery, finding_query
from crossguard.service.state import ServiceState, state

router = APIRouter(prefix="/v1", tags=["register"])
State = Annotated[ServiceState, Depends(state)]


def _detail(st: ServiceState, finding_id: int) -> FindingDetail:
    d = detail(st.engine, finding_id)
    base = FindingOut.of(d.finding, lifecycle.today_utc())
    return FindingDetail(
        **base.model_dump(), remediation=d.finding.remediation, references=d.finding.references,
        evidence=[EvidenceOut(**e) for e in d.finding.evidence],
        history=[AuditEventOut.of(e) for e in d.history], comments=[CommentOut.of(c) for c in d.comments],
    )  # fmt: skip


@router.get("/findings", response_model=FindingPage, summary="Findings matching a filter, one page")
def list_findings(st: State, _who: ReadToken, q: Annotated[FindingQuery, Depends(finding_query)]) -> FindingPage:
    refresh_expiries(st.engine)
    filters = q.filters()
    with st.engine.connect() as conn:
        total = queries.count_findings(conn, filters)
        rows = queries.list_findings(conn, filters, limit=q.per_page, offset=q.offset, sort=q.sort, descending=q.desc)
    today = lifecycle.today_utc()
    return FindingPage(items=[FindingOut.of(f, today) for f in rows], total=total, page=q.page, per_page=q.per_page)


@router.get("/findings/{finding_id}", response_model=FindingDetail, summary="One finding with evidence and history")
def get_finding(finding_id: int, st: State, _who: ReadToken) -> FindingDetail:
    refresh_expiries(st.engine)
    return _detail(st, finding_id)


def _change(st: ServiceState, finding_id: int, action: str, who: str, body: BaseModel) -> FindingDetail:
    act(st.engine, finding_id, action, who, body.model_dump(), st.settings.register)
    return _detail(st, finding_id)


@router.post("/findings/{finding_id}/ack", response_model=FindingDetail, summary="Acknowledge an open finding")
def ack(finding_id: int, body: NoteIn, st: State, who: WriteToken) -> FindingDetail:
    return _change(st, finding_id, "ack", who.name, body)


@router.post("/findings/{finding_id}/waive", response_model=FindingDetail, summary="Accept the risk until a date")
def waive(finding_id: int, body: WaiveIn, st: State, who: WriteToken) -> FindingDetail:
    return _change(st, finding_id, "waive", who.name, body)


@router.post("/findings/{finding_id}/resolve", response_model=FindingDetail, summary="Mark a finding fixed")
def resolve(finding_id: int, body: ResolveIn, st: State, who: WriteToken) -> FindingDetail:
    return _change(st, finding_id, "resolve", who.name, body)


@router.post("/findings/{finding_id}/assign", response_model=FindingDetail, summary="Set the owner and due date")
def assign(finding_id: int, body: AssignIn, st: State, who: WriteToken) -> FindingDetail:
    return _change(st, finding_id, "assign", who.name, body)


@router.post("/findings/{finding_id}/comment", response_model=FindingDetail, summary="Add a comment")
def comment(finding_id: int, body: CommentIn, st: State, who: WriteToken) -> FindingDetail:
    return _change(st, finding_id, "comment", who.name, body)


@router.get("/summary", response_model=SummaryOut, summary="Counts by severity, market and pack; overdue")
def summary(st: State, _who: ReadToken) -> SummaryOut:
    refresh_expiries(st.engine)
    with st.engine.connect() as conn:
        s = queries.summary(conn)
        return SummaryOut(
            by_severity_status=s.by_severity_status, to_fix_by_market=dashboard.to_fix_by(conn, "market"),
            to_fix_by_pack=dashboard.to_fix_by(conn, "pack_id"),
            overdue=dashboard.overdue_count(conn, lifecycle.today_utc()),
            latest_scan=ScanOut.of(s.latest) if s.latest else None,
        )  # fmt: skip


@router.get("/scans", response_model=list[ScanOut], summary="Recent scan runs, newest first")
def scans(st: State, _who: ReadToken, limit: int = 50) -> list[ScanOut]:
    with st.engine.connect() as conn:
        return [ScanOut.of(r) for r in queries.scan_runs(conn, limit=max(1, min(limit, 500)))]
