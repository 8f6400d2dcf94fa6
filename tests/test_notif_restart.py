"""A delivery process killed with SIGKILL in the middle of a send, then restarted.

The worker process is a real subprocess on the same database (SQLite file or PostgreSQL). The
fake Slack holds one request open; the test kills the worker while Slack has (or has not) posted
that message, and a fresh worker finishes the queue. The channel must hold every alert once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from crossguard.notifiers.delivery import DeliveryWorker
from crossguard.notifiers.outbox import Outbox
from crossguard.store.db import utcnow
from tests.fakes.outbox_helpers import ALERTS, ENV, TOKEN, assert_exactly_once, config, make_alerts, statuses
from tests.fakes.slack_server import FakeSlack

ROOT = Path(__file__).resolve().parents[1]
PROC_TIMEOUT = 5.0  # the subprocess's Slack timeout; its lease is 3x that


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as srv:
        yield srv


def wait_for(predicate, seconds: float) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return False


@pytest.mark.parametrize("fault", ["hold_after_post", "hold_then_drop"])
def test_worker_killed_mid_send_then_restarted(db_engine: Engine, db_url: str, fake: FakeSlack, fault: str) -> None:
    cfg = config(fake)
    alerts = make_alerts(8)
    outbox = Outbox(db_engine, cfg)
    for a in alerts:
        outbox.enqueue(a)
    fake.add_fault("chat.postMessage", "none", times=3)
    fake.add_fault("chat.postMessage", fault)  # the 4th send hangs: posted (or not) and never answered
    env = {**os.environ, "CROSSGUARD_SLACK_BOT_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.delivery_proc", db_url, fake.base_url, ALERTS, str(PROC_TIMEOUT)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        held = wait_for(lambda: fake.count("chat.postMessage", "held") == 1, 30)
        assert held, proc.stderr.read().decode() if proc.poll() is not None else "worker never reached the hold"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        fake.release()
    before = statuses(db_engine)
    assert before.get("sending") == 1 and before.get("delivered") == 3, before
    assert len(fake.messages(ALERTS)) == (4 if fault == "hold_after_post" else 3)

    # The restarted process: new worker, its clock past the dead worker's lease.
    lease = timedelta(seconds=3 * PROC_TIMEOUT + 1)
    restarted = DeliveryWorker(db_engine, cfg, env=ENV, clock=lambda: utcnow() + lease)
    stats = restarted.run(max_seconds=20)
    assert statuses(db_engine) == {"delivered": 8}
    assert_exactly_once(fake, alerts)
    assert stats.verified == (1 if fault == "hold_after_post" else 0)
