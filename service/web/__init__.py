"""Server-rendered pages of the officer's workspace (Jinja2 templates in ``service/templates``)."""

from __future__ import annotations

from crossguard.service.web import admin, exports, findings, login, pages

routers = (login.router, pages.router, findings.router, exports.router, admin.router)
