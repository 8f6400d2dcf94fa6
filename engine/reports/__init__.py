"""Reports for pipelines: SARIF, JUnit XML, JSON Lines and GitHub Actions annotations.

Each format is a module with one renderer, ``render(context, items) -> Iterator[str]``, registered
in :data:`REPORTS` under the name ``--format`` takes. ``check``, ``seller-check`` and ``scan`` feed
them the same items (``model.SubjectResult`` and input ``RowError``), so a new format is one module
and one line here. When the run fails (``--fail-on``, ``--soft-fail``) is ``policy``'s business.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from crossguard.engine.reports.github import render_github
from crossguard.engine.reports.jsonl import render_jsonl
from crossguard.engine.reports.junit import render_junit
from crossguard.engine.reports.model import ReportContext, ReportItem
from crossguard.engine.reports.sarif import render_sarif

Renderer = Callable[[ReportContext, Iterable[ReportItem]], Iterator[str]]

#: ``--format`` name -> renderer, for every command that reports subjects and findings.
REPORTS: dict[str, Renderer] = {
    "sarif": render_sarif,
    "junit": render_junit,
    "jsonl": render_jsonl,
    "github": render_github,
}

#: Formats that point at files and lines: only they need a locator (which reads the catalog again).
LOCATED = frozenset({"sarif", "junit", "github"})
