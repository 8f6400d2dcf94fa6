"""Exports of the list's current filter: CSV (UTF-8 with a BOM, so spreadsheet programs read
Chinese and other non-Latin text correctly) and XLSX (openpyxl, write-only mode so memory stays
flat). Both use the register export's columns and its formula defusing."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import Response, StreamingResponse
from openpyxl import Workbook

from crossguard.register import queries
from crossguard.register.export import CSV_COLUMNS, export_row
from crossguard.register.lifecycle import today_utc
from crossguard.service.actions import refresh_expiries
from crossguard.service.auth import Viewer
from crossguard.service.filters import FindingQuery, finding_query
from crossguard.service.state import ServiceState, state

router = APIRouter(include_in_schema=False)
State = Annotated[ServiceState, Depends(state)]
BOM = "\ufeff"
ROWS_PER_CHUNK = 1000


def _filename(extension: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="crossguard-findings-{today_utc()}.{extension}"'}


@router.get("/findings.csv")
def export_csv(st: State, _user: Viewer, q: Annotated[FindingQuery, Depends(finding_query)]) -> Response:
    refresh_expiries(st.engine)

    today = today_utc()

    def chunks() -> Iterator[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write(BOM)
        writer.writerow(CSV_COLUMNS)
        with st.engine.connect() as conn:
            for count, finding in enumerate(queries.iter_findings(conn, q.filters()), 1):
                writer.writerow(export_row(finding, today))
                if count % ROWS_PER_CHUNK == 0:
                    yield buffer.getvalue().encode("utf-8")
                    buffer.seek(0)
                    buffer.truncate()
        yield buffer.getvalue().encode("utf-8")

    return StreamingResponse(chunks(), media_type="text/csv; charset=utf-8", headers=_filename("csv"))


@router.get("/findings.xlsx")
def export_xlsx(st: State, _user: Viewer, q: Annotated[FindingQuery, Depends(finding_query)]) -> Response:
    refresh_expiries(st.engine)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("findings")
    sheet.append(CSV_COLUMNS)
    today = today_utc()
    with st.engine.connect() as conn:
        for finding in queries.iter_findings(conn, q.filters()):
            sheet.append(export_row(finding, today))
    out = io.BytesIO()
    book.save(out)
    return Response(out.getvalue(), headers=_filename("xlsx"),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
