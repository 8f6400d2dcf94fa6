"""Slack transport: the bot (Web API, with lookup of lost posts) and incoming webhooks.

``notifier`` sends, ``blocks`` renders Block Kit, ``settings`` is the configuration section.
A new transport (email, Teams) is a folder like this one plus one line in ``notifiers.registry``.

The notifiers are imported when first asked for (``crossguard.notifiers.slack.SlackBotNotifier``): the
configuration reads ``settings`` of this package, and a command that only reads the configuration must not load
the Slack client with it (docs/startup.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crossguard.notifiers.slack.notifier import SlackBotNotifier, SlackWebhookNotifier

__all__ = ["SlackBotNotifier", "SlackWebhookNotifier"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from crossguard.notifiers.slack import notifier

        return getattr(notifier, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
