"""The ``notifiers.slack`` section of the configuration: where Slack is and how fast to post.

Secrets are never part of it: it names the environment variables that hold the bot token and the
webhook URL, so a configuration file can be committed and printed safely.
"""

from __future__ import annotations

from pydantic import Field

from crossguard.engine.strict import StrictModel


class SlackSettings(StrictModel):
    bot_token_env: str = "CROSSGUARD_SLACK_BOT_TOKEN"
    webhook_url_env: str = "CROSSGUARD_SLACK_WEBHOOK_URL"
    base_url: str = "https://slack.com/api/"
    timeout: float = Field(10, gt=0, description="Seconds per Slack HTTP request")
    min_interval_per_channel: float = Field(
        1.0, ge=0, description="Pacing between posts to one channel (Slack allows about 1 msg/s per channel)"
    )
