"""A named lease in the database: at most one process holds it at a time, and it ends by itself.

Used by the scheduler so that several ``crossguard serve --scheduler`` processes (or a separate
``crossguard scheduler``) run each job once: only the holder runs jobs. The holder renews the
lease on every tick; if it dies, the lease runs out after ``ttl`` seconds and another process
takes over. Taking or renewing is one conditional UPDATE (or the first INSERT), atomic on SQLite
and PostgreSQL alike, so no backend-specific lock is needed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, String, and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from crossguard.store.db import Base, UTCDateTime, utcnow, write_transaction


class Lease(Base):
    __tablename__ = "scheduler_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200), nullable=False)
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


leases_t = Lease.__table__


def try_acquire(engine: Engine, name: str, holder: str, ttl: float, now: datetime | None = None) -> bool:
    """Take or renew lease ``name`` for ``holder`` for ``ttl`` seconds; False if someone else holds it."""
    now = now or utcnow()
    until = now + timedelta(seconds=ttl)
    with write_transaction(engine) as conn:
        taken = conn.execute(
            update(leases_t)
            .where(and_(leases_t.c.name == name, or_(leases_t.c.holder == holder, leases_t.c.expires_at <= now)))
            .values(holder=holder, expires_at=until)
        ).rowcount
        if taken:
            return True
        if conn.execute(select(leases_t.c.name).where(leases_t.c.name == name)).first() is not None:
            return False
    try:
        with write_transaction(engine) as conn:
            conn.execute(insert(leases_t).values(name=name, holder=holder, acquired_at=now, expires_at=until))
        return True
    except IntegrityError:  # another process inserted it first
        return False


def release(engine: Engine, name: str, holder: str) -> None:
    with write_transaction(engine) as conn:
        conn.execute(delete(leases_t).where(and_(leases_t.c.name == name, leases_t.c.holder == holder)))


def current_holder(engine: Engine, name: str, now: datetime | None = None) -> str | None:
    now = now or utcnow()
    with engine.connect() as conn:
        row = conn.execute(select(leases_t.c.holder, leases_t.c.expires_at).where(leases_t.c.name == name)).first()
    return row[0] if row is not None and row[1] > now else None
