"""The admin page: users and API tokens (add, disable, create, revoke), for the ``admin`` role.

A new token is shown once, on the page that answers its creation; only its hash is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crossguard.accounts.models import Role, Scope
from crossguard.accounts.tokens import create_token, list_tokens, revoke_token
from crossguard.accounts.users import AccountError, User, add_user, disable_user, list_users
from crossguard.service.auth import CSRF_FIELD, check_csrf, page_user
from crossguard.service.state import ServiceState, state
from crossguard.service.web.render import render

T = TypeVar("T")
router = APIRouter(include_in_schema=False, prefix="/admin")
log = logging.getLogger("crossguard.service.admin")
State = Annotated[ServiceState, Depends(state)]
Admin = Annotated[User, Depends(page_user(Role.admin))]
Csrf = Annotated[str | None, Form(alias=CSRF_FIELD)]


def _page(request: Request, st: ServiceState, user: User, **context: object) -> HTMLResponse:
    return render(request, st, "admin.html", user, users=list_users(st.engine), tokens=list_tokens(st.engine),
                  roles=list(Role), scopes=list(Scope), **context)


@router.get("")
def admin(request: Request, st: State, user: Admin) -> HTMLResponse:
    return _page(request, st, user, new_token=None)


def _accounts(action: Callable[[], T]) -> T:
    """``action``, with an account error answered as a 422 page saying why."""
    try:
        return action()
    except AccountError as exc:
        raise HTTPException(422, str(exc)) from None


@router.post("/users")
def add(request: Request, st: State, user: Admin, name: Annotated[str, Form()], role: Annotated[Role, Form()],
        password: Annotated[str, Form()], csrf_token: Csrf = None) -> Response:
    check_csrf(request, st, csrf_token)
    _accounts(lambda: add_user(st.engine, name.strip(), role, password))
    log.info("user %s (%s) added by %s", name, role.value, user.name)
    return RedirectResponse("/admin", status_code=303)


@router.post("/users/{name}/disable")
def disable(name: str, request: Request, st: State, user: Admin, csrf_token: Csrf = None) -> Response:
    check_csrf(request, st, csrf_token)
    if name == user.name:
        raise HTTPException(409, "you cannot disable yourself")
    _accounts(lambda: disable_user(st.engine, name))
    log.info("user %s disabled by %s", name, user.name)
    return RedirectResponse("/admin", status_code=303)


@router.post("/tokens")
def new_token(request: Request, st: State, user: Admin, name: Annotated[str, Form()],
              scope: Annotated[Scope, Form()], csrf_token: Csrf = None) -> HTMLResponse:
    check_csrf(request, st, csrf_token)
    token, plain = _accounts(lambda: create_token(st.engine, name.strip(), scope, user.name))
    log.info("token %s (%s) created by %s", token.name, token.scope.value, user.name)
    return _page(request, st, user, new_token=(token, plain))


@router.post("/tokens/{name}/revoke")
def revoke(name: str, request: Request, st: State, user: Admin, csrf_token: Csrf = None) -> Response:
    check_csrf(request, st, csrf_token)
    _accounts(lambda: revoke_token(st.engine, name))
    st.tokens.forget(name)  # at once in this process; other processes within access.token_cache_seconds
    log.info("token %s revoked by %s", name, user.name)
    return RedirectResponse("/admin", status_code=303)
