"""`crossguard feeds match` as text: per item, its scope line or its SKUs (strongest first, at most
``limit``), each with the SKU's title and why it matched."""

from __future__ import annotations

from collections.abc import Iterable

from .result import ItemResult


def format_text(results: Iterable[ItemResult], limit: int = 20) -> str:
    lines: list[str] = []
    for r in results:
        ex = r.extraction
        title = (ex.title or ex.text[:100]) if ex is not None else ""
        lines.append(f"{r.id}: {title}")
        if r.scope != "skus":
            lines.append(f"  {r.line()}")
        elif not r.matches:
            lines.append("  no SKU concerned")
        for m in r.matches[:limit] if limit else r.matches:
            lines.append(f"  {m.strength:<8} {m.score:.2f}  {m.sku}  {m.title[:80]}")
            lines.append(f"  {'':<15}{'; '.join(m.basis)}")
        if limit and len(r.matches) > limit:
            lines.append(f"  and {len(r.matches) - limit} more (--all lists them all)")
    return "\n".join(lines)
