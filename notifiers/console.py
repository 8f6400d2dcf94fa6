"""Console notifier: prints alerts for local use and the demo (control characters made visible,
``engine.text.printable``). Always "delivers"."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TextIO

from crossguard.engine.text import printable
from crossguard.notifiers.alert import KIND_LABEL, MAX_PRODUCTS, Alert, AlertKind, AlertProduct, ref_marker
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
    lines += _sku_lines(alert)
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


def product_lines(products: list[AlertProduct], indent: str = "    ") -> list[str]:
    """One line per SKU (strength, score, SKU, title) and one with why it matched."""
    lines = []
    for p in products:
        head = f"{p.strength or '':<8} {p.score:.2f}  " if p.score is not None else (f"{p.strength:<8} "
                                                                                       if p.strength else "")
        lines.append(f"{indent}{head}{p.sku}  {p.title[:100]}".rstrip())
        if p.reason:
            lines.append(f"{indent}{'':<{len(head)}}{p.reason[:300]}")
    return lines


def _sku_lines(alert: Alert) -> list[str]:
    """The SKUs: titled and reasoned when the alert has them, at most MAX_PRODUCTS, then "and N more"."""
    total = max(alert.products_total, len(alert.skus))
    more = f"and {total - min(len(alert.skus), MAX_PRODUCTS):,} more: {alert.more_command()}"
    if alert.products:
        lines = [f"  {'skus':<9} {len(alert.products)} of {total:,}, strongest first:" if total > len(alert.products)
                 else f"  {'skus':<9} strongest first:"]
        lines += product_lines(alert.products)
        return lines + ([f"    {more}"] if alert.more_products else [])
    if not alert.skus:
        return []
    shown = ", ".join(alert.skus[:MAX_PRODUCTS])
    return [f"  {'skus':<9} {shown}" + (f" ({more})" if total > MAX_PRODUCTS else "")]


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
