"""Account-linkage facts: clusters of seller accounts that share identifiers, one fact per cluster.

Accounts are grouped by (platform, account region); union-find over normalised identifier values
makes clusters, and each cluster of two or more becomes one `account_cluster` fact that
rules/accounts.yaml grades. Derived facts rather than a durable-rules join, because joins are
pairwise and clusters are transitive (docs/account-linkage.md has the measurements). Amazon runs
amazon.co.uk and the EU stores as one European account, so UK and EU accounts are compared
(`AMAZON_EUROPE`). Sensitive values are masked in evidence.
"""

from __future__ import annotations

import ipaddress
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from crossguard.engine.listing_facts import day_number
from crossguard.engine.markets import EU_MEMBER_STATES
from crossguard.engine.seller.facts import SellerFact, clean
from crossguard.engine.seller.marks import fold
from crossguard.engine.seller.models import SellerAccount

#: Regions of Amazon's unified European account (amazon.co.uk and the EU stores): one region for linkage.
AMAZON_EUROPE = frozenset({"EU", "GB", "XI", *EU_MEMBER_STATES})


def account_region(platform: str, region: str) -> str:
    """The region accounts are compared in: Amazon's European stores are one account region."""
    return "EU" if platform == "amazon" and region in AMAZON_EUROPE else region


class Strength(StrEnum):
    strong = "strong"
    medium = "medium"
    weak = "weak"


