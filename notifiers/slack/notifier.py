"""Slack notifiers through slack-sdk: a bot token (chat.postMessage) or an incoming webhook.

Retries belong to the outbox, not to slack-sdk: both clients are built with ``retry_handlers=[]``
(slack-sdk's default would silently retry a connection error once, which for a response lost
after Slack posted the message means a duplicate we could not account for). Every send is one
HTTP request; its outcome is classified (notifiers.base.Outcome) and the delivery worker decides.

How duplicates are avoided without an idempotency key in chat.postMessage: each message carries
``metadata.event_payload.idempotency_key`` (and a ``cg:<key>`` marker in its context line).
When a send was *ambiguous* (request sent, no usable response), the worker calls :meth:`find`
before sending again; it pages through ``conversations.history`` from the first attempt onwards
(``include_all_metadata=true``) and, if the key is there, records that message's ``ts`` instead of
posting again. This needs the ``channels:history`` (or ``groups:history``) scope, and channel names
are resolved to ids with ``conversations.list`` (``channels:read``); without them a lookup is
*unverifiable* and ``outbox.on_unverifiable`` decides. Incoming webhooks cannot read history, so
for them an ambiguous send is always unverifiable.
"""

from __future__ import annotations

import re
import urllib.error
from datetime import datetime
from http.client import HTTPException
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web import WebClient
from slack_sdk.webhook import WebhookClient

from crossguard.notifiers.alert import Alert, ref_marker
from crossguard.notifiers.base import REDACT, LookupOutcome, LookupResult, Outcome, SendResult, sdk_logger
from crossguard.notifiers.slack.blocks import METADATA_EVENT, render
from crossguard.notifiers.slack.settings import SlackSettings

# ok:false codes that mean "not posted, fine to try again later".
RETRYABLE_ERRORS = {"service_unavailable", "team_added_to_org"}
# ok:false codes where Slack itself says part of the work may have happened.
AMBIGUOUS_ERRORS = {"fatal_error", "internal_error", "request_timeout"}
RATE_LIMIT_ERRORS = {"ratelimited": 1.0, "rate_limited": 1.0, "message_limit_exceeded": 60.0}
# Everything else is permanent; these are the common ones, listed so `alerts list` can explain.
PERMANENT_HINTS = {
    "channel_not_found": "the channel does not exist or the bot cannot see it (use its id, invite the app)",
    "not_in_channel": "invite the app to the channel (/invite @app)",
    "is_archived": "the channel is archived; unarchive it or change the route",
    "invalid_auth": "the token is invalid; check the bot token environment variable",
    "not_authed": "no token was sent; set the bot token environment variable",
    "account_inactive": "the token's user or app was deactivated",
    "token_revoked": "the token was revoked; reinstall the app and update the token",
    "token_expired": "the token expired; rotate it",
    "missing_scope": "the app lacks chat:write (or history) scope",
    "restricted_action": "a workspace preference prevents the app from posting",
    "channel_is_archived": "the webhook's channel is archived",
    "action_prohibited": "an admin restricted this webhook",
    "no_service": "the webhook was disabled or removed",
    "invalid_token": "the webhook URL is invalid",
    "invalid_payload": "the message was rejected as malformed",
    "invalid_blocks": "Slack refused the message layout, and the plain-text fallback too",
    "invalid_arguments": "Slack refused the message (text too long or malformed metadata)",
}
#: Slack refused the blocks, so nothing was posted: the plain-text form is sent instead of losing the alert.
BLOCK_ERRORS = ("invalid_blocks", "invalid_blocks_format", "msg_blocks_too_long")
_CHANNEL_ID_RE = re.compile(r"^[CGDZ][A-Z0-9]{6,}$")
HISTORY_PAGE = 200
HISTORY_MAX_PAGES = 50


def _retry_after(headers: Any, default: float = 1.0) -> float:
    """Retry-After in seconds (Slack sends an integer); clamp to something sane."""
    raw = None
    if headers:
        for name in ("retry-after", "Retry-After"):
            value = headers.get(name) if hasattr(headers, "get") else None
            if value:
                raw = value[0] if isinstance(value, list) else value
                break
    try:
        return min(max(float(raw), 0.0), 3600.0) if raw is not None else default
    except (TypeError, ValueError):
        return default


