"""Tables of the accounts package (migration ``0004_workspace``)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crossguard.store.db import Base, UTCDateTime


class Role(StrEnum):
    """What a person may do in the workspace; each role includes the ones before it."""

    viewer = "viewer"  # read everything
    officer = "officer"  # work findings: acknowledge, waive, resolve, assign, comment, bulk actions, retry alerts
    admin = "admin"  # and manage users, tokens and configuration

    @property
    def rank(self) -> int:
        return list(Role).index(self)


class Scope(StrEnum):
    """What an API token may do: ``check`` calls POST /v1/check only; ``write`` includes ``read``."""

    check = "check"
    read = "read"
    write = "write"


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('viewer', 'officer', 'admin')", name="role_valid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    disabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0, doc="since the last success")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, doc="login refused until then (throttling)")
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TokenRow(Base):
    __tablename__ = "api_tokens"
    __table_args__ = (CheckConstraint("scope IN ('check', 'read', 'write')", name="scope_valid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    scope: Mapped[str] = mapped_column(String(16), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True, doc="SHA-256 of the token")
    prefix: Mapped[str] = mapped_column(String(16), nullable=False, doc="first characters, to recognise it in lists")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(200), nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AppSecret(Base):
    """Keys every process of one installation must share (the session-signing key)."""

    __tablename__ = "app_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), nullable=False)
