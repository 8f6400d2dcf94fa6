"""Slack transport: the bot (Web API, with lookup of lost posts) and incoming webhooks.

``notifier`` sends, ``blocks`` renders Block Kit, ``settings`` is the configuration section.
A new transport (email, Teams) is a folder like this one plus one line in ``notifiers.registry``.
"""

from crossguard.notifiers.slack.notifier import SlackBotNotifier, SlackWebhookNotifier

__all__ = ["SlackBotNotifier", "SlackWebhookNotifier"]