def explain(error: str) -> str:
    hint = PERMANENT_HINTS.get(error)
    return f"{error}: {hint}" if hint else error


def classify_api_error(exc: SlackApiError) -> SendResult:
    resp = exc.response
    status = getattr(resp, "status_code", None)
    data = resp.data if isinstance(getattr(resp, "data", None), dict) else {}
    code = str(data.get("error") or "")
    if status == 429 or code in RATE_LIMIT_ERRORS:
        return SendResult(Outcome.rate_limited, http_status=status, error=code or "ratelimited",
                          retry_after=_retry_after(resp.headers, RATE_LIMIT_ERRORS.get(code, 1.0)))
    if status is not None and status >= 500:
        outcome = Outcome.retry if status == 503 else Outcome.ambiguous
        return SendResult(outcome, http_status=status, error=f"HTTP {status}")
    if code in RETRYABLE_ERRORS:
        return SendResult(Outcome.retry, http_status=status, error=code)
    if code in AMBIGUOUS_ERRORS:
        return SendResult(Outcome.ambiguous, http_status=status, error=code)
    return SendResult(Outcome.permanent, http_status=status,
                      error=explain(code) if code else REDACT(f"HTTP {status}: {str(exc)[:200]}"))


def classify_exception(exc: BaseException) -> SendResult:
    """Transport errors. urllib wraps failures *before* the request was fully sent in URLError
    (connection refused, DNS, connect timeout): nothing was posted. Errors while waiting for the
    response (RemoteDisconnected, reset, read timeout) come after Slack had the whole request.
    """
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc, urllib.error.HTTPError):
        return SendResult(Outcome.retry, error=REDACT(f"unreachable: {exc.reason}"))
    return SendResult(Outcome.ambiguous, error=REDACT(f"{type(exc).__name__}: {exc}")[:300])


def _refused_blocks(result: SendResult) -> bool:
    return result.outcome is Outcome.permanent and (result.error or "").startswith(BLOCK_ERRORS)


def _has_key(message: dict[str, Any], key: str) -> bool:
    meta = message.get("metadata") or {}
    if meta.get("event_type") == METADATA_EVENT and (meta.get("event_payload") or {}).get("idempotency_key") == key:
        return True
    marker = ref_marker(key)
    if marker in str(message.get("text") or ""):
        return True
    return marker in str(message.get("blocks") or "")


