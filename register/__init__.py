"""Risk register: findings stored with a lifecycle and an audit trail (SQLAlchemy + Alembic).

Modules, one job each:

* ``db`` — ``Base`` for every table of the project, ``resolve_db_url``, ``make_engine`` (SQLite
  pragmas), ``session_scope``, ``write_transaction``;
* ``migrate`` — ``upgrade_to_head(engine)``: the one Alembic environment (``register/migrations``);
* ``models`` — the register's tables; ``lifecycle`` — status moves with their audit rows, waiver
  expiry (``apply_expiries``); ``locking`` — one scan at a time; ``scan`` — apply a scan
  atomically (``run_scan``); ``runner`` — catalog + evaluator + scan (``scan_catalog``);
* ``queries`` — read side for other packages: ``new_or_reopened(conn, scan_id=None)``,
  ``waivers_expiring_within(conn, days, today=...)``, ``list_findings``, ``get_finding``,
  ``history``, ``summary``, ``scan_runs``; ``export`` — CSV/JSON; ``cli`` — the commands.
"""
