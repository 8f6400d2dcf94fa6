"""Installation-wide keys kept in the database, so every worker process and restart shares them.

The session cookie is signed with a key from the environment when ``access.session_secret_env``
names a variable that is set; otherwise with one generated on first use and stored here (whoever
can read the database can read the register anyway).
"""

from __future__ import annotations

import secrets

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from crossguard.accounts.models import AppSecret
from crossguard.store.db import session_scope


def shared_secret(engine: Engine, name: str) -> str:
    """The stored key ``name``, created once (two processes racing agree on the first one written)."""
    with session_scope(engine) as s:
        value = s.scalar(select(AppSecret.value).where(AppSecret.name == name))
    if value is not None:
        return value
    try:
        with session_scope(engine, immediate=True) as s:
            s.add(AppSecret(name=name, value=secrets.token_urlsafe(48)))
    except IntegrityError:
        pass
    with session_scope(engine) as s:
        return s.scalar(select(AppSecret.value).where(AppSecret.name == name))