class SlackBotNotifier:
    """chat.postMessage with a bot token; can verify ambiguous sends via conversations.history."""

    name = "slack-bot"

    def __init__(self, token: str, settings: SlackSettings, *, digest_max_items: int = 50) -> None:
        REDACT.add(token)
        self.client = WebClient(token=token, base_url=settings.base_url, timeout=settings.timeout,  # type: ignore[arg-type]
                                retry_handlers=[], logger=sdk_logger())
        self.digest_max_items = digest_max_items
        self._ids: dict[str, str] = {}

    def send(self, alert: Alert, channel: str) -> SendResult:
        msg = render(alert, digest_max_items=self.digest_max_items)
        result = self._post(channel, msg)
        if _refused_blocks(result):
            result = self._post(channel, {**msg, "blocks": None})
        return result

    def _post(self, channel: str, msg: dict[str, Any]) -> SendResult:
        try:
            resp = self.client.chat_postMessage(channel=channel, text=msg["text"], blocks=msg["blocks"],
                                                metadata=msg["metadata"], unfurl_links=False, unfurl_media=False)
        except SlackApiError as exc:
            return classify_api_error(exc)
        except (OSError, HTTPException, ValueError) as exc:
            return classify_exception(exc)
        ts, chan = resp.get("ts"), resp.get("channel")
        if chan and channel not in self._ids:
            self._ids[channel] = chan
        return SendResult(Outcome.delivered, remote_id=ts, remote_channel=chan, http_status=resp.status_code)

    def _lookup_error(self, exc: BaseException) -> LookupResult:
        result = classify_api_error(exc) if isinstance(exc, SlackApiError) else classify_exception(exc)
        if result.outcome is Outcome.permanent:
            return LookupResult(LookupOutcome.unverifiable, error=f"history lookup: {result.error}")
        return LookupResult(LookupOutcome.retry, retry_after=result.retry_after,
                            error=f"history lookup: {result.error}")

    def channel_id(self, channel: str) -> str | None:
        """Channel ids pass through; names (with or without '#') are resolved once and cached."""
        if _CHANNEL_ID_RE.match(channel):
            return channel
        if channel in self._ids:
            return self._ids[channel]
        name = channel.lstrip("#")
        cursor = None
        for _ in range(HISTORY_MAX_PAGES):
            resp = self.client.conversations_list(types="public_channel,private_channel", limit=200,
                                                  cursor=cursor, exclude_archived=False)
            for chan in resp.get("channels", []):
                if chan.get("name") == name:
                    self._ids[channel] = chan["id"]
                    return chan["id"]
            cursor = (resp.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return None
        return None

    def find(self, alert: Alert, channel: str, since: datetime) -> LookupResult:
        try:
            chan_id = self.channel_id(channel)
            if chan_id is None:
                return LookupResult(LookupOutcome.unverifiable, error=f"history lookup: channel {channel} not found")
            cursor = None
            oldest = f"{since.timestamp() - 60:.6f}"  # our clock and Slack's may differ; the key decides
            for _ in range(HISTORY_MAX_PAGES):
                resp = self.client.conversations_history(channel=chan_id, oldest=oldest, limit=HISTORY_PAGE,
                                                         include_all_metadata=True, cursor=cursor)
                for message in resp.get("messages", []):
                    if _has_key(message, alert.key):
                        return LookupResult(LookupOutcome.found, remote_id=message.get("ts"), remote_channel=chan_id)
                cursor = (resp.get("response_metadata") or {}).get("next_cursor")
                if not (resp.get("has_more") and cursor):
                    return LookupResult(LookupOutcome.not_found)
            return LookupResult(LookupOutcome.unverifiable, error="history lookup: too many messages to search")
        except (SlackApiError, OSError, HTTPException, ValueError) as exc:
            return self._lookup_error(exc)


class SlackWebhookNotifier:
    """Incoming webhook: the channel is fixed by the URL; no way to read back what was posted."""

    name = "slack-webhook"

    def __init__(self, url: str, settings: SlackSettings, *, digest_max_items: int = 50) -> None:
        REDACT.add(url)
        self.client = WebhookClient(url, timeout=settings.timeout, retry_handlers=[], logger=sdk_logger())  # type: ignore[arg-type]
        self.digest_max_items = digest_max_items

    def send(self, alert: Alert, channel: str) -> SendResult:
        msg = render(alert, digest_max_items=self.digest_max_items)
        result = self._post(msg)
        if _refused_blocks(result):
            result = self._post({**msg, "blocks": None})
        return result

    def _post(self, msg: dict[str, Any]) -> SendResult:
        try:
            resp = self.client.send(text=msg["text"], blocks=msg["blocks"], metadata=msg["metadata"],
                                    unfurl_links=False, unfurl_media=False)
        except (OSError, HTTPException, ValueError) as exc:
            return classify_exception(exc)
        status, body = resp.status_code, (resp.body or "").strip()
        if status == 200:
            return SendResult(Outcome.delivered, http_status=status)
        if status == 429:
            return SendResult(Outcome.rate_limited, http_status=status, error="ratelimited",
                              retry_after=_retry_after(resp.headers))
        if status >= 500:
            outcome = Outcome.retry if status == 503 else Outcome.ambiguous
            return SendResult(outcome, http_status=status, error=f"HTTP {status} {body[:60]}".strip())
        code = body if re.fullmatch(r"[a-z_]{3,60}", body) else f"HTTP {status}"
        return SendResult(Outcome.permanent, http_status=status, error=REDACT(explain(code)))

    def find(self, alert: Alert, channel: str, since: datetime) -> LookupResult:
        return LookupResult(LookupOutcome.unverifiable, error="incoming webhooks cannot read channel history")
