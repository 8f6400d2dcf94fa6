"""Rendering pages: the shared template context (user, CSRF token, today) and error pages.

API paths (``/v1/...``, ``/health``) get JSON errors as before; pages get an HTML error page.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from crossguard.accounts.models import Role
from crossguard.accounts.users import User
from crossguard.register.lifecycle import today_utc
from crossguard.service.auth import CSRF_FIELD, csrf_token, keep_csrf, session_user
from crossguard.service.state import ServiceState

SEVERITIES = ("critical", "high", "medium", "low", "info")
API_PREFIXES = ("/v1/", "/health", "/metrics", "/openapi.json")


def when(value: datetime | date | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def render(request: Request, st: ServiceState, name: str, user: User | None, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    """Render template ``name`` with what every page needs; sets the CSRF cookie when it is new."""
    token = csrf_token(request, st)
    response = st.templates.TemplateResponse(
        request, name,
        {"user": user, "csrf": token, "csrf_field": CSRF_FIELD, "today": today_utc(), "severities": SEVERITIES,
         "when": when, "can_work": user is not None and user.may(Role.officer), **context},
        status_code=status_code,
    )  # fmt: skip
    keep_csrf(request, response, st)
    response.headers["Cache-Control"] = "no-store"
    return response


def error_page(request: Request, st: ServiceState, exc: StarletteHTTPException) -> Response:
    if request.url.path.startswith(API_PREFIXES):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    return render(request, st, "error.html", session_user(request, st), status_code=exc.status_code,
                  code=exc.status_code, message=exc.detail)
