"""The project's one Alembic environment (every table of every package). Run via ``crossguard.store.migrate``."""
