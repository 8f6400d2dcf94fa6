"""Outbox throughput against the fake Slack Web API on 127.0.0.1.

    .venv/bin/python bench/notify_outbox.py [--alerts 1000] [--db URL] [--faults 0.1] [--workers 1]

Measures enqueue rate (alerts stored with their deliveries, one transaction each) and delivery
rate (claim -> chat.postMessage over real HTTP -> record, per message), then checks the channel
holds every alert exactly once. ``--faults`` makes that share of posts fail (503, dropped
connection after posting, 429 Retry-After 0); per-channel pacing is off (Slack's real limit is
~1 msg/s per channel, so in production the outbox is never the bottleneck).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crossguard.notifiers.delivery import DeliveryWorker  # noqa: E402
from crossguard.notifiers.outbox import Outbox  # noqa: E402
from crossguard.store.db import make_engine  # noqa: E402
from crossguard.store.migrate import upgrade_to_head  # noqa: E402
from tests.fakes.outbox_helpers import ALERTS, ENV, config, make_alerts  # noqa: E402
from tests.fakes.slack_server import FakeSlack  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--alerts", type=int, default=1000)
    ap.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    ap.add_argument("--faults", type=float, default=0.0, help="share of posts that fail transiently")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeSlack() as fake:
        url = args.db or f"sqlite:///{tmp}/bench.db"
        engine = make_engine(url)
        upgrade_to_head(engine)
        cfg = config(fake, timeout=2.0, backoff_base=0.01, backoff_cap=0.05)
        alerts = make_alerts(args.alerts, prefix=f"bench-{time.time()}")
        if args.faults:  # spread the faults over the run
            rng = random.Random(1)
            n_faults = int(args.alerts * args.faults)
            actions = [rng.choice(["http:503", "drop_after_post", "ratelimit:0"]) for _ in range(n_faults)]
            actions += ["none"] * (args.alerts - n_faults)
            rng.shuffle(actions)
            for action in actions:
                fake.add_fault("chat.postMessage", action)
        outbox = Outbox(engine, cfg)
        t0 = time.perf_counter()
        for a in alerts:
            outbox.enqueue(a)
        t_enqueue = time.perf_counter() - t0
        t1 = time.perf_counter()
        workers = [DeliveryWorker(engine, cfg, env=ENV) for _ in range(args.workers)]
        threads = [threading.Thread(target=w.run, kwargs={"max_seconds": 600}) for w in workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        t_deliver = time.perf_counter() - t1
        keys = fake.keys(ALERTS)
        lost = len({a.key for a in alerts} - set(keys))
        dupes = len(keys) - len(set(keys))
        backend = url.split(":", 1)[0]
        print(f"backend={backend} alerts={args.alerts} workers={args.workers} faults={args.faults:.0%}")
        print(f"enqueue: {t_enqueue:.2f}s  {args.alerts / t_enqueue:,.0f} alerts/s")
        print(f"deliver: {t_deliver:.2f}s  {args.alerts / t_deliver:,.0f} msgs/s  "
              f"(posts {fake.count('chat.postMessage')}, history lookups {fake.count('conversations.history')})")
        print(f"channel: {len(keys)} messages, lost {lost}, duplicated {dupes}")
        engine.dispose()
        return 0 if lost == 0 and dupes == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
