"""Routing: severity thresholds (both sides), digest cut-off (both sides), filters, config checks."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from crossguard.engine.findings import Severity
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.notifiers.config import NotifyConfig, Route
from crossguard.notifiers.outbox import decide


def alert(severity: Severity, *, pack: str = "eu-ce", market: str = "DE",
          kind: AlertKind = AlertKind.finding_new) -> Alert:
    return Alert(key=alert_key("t", severity, pack, market, kind), kind=kind, source="test", severity=severity,
                 title="t", subject="s", pack=pack, market=market)


def routed(a: Alert, *routes: Route) -> dict[str, bool]:
    return {d.route.name: d.digest for d in decide(a, routes)}


@pytest.mark.parametrize(("severity", "expected"), [
    (Severity.critical, True), (Severity.high, True), (Severity.medium, False), (Severity.info, False)])
def test_min_severity_is_inclusive(severity: Severity, expected: bool) -> None:
    route = Route(name="r", channel="C1", min_severity=Severity.high)
    assert ("r" in routed(alert(severity), route)) is expected


@pytest.mark.parametrize(("severity", "digest"), [
    (Severity.critical, False), (Severity.high, False), (Severity.medium, True), (Severity.low, True)])
def test_digest_below_cut_off(severity: Severity, digest: bool) -> None:
    route = Route(name="r", channel="C1", min_severity=Severity.low, digest_below=Severity.high)
    assert routed(alert(severity), route) == {"r": digest}


def test_below_min_severity_is_not_even_digested() -> None:
    route = Route(name="r", channel="C1", min_severity=Severity.low, digest_below=Severity.high)
    assert routed(alert(Severity.info), route) == {}


def test_pack_market_and_kind_filters() -> None:
    eu = Route(name="eu", channel="C1", markets=["DE", "FR"])
    fx = Route(name="fx", channel="C2", packs=["fx"])
    feeds = Route(name="feeds", channel="C3", kinds=[AlertKind.feed_item])
    everything = Route(name="all", channel="C4")
    routes = (eu, fx, feeds, everything)
    assert routed(alert(Severity.high, market="DE"), *routes).keys() == {"eu", "all"}
    assert routed(alert(Severity.high, market="US", pack="fx"), *routes).keys() == {"fx", "all"}
    assert routed(alert(Severity.high, market="GB", kind=AlertKind.feed_item), *routes).keys() == {"feeds", "all"}


def test_uk_is_read_as_gb_in_routes() -> None:
    assert Route(name="r", markets=["uk"]).markets == ["GB"]


def test_digest_threshold_must_be_above_min_severity() -> None:
    with pytest.raises(ValidationError, match="digest_below"):
        Route(name="r", min_severity=Severity.high, digest_below=Severity.medium)


def test_config_rejects_duplicates_and_short_leases() -> None:
    with pytest.raises(ValidationError, match="duplicate route"):
        NotifyConfig(routes=[Route(name="a"), Route(name="a")])
    with pytest.raises(ValidationError, match="lease"):
        NotifyConfig.model_validate({"slack": {"timeout": 30}, "outbox": {"lease": 60}})
    with pytest.raises(ValidationError):
        NotifyConfig.model_validate({"routes": [{"name": "a", "chanel": "typo"}]})


def test_alert_key_is_stable_and_separator_safe() -> None:
    assert alert_key("a", 1) == alert_key("a", 1)
    assert alert_key("ab", "c") != alert_key("a", "bc")


def test_possible_only_feed_items_go_to_the_digest_of_routes_that_have_one() -> None:
    team = Route(name="team", notifier="console", min_severity=Severity.low, digest_below=Severity.medium)
    urgent = Route(name="urgent", notifier="console", min_severity=Severity.high)
    everything = Route(name="all", notifier="console")
    marked = alert(Severity.high).model_copy(update={"digest": True})
    assert routed(marked, team, urgent, everything) == {"team": True, "urgent": False, "all": False}
    assert routed(alert(Severity.high), team) == {"team": False}  # the same severity, not marked: sent at once
