"""What a notifier is and what a send can come back with.

The outcome classes are the heart of "once": the delivery worker's reaction to each is fixed
(see notifiers.delivery), so every notifier only has to map its transport's errors onto them.

- ``delivered``: the reader can see it (``remote_id`` = Slack ``ts`` when known).
- ``rate_limited``: not posted; try again after ``retry_after`` seconds (HTTP 429 Retry-After).
- ``retry``: not posted (connection refused, 503 before processing); back off and resend.
- ``ambiguous``: the request left us and we do not know whether it was posted (response lost,
  timeout, 5xx after accepting); resending blindly could duplicate.
- ``permanent``: will not work without a human (channel_not_found, invalid_auth, is_archived...).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from crossguard.notifiers.alert import Alert


class Outcome(StrEnum):
    delivered = "delivered"
    rate_limited = "rate_limited"
    retry = "retry"
    ambiguous = "ambiguous"
    permanent = "permanent"


@dataclass
class SendResult:
    outcome: Outcome
    remote_id: str | None = None
    remote_channel: str | None = None
    retry_after: float | None = None
    http_status: int | None = None
    error: str | None = None


class LookupOutcome(StrEnum):
    found = "found"
    not_found = "not_found"
    retry = "retry"  # could not look now (outage, rate limit): stay ambiguous, try later
    unverifiable = "unverifiable"  # cannot ever look (webhook, missing scope)


@dataclass
class LookupResult:
    outcome: LookupOutcome
    remote_id: str | None = None
    remote_channel: str | None = None
    retry_after: float | None = None
    error: str | None = None


class Notifier(Protocol):
    """A destination kind. ``channel`` is the route's channel (ignored where the transport fixes it)."""

    name: str

    def send(self, alert: Alert, channel: str) -> SendResult: ...

    def find(self, alert: Alert, channel: str, since: datetime) -> LookupResult:
        """Look for a message with this alert's idempotency key posted at or after ``since``."""
        ...


class NotifierUnavailable(Exception):
    """The notifier cannot be built (e.g. its token is not in the environment). Deliveries wait."""


# Slack secrets recognisable on sight, redacted even if nobody registered them.
_SECRET_PATTERNS = [
    re.compile(r"xox[a-z]-[A-Za-z0-9-]+"),
    re.compile(r"xapp-[A-Za-z0-9-]+"),
    re.compile(r"https?://hooks\.slack\.com/\S+"),
]


class Redactor:
    """Removes known secrets (and anything that looks like a Slack token) from text we log or store."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()

    def add(self, secret: str | None) -> None:
        if secret and len(secret) >= 6:
            self._secrets.add(secret)
            if "://" in secret:  # a webhook URL: its path alone is the secret part
                path = secret.split("://", 1)[1].partition("/")[2]
                if len(path) >= 6:
                    self._secrets.add(path)

    def __call__(self, text: Any) -> str:
        out = str(text)
        for secret in sorted(self._secrets, key=len, reverse=True):
            out = out.replace(secret, "[redacted]")
        for pattern in _SECRET_PATTERNS:
            out = pattern.sub("[redacted]", out)
        return out


REDACT = Redactor()


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = REDACT(record.getMessage())
        record.args = None
        return True


def sdk_logger() -> logging.Logger:
    """The logger handed to slack-sdk clients.

    slack-sdk logs the full request URL (a webhook URL *is* its secret) whenever its logger's own
    level is NOTSET or DEBUG, regardless of handlers. This logger is pinned at CRITICAL and every
    record passes through the redactor, so turning on DEBUG elsewhere cannot leak a token.
    """
    logger = logging.getLogger("crossguard.slack_sdk")
    if not any(isinstance(f, _RedactingFilter) for f in logger.filters):
        logger.addFilter(_RedactingFilter())
    logger.setLevel(logging.CRITICAL)  # its error lines duplicate what outbox_attempts records
    return logger
