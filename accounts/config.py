"""The ``access:`` configuration section: sessions, login throttling and the open check."""

from __future__ import annotations

from pydantic import Field

from crossguard.engine.strict import StrictModel


class AccessConfig(StrictModel):
    session_hours: float = Field(12.0, gt=0, description="a login lasts this long")
    secure_cookies: bool = Field(False, description="send cookies over HTTPS only (set behind a TLS proxy)")
    session_secret_env: str = Field(
        "CROSSGUARD_SESSION_SECRET",
        description="environment variable holding the cookie-signing key; unset: a key kept in the database",
    )
    max_failed_logins: int = Field(5, ge=1, description="failed logins in a row before the account is locked")
    lockout_seconds: int = Field(300, ge=1, description="how long a locked account refuses logins")
    open_check_on_loopback: bool = Field(
        False, description="POST /v1/check without a token for clients on 127.0.0.1/::1 (a local pipeline)"
    )
    token_cache_seconds: float = Field(
        5.0, ge=0, le=5,
        description="how long `serve` trusts an API token it has verified (0: read the register on every request); "
                    "a token revoked elsewhere is refused at most this long after",
    )
