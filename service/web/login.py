"""Logging in and out: ``POST /login`` takes ``username`` and ``password`` (and the CSRF token)."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crossguard.accounts.users import authenticate
from crossguard.service.auth import CSRF_FIELD, check_csrf, end_session, session_user, start_session
from crossguard.service.state import ServiceState, state
from crossguard.service.web.render import render

router = APIRouter(include_in_schema=False)
log = logging.getLogger("crossguard.service.login")
State = Annotated[ServiceState, Depends(state)]


def _safe_next(target: str | None) -> str:
    """Only local paths: a login link must not send people to another site."""
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login")
def login_form(request: Request, st: State, next: str | None = None) -> Response:  # noqa: A002 - query name
    if session_user(request, st) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return render(request, st, "login.html", None, next=_safe_next(next), problem=None)


@router.post("/login")
def login(
    request: Request, st: State,
    username: Annotated[str, Form()], password: Annotated[str, Form()],
    csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None,
    next: Annotated[str | None, Form()] = None,  # noqa: A002 - form field name
) -> Response:
    check_csrf(request, st, csrf_token)
    result = authenticate(st.engine, username.strip(), password, st.settings.access)
    if result.user is None:
        log.warning("login refused for %r from %s: %s", username, request.client.host if request.client else "-",
                    result.problem)
        page: HTMLResponse = render(request, st, "login.html", None, status_code=401, next=_safe_next(next),
                                    problem=result.problem, username=username)
        return page
    log.info("login %s (%s)", result.user.name, result.user.role.value)
    response = RedirectResponse(_safe_next(next), status_code=303)
    start_session(response, st, result.user)
    return response


@router.post("/logout")
def logout(request: Request, st: State, csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None) -> Response:
    check_csrf(request, st, csrf_token)
    response = RedirectResponse("/login", status_code=303)
    end_session(response)
    return response