def _alnum_upper(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


def _email(value: str) -> str:
    return value.strip().lower()


def _phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[2:] if value.strip().startswith("00") else digits


def _ip(value: str) -> str:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return value.strip().lower()


ADDRESS_WORDS = {"str": "strasse", "st": "street", "rd": "road", "ave": "avenue", "av": "avenue"}


def _address_word(word: str) -> str:
    if word in ADDRESS_WORDS:
        return ADDRESS_WORDS[word]
    return word[:-3] + "strasse" if word.endswith("str") and len(word) > 3 else word  # Hauptstr. = Hauptstraße


def _address(value: str) -> str:
    return " ".join(_address_word(word) for word in re.findall(r"[^\W_]+", fold(value)))


def _legal_entity(value: str) -> str:
    return "".join(re.findall(r"[^\W_]+", fold(value)))


def _masked(value: str) -> str:
    return f"{value[:4]}…{value[-4:]}" if len(value) > 10 else f"…{value[-3:]}"


@dataclass(frozen=True)
class IdentifierKind:
    name: str  # attribute of SellerAccount, or 'legal_entity'
    strength: Strength
    normalise: Callable[[str], str]
    sensitive: bool = False


IDENTIFIER_KINDS: tuple[IdentifierKind, ...] = (
    IdentifierKind("bank_accounts", Strength.strong, _alnum_upper, sensitive=True),
    IdentifierKind("tax_ids", Strength.strong, _alnum_upper, sensitive=True),
    IdentifierKind("legal_entity", Strength.strong, _legal_entity),
    IdentifierKind("devices", Strength.medium, lambda v: v.strip().lower()),
    IdentifierKind("emails", Strength.medium, _email),
    IdentifierKind("phones", Strength.medium, _phone),
    IdentifierKind("addresses", Strength.medium, _address),
    IdentifierKind("ips", Strength.weak, _ip),
)


def identifiers(account: SellerAccount) -> list[tuple[IdentifierKind, str]]:
    found: list[tuple[IdentifierKind, str]] = []
    for kind in IDENTIFIER_KINDS:
        raw = [account.entity] if kind.name == "legal_entity" else getattr(account, kind.name)
        for value in raw:
            if value and (normal := kind.normalise(value)):
                found.append((kind, normal))
    return found


class UnionFind:
    def __init__(self, items: list[str]):
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class SharedIdentifier:
    kind: IdentifierKind
    value: str
    accounts: tuple[str, ...]

    def shown(self) -> str:
        value = _masked(self.value) if self.kind.sensitive else self.value
        return f"{self.kind.name} {value} ({', '.join(self.accounts)})"


@dataclass(frozen=True)
class Cluster:
    platform: str
    region: str
    accounts: tuple[SellerAccount, ...]
    shared: tuple[SharedIdentifier, ...]

    @property
    def account_ids(self) -> list[str]:
        return sorted(a.account_id for a in self.accounts)

    def count(self, strength: Strength) -> int:
        return sum(1 for s in self.shared if s.kind.strength is strength)

    @property
    def business_need_documented(self) -> bool:
        refs = {a.exemption for a in self.accounts}
        return len(refs) == 1 and None not in refs


def clusters(accounts: list[SellerAccount]) -> list[Cluster]:
    """Connected components of two or more accounts per (platform, account region)."""
    groups: dict[tuple[str, str], list[SellerAccount]] = defaultdict(list)
    for account in accounts:
        groups[(account.platform, account_region(account.platform, account.region))].append(account)
    found: list[Cluster] = []
    for (platform, region), members in sorted(groups.items()):
        by_id = {a.account_id: a for a in members}
        users: dict[tuple[str, str], set[str]] = defaultdict(set)
        kinds: dict[str, IdentifierKind] = {k.name: k for k in IDENTIFIER_KINDS}
        for account in members:
            for kind, value in identifiers(account):
                users[(kind.name, value)].add(account.account_id)
        union = UnionFind(list(by_id))
        for ids in users.values():
            first, *rest = sorted(ids)
            for other in rest:
                union.union(first, other)
        components: dict[str, list[str]] = defaultdict(list)
        for account_id in by_id:
            components[union.find(account_id)].append(account_id)
        for ids in components.values():
            if len(ids) < 2:
                continue
            members_set = set(ids)
            shared = tuple(
                SharedIdentifier(kinds[name], value, tuple(sorted(holders)))
                for (name, value), holders in sorted(users.items())
                if len(holders) >= 2 and holders <= members_set
            )
            found.append(Cluster(platform, region, tuple(by_id[i] for i in sorted(ids)), shared))
    return found


def cluster_fact(cluster: Cluster, at: date) -> SellerFact:
    counts = {strength: cluster.count(strength) for strength in Strength}
    strongest = next((s.value for s in Strength if counts[s]), "none")
    fact = clean({
        "day": day_number(at), "region": cluster.region, "platform": cluster.platform,
        "marketplace_region": cluster.region, "accounts": cluster.account_ids,
        "account_count": len(cluster.accounts),
        "strong_shared_count": counts[Strength.strong], "medium_shared_count": counts[Strength.medium],
        "weak_shared_count": counts[Strength.weak],
        "shared_kinds": sorted({s.kind.name for s in cluster.shared}), "strongest": strongest,
        "business_need_documented": cluster.business_need_documented,
        "account_regions": sorted({a.region for a in cluster.accounts}),
    })
    def listed(strength: Strength) -> str:
        items = [s.shown() for s in cluster.shared if s.kind.strength is strength]
        return "; ".join(items) if items else f"no {strength.value} identifier shared"

    refs = sorted({a.exemption or "(none)" for a in cluster.accounts})
    basis = {
        "strong_shared_count": f"bank/payment accounts, tax ids, legal entity: {listed(Strength.strong)}",
        "medium_shared_count": f"devices, emails, phones, addresses: {listed(Strength.medium)}",
        "weak_shared_count": f"login IPs: {listed(Strength.weak)}",
        "business_need_documented": f"business-need references of the accounts: {', '.join(refs)} "
                                    "(documented only when all accounts carry the same one)",
        "accounts": f"linked directly or through each other on {cluster.platform} {cluster.region}"
                    + (" (amazon.co.uk and the EU stores are one unified account region)"
                       if cluster.region == "EU" and cluster.platform == "amazon" else ""),
    }
    subject = f"accounts:{cluster.platform}:{cluster.region}/cluster:{'+'.join(cluster.account_ids)}"
    return SellerFact("account_cluster", fact, subject, basis, {"marketplace": cluster.platform})


def linkage_facts(accounts: list[SellerAccount], at: date) -> list[SellerFact]:
    return [cluster_fact(cluster, at) for cluster in clusters(accounts)]
