"""The database every package shares: engines, sessions, the declarative base and the migrations.

It sits below the register, the watchers and the notifiers (each declares its own tables on
``Base``) and imports none of them; only the Alembic environment (``migrations/env.py``), run by
Alembic and never imported, names every package's tables.
"""
