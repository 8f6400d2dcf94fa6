"""Console notifier: prints alerts for local use and the demo (control characters made visible,
``engine.text.printable``). Always "delivers"."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TextIO

from crossguard.engine.text import printable
from crossguard.notifiers.alert import KIND_LABEL, Alert, AlertKind, ref_marker
from crossguard.notifiers.base import LookupOutcome, LookupResult, Outcome, SendResult


def format_alert(alert: Alert, channel: str = "") -> str:
    """A readable multi-line block: the same facts as the Slack message."""
    head = f"[{alert.severity.value.upper()}] {alert.title}"
    lines = [head, "-" * min(len(head), 100)]
    where = f" -> {channel}" if channel else ""
    label = KIND_LABEL.get(alert.kind, alert.kind.value)
    lines.append(f"  {label} from {alert.source}{where}  ({ref_marker(alert.key)})")
    for label, value in (("rule", alert.rule), ("subject", alert.subject), ("pack", alert.pack),
                         ("market", alert.market)):
        if value:
            lines.append(f"  {label:<9} {value}")
    if alert.skus:
        lines.append(f"  {'skus':<9} {', '.join(alert.skus)}")
    for ev in alert.evidence:
        basis = f" ({ev.basis})" if ev.basis else ""
        lines.append(f"  evidence  {ev.field}: {ev.value}{basis}")
    if alert.remediation:
        lines.append(f"  {'do':<9} {alert.remediation}")
    if alert.link:
        lines.append(f"  {'link':<9} {alert.link}")
    if alert.kind is AlertKind.digest:
        for child in alert.children:
            skus = f" [{', '.join(child.skus[:5])}]" if child.skus else ""
            lines.append(f"  - ({child.severity.value}) {child.title}{skus}")
    return printable("\n".join(lines) + "\n")  # feed text must not drive the terminal


class ConsoleNotifier:
    name = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def send(self, alert: Alert, channel: str) -> SendResult:
        out = self.stream or sys.stdout
        out.write(format_alert(alert, channel) + "\n")
        out.flush()
        return SendResult(Outcome.delivered, remote_id="console")

    def find(self, alert: Alert, channel: str, since: datetime) -> LookupResult:
        return LookupResult(LookupOutcome.not_found)  # a print either happened or raised
