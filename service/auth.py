"""Who is asking: a logged-in person (signed session cookie) or a pipeline (Bearer API token).

* Sessions: the cookie holds the user's id, signed and timestamped with itsdangerous; every request
  re-reads the user, so disabling an account ends its sessions at once. HttpOnly, SameSite=Lax,
  Secure when ``access.secure_cookies``.
* CSRF: every form carries the token from a signed ``cg_csrf`` cookie (double submit); a POST
  whose form token does not match the cookie is refused with 403. SameSite=Lax already stops most
  cross-site posts; the token covers the rest (older browsers, same-site subdomains).
* API: ``Authorization: Bearer <token>``; the token's scope must allow the route. Changes made
  through the API are audited as ``token:<name>``. A verified token is trusted for a few seconds
  (``service.token_cache``): a revocation elsewhere takes effect within ``access.token_cache_seconds``.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from ipaddress import ip_address
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.concurrency import run_in_threadpool

from crossguard.accounts.models import Role, Scope
from crossguard.accounts.users import User, get_user
from crossguard.service.state import ServiceState, state

SESSION_COOKIE = "cg_session"
CSRF_COOKIE = "cg_csrf"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True)
class Principal:
    """Whoever a request acts for; ``name`` is what the audit trail records."""

    name: str
    user: User | None = None
    scope: Scope | None = None


class LoginRequired(Exception):
    """Raised by page dependencies when nobody is logged in; answered with a redirect to /login."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


def _serializer(st: ServiceState, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(st.secret, salt=salt)


def _cookie_args(st: ServiceState) -> dict:
    return {"httponly": True, "samesite": "lax", "secure": st.settings.access.secure_cookies, "path": "/"}


# --- sessions -------------------------------------------------------------------------------------


def start_session(response: Response, st: ServiceState, user: User) -> None:
    max_age = int(st.settings.access.session_hours * 3600)
    token = _serializer(st, "session").dumps({"u": user.id})
    response.set_cookie(SESSION_COOKIE, token, max_age=max_age, **_cookie_args(st))
    response.set_cookie(CSRF_COOKIE, _serializer(st, "csrf").dumps(secrets.token_urlsafe(24)), **_cookie_args(st))


def end_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def session_user(request: Request, st: ServiceState) -> User | None:
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return None
    try:
        data = _serializer(st, "session").loads(raw, max_age=int(st.settings.access.session_hours * 3600))
    except BadSignature:
        return None
    user = get_user(st.engine, int(data.get("u", 0)))
    return user if user is not None and not user.disabled else None


def page_user(minimum: Role) -> Callable[..., User]:
    """A page dependency: the logged-in user with at least ``minimum`` role (else redirect or 403)."""

    def dependency(request: Request, st: Annotated[ServiceState, Depends(state)]) -> User:
        user = session_user(request, st)
        if user is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(target)
        if not user.may(minimum):
            raise HTTPException(403, f"this needs the {minimum.value} role; you are {user.role.value}")
        return user

    return dependency


Viewer = Annotated[User, Depends(page_user(Role.viewer))]
Officer = Annotated[User, Depends(page_user(Role.officer))]


# --- CSRF -----------------------------------------------------------------------------------------


def csrf_token(request: Request, st: ServiceState) -> str:
    """The token forms must echo: from the ``cg_csrf`` cookie, or a new one :func:`keep_csrf` will set."""
    raw = request.cookies.get(CSRF_COOKIE)
    if raw:
        try:
            return _serializer(st, "csrf").loads(raw)
        except BadSignature:
            pass
    if not hasattr(request.state, "new_csrf"):
        request.state.new_csrf = secrets.token_urlsafe(24)
    return request.state.new_csrf


def keep_csrf(request: Request, response: Response, st: ServiceState) -> None:
    """Set the CSRF cookie when this request had to make a new token."""
    new = getattr(request.state, "new_csrf", None)
    if new:
        response.set_cookie(CSRF_COOKIE, _serializer(st, "csrf").dumps(new), **_cookie_args(st))


def check_csrf(request: Request, st: ServiceState, submitted: str | None) -> None:
    raw = request.cookies.get(CSRF_COOKIE)
    try:
        expected = _serializer(st, "csrf").loads(raw) if raw else None
    except BadSignature:
        expected = None
    if not expected or not submitted or not hmac.compare_digest(expected, submitted):
        raise HTTPException(403, "the form has expired or did not come from this site: reload the page and retry")


# --- API tokens -----------------------------------------------------------------------------------

_bearer = HTTPBearer(auto_error=False, description="An API token from `crossguard tokens create`")


def is_loopback(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


async def principal_for(request: Request, credentials: HTTPAuthorizationCredentials | None, scope: Scope, *,
                        open_on_loopback: bool = False) -> Principal:
    """The token's principal if its scope allows ``scope`` (401/403 otherwise).

    Async: a token this process trusts already is answered on the event loop; only one it must read
    from the register goes to the thread pool (each trip there costs about as much as the check)."""
    st: ServiceState = request.app.state.cg  # not a dependency: each one FastAPI solves costs CPU
    if credentials is None:
        if open_on_loopback and st.settings.access.open_check_on_loopback and is_loopback(request):
            return Principal("loopback")
        raise HTTPException(401, "an API token is needed: Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})
    token = st.tokens.remembered(credentials.credentials)
    if token is None:
        token = await run_in_threadpool(st.tokens.verify, credentials.credentials)
    if token is None:
        raise HTTPException(401, "unknown or revoked token", headers={"WWW-Authenticate": "Bearer"})
    if not token.allows(scope):
        raise HTTPException(403, f"token {token.name!r} has scope {token.scope.value}; this needs {scope.value}")
    return Principal(f"token:{token.name}", scope=token.scope)


async def check_principal(request: Request) -> Principal:
    """``CheckToken`` called directly, for ``POST /v1/check``: the same answers without FastAPI solving two
    dependencies on every request (``service.api.check`` declares the security scheme in its OpenAPI)."""
    return await principal_for(request, await _bearer(request), Scope.check, open_on_loopback=True)


def token_principal(scope: Scope, *, open_on_loopback: bool = False) -> Callable[..., Awaitable[Principal]]:
    """An API dependency: the token's principal if its scope allows ``scope`` (``principal_for``)."""

    async def dependency(
        request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
    ) -> Principal:
        return await principal_for(request, credentials, scope, open_on_loopback=open_on_loopback)

    return dependency


ReadToken = Annotated[Principal, Depends(token_principal(Scope.read))]
WriteToken = Annotated[Principal, Depends(token_principal(Scope.write))]
CheckToken = Annotated[Principal, Depends(token_principal(Scope.check, open_on_loopback=True))]
