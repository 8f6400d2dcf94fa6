"""The findings filter as query parameters: one definition for the web list, its exports and bulk
actions, and ``GET /v1/findings``.

Every filter takes several values (``?severity=critical&severity=high``) or comma-separated ones;
``status`` also takes ``active`` (open, acknowledged, waived; the default) and ``all``; ``owner``
takes ``-`` for findings nobody owns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Annotated
from urllib.parse import parse_qs, urlencode

from fastapi import HTTPException, Query

from crossguard.register.models import ACTIVE_STATUSES, STATUS_VALUES
from crossguard.register.queries import SORTS, Filters

MAX_PER_PAGE = 500
Multi = Annotated[list[str] | None, Query()]


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


@dataclass
class FindingQuery:
    status: list[str] = field(default_factory=list)
    severity: list[str] = field(default_factory=list)
    market: list[str] = field(default_factory=list)
    marketplace: list[str] = field(default_factory=list)
    pack: list[str] = field(default_factory=list)
    rule: list[str] = field(default_factory=list)
    sku: list[str] = field(default_factory=list)
    owner: list[str] = field(default_factory=list)
    overdue: bool = False
    sort: str = "severity"
    desc: bool = False
    page: int = 1
    per_page: int = 50

    def filters(self) -> Filters:
        statuses = [s.lower() for s in self.status] or ["active"]
        if "all" in statuses:
            chosen: list[str] = []
        else:
            named = {s for s in statuses if s != "active"}
            chosen = sorted(named | (set(ACTIVE_STATUSES) if "active" in statuses else set()))
            unknown = [s for s in chosen if s not in STATUS_VALUES]
            if unknown:
                raise HTTPException(422, f"unknown status {', '.join(unknown)} (use {', '.join(STATUS_VALUES)}, "
                                         "active or all)")
        return Filters(statuses=chosen, severities=self.severity, markets=self.market, marketplaces=self.marketplace,
                       packs=self.pack, rules=self.rule, skus=self.sku, owners=self.owner, overdue=self.overdue)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def params(self, **changes: object) -> dict[str, object]:
        """The query as parameters (defaults left out), with ``changes`` applied."""
        values: dict[str, object] = {}
        for f in fields(self):
            value = changes.get(f.name, getattr(self, f.name))
            default = f.default_factory() if callable(f.default_factory) else f.default  # type: ignore[misc]
            if value != default:
                values[f.name] = ("1" if value else "0") if isinstance(value, bool) else value
        return values

    def query_string(self, **changes: object) -> str:
        return urlencode(self.params(**changes), doseq=True)

    def filter_string(self) -> str:
        """Only the filters (no sort or page): what exports and bulk actions carry."""
        return self.query_string(sort="severity", desc=False, page=1, per_page=50)

    @property
    def active_filters(self) -> int:
        return sum(1 for name in ("severity", "market", "marketplace", "pack", "rule", "sku", "owner")
                   if getattr(self, name)) + int(self.overdue) + int(bool(self.status))


def query_from_string(query: str) -> FindingQuery:
    """A filter carried as a query string in a form field (bulk actions, exports)."""
    parsed = parse_qs(query, keep_blank_values=False)
    one = {name: parsed[name][-1] for name in ("sort", "page", "per_page") if name in parsed}
    return finding_query(
        **{name: parsed.get(name) for name in ("status", "severity", "market", "marketplace", "pack", "rule", "sku",
                                               "owner")},
        overdue=parsed.get("overdue", ["0"])[-1].lower() in ("1", "true", "yes", "on"),
        desc=parsed.get("desc", ["0"])[-1].lower() in ("1", "true", "yes", "on"),
        sort=one.get("sort", "severity"), page=int(one.get("page", 1)), per_page=min(int(one.get("per_page", 50)),
                                                                                      MAX_PER_PAGE),
    )


def finding_query(
    status: Multi = None, severity: Multi = None, market: Multi = None, marketplace: Multi = None,
    pack: Multi = None, rule: Multi = None, sku: Multi = None, owner: Multi = None,
    overdue: Annotated[bool, Query(description="only findings past their due date")] = False,
    sort: Annotated[str, Query(description=f"one of {', '.join(SORTS)}")] = "severity",
    desc: Annotated[bool, Query(description="reverse the sort")] = False,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 50,
) -> FindingQuery:
    """A FastAPI dependency reading the filter from the query string."""
    if sort not in SORTS:
        raise HTTPException(422, f"unknown sort {sort!r} (use {', '.join(SORTS)})")
    return FindingQuery(
        status=_split(status), severity=[s.lower() for s in _split(severity)],
        market=[m.upper() for m in _split(market)], marketplace=[m.lower() for m in _split(marketplace)],
        pack=_split(pack), rule=_split(rule), sku=_split(sku), owner=_split(owner), overdue=overdue,
        sort=sort, desc=desc, page=page, per_page=per_page,
    )  # fmt: skip
