"""Notifier registry: route ``notifier:`` names to factories.

A factory gets the notifier settings, the environment and the route's own secret variable (if
any) and returns a ready notifier, or raises NotifierUnavailable (missing token): deliveries for
it then wait, with the reason recorded, until the environment is fixed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TextIO

from crossguard.notifiers.base import Notifier, NotifierUnavailable
from crossguard.notifiers.config import NotifyConfig
from crossguard.notifiers.console import ConsoleNotifier
from crossguard.notifiers.slack import SlackBotNotifier, SlackWebhookNotifier


@dataclass
class NotifierContext:
    config: NotifyConfig
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)
    secret_env: str | None = None
    stream: TextIO | None = None


def _secret(ctx: NotifierContext, default_env: str, what: str) -> str:
    name = ctx.secret_env or default_env
    value = (ctx.env.get(name) or "").strip()
    if not value:
        raise NotifierUnavailable(f"{what}: environment variable {name} is not set")
    return value


def _bot(ctx: NotifierContext) -> Notifier:
    token = _secret(ctx, ctx.config.slack.bot_token_env, "slack-bot")
    return SlackBotNotifier(token, ctx.config.slack, digest_max_items=ctx.config.digest.max_items)


def _webhook(ctx: NotifierContext) -> Notifier:
    url = _secret(ctx, ctx.config.slack.webhook_url_env, "slack-webhook")
    if not url.lower().startswith(("https://", "http://")):
        raise NotifierUnavailable("slack-webhook: the webhook URL must be http(s)")
    return SlackWebhookNotifier(url, ctx.config.slack, digest_max_items=ctx.config.digest.max_items)


def _console(ctx: NotifierContext) -> Notifier:
    return ConsoleNotifier(ctx.stream)


NOTIFIERS: dict[str, Callable[[NotifierContext], Notifier]] = {
    "slack-bot": _bot,
    "slack-webhook": _webhook,
    "console": _console,
}
