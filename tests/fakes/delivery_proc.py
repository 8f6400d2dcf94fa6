"""A delivery worker as its own process, for the kill -9 test: ``python -m tests.fakes.delivery_proc``.

Arguments: DB_URL SLACK_BASE_URL CHANNEL TIMEOUT. The bot token comes from the environment, as
in production.
"""

from __future__ import annotations

import sys

from crossguard.notifiers.config import NotifyConfig, OutboxSettings, Route
from crossguard.notifiers.delivery import DeliveryWorker
from crossguard.notifiers.slack.settings import SlackSettings
from crossguard.store.db import make_engine


def main(argv: list[str]) -> int:
    db_url, base_url, channel, timeout = argv[0], argv[1], argv[2], float(argv[3])
    cfg = NotifyConfig(
        slack=SlackSettings(base_url=base_url, timeout=timeout, min_interval_per_channel=0),
        routes=[Route(name="alerts", notifier="slack-bot", channel=channel)],
        outbox=OutboxSettings(backoff_base=0.05, backoff_cap=0.2, lease=3 * timeout),
    )
    engine = make_engine(db_url)
    print("worker started", flush=True)
    DeliveryWorker(engine, cfg).run(max_seconds=60)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
