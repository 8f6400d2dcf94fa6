"""Risk register: findings stored with a lifecycle and an audit trail (SQLAlchemy, tables on
``crossguard.store``'s one Alembic history).

Modules, one job each:

* ``models`` — the register's tables; ``lifecycle`` — status moves with their audit rows, waiver
  expiry (``apply_expiries``); ``locking`` — one scan at a time; ``bulk`` — fast inserts;
* ``scan`` — apply a scan atomically (``run_scan``): ``apply`` diffs and writes, ``reuse`` skips
  unchanged entries, ``result`` is what a scan reads and reports;
* ``queries`` — read side for other packages: ``new_or_reopened(conn, scan_id=None)``,
  ``waivers_expiring_within(conn, days, today=...)``, ``list_findings``, ``get_finding``,
  ``history``, ``summary``, ``scan_runs``; ``export`` — CSV/JSON; ``errors`` — what can go wrong.

The scan job (catalog + evaluator + register) is ``crossguard.usecases.scan``; the commands are in
``crossguard.commands``.
"""
