"""Account linkage: clustering in Python (normalised identifiers, transitive links, per platform and
region), grading and exemptions in rules/accounts.yaml through the real engine."""

from __future__ import annotations

from datetime import date

import pytest

from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.linkage import clusters
from tests.seller_support import account, finding, run, seller_evaluator

AT = date(2026, 11, 25)


@pytest.fixture(scope="module")
def evaluator():
    return seller_evaluator("accounts")


def grade(evaluator, *accounts):
    return run(evaluator, SellerData(accounts=list(accounts)), AT)


@pytest.mark.parametrize(
    ("shared", "expected"),
    [
        ({"bank_accounts": ["DE89 3704 0044 0532 0130 00"]}, "ACCT-LINK-001"),
        ({"tax_ids": ["DE298765431"]}, "ACCT-LINK-001"),
        ({"entity": "Acme GmbH"}, "ACCT-LINK-001"),
        ({"devices": ["fp-1"]}, "ACCT-LINK-002"),
        ({"emails": ["ops@acme.example"]}, "ACCT-LINK-002"),
        ({"phones": ["+49 30 1234567"]}, "ACCT-LINK-002"),
        ({"addresses": ["Hauptstr. 1, 10115 Berlin"]}, "ACCT-LINK-002"),
        ({"ips": ["203.0.113.7"]}, "ACCT-LINK-003"),
    ],
)
def test_grade_by_identifier_strength(evaluator, shared, expected):
    result = grade(evaluator, account("A", **shared), account("B", **shared))
    assert [f.rule_id for f in result.findings] == [expected]


def test_one_finding_per_cluster_at_its_strongest_grade(evaluator):
    shared = {"ips": ["203.0.113.7"], "emails": ["ops@acme.example"], "bank_accounts": ["DE89370400440532013000"]}
    result = grade(evaluator, account("A", **shared), account("B", **shared))
    assert [f.rule_id for f in result.findings] == ["ACCT-LINK-001"]
    found = finding(result, "ACCT-LINK-001")
    evidence = {e.field: e for e in found.evidence}
    assert evidence["strong_shared_count"].value == 1
    assert "DE89…3000 (A, B)" in evidence["strong_shared_count"].basis  # masked in evidence
    assert found.subject == "accounts:amazon:EU/cluster:A+B"


def test_medium_and_weak_cluster_is_one_medium_finding(evaluator):
    shared = {"ips": ["203.0.113.7"], "phones": ["+49 30 1234567"]}
    result = grade(evaluator, account("A", **shared), account("B", **shared))
    assert [f.rule_id for f in result.findings] == ["ACCT-LINK-002"]


def test_no_shared_identifier_no_finding(evaluator):
    result = grade(evaluator, account("A", ips=["203.0.113.7"], emails=["a@x.example"]),
                   account("B", ips=["203.0.113.8"], emails=["b@x.example"]))
    assert result.findings == [] and result.checked == {}


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        (("AMZ-1", "AMZ-1"), []),                       # approved exemption covering both
        (("AMZ-1", None), ["ACCT-LINK-001"]),           # one account not covered
        (("AMZ-1", "AMZ-2"), ["ACCT-LINK-001"]),        # two different approvals do not cover each other
        ((None, None), ["ACCT-LINK-001"]),
    ],
)
def test_exemption(evaluator, refs, expected):
    bank = ["GB29 NWBK 6016 1331 9268 19"]
    result = grade(evaluator, account("A", bank_accounts=bank, exemption=refs[0]),
                   account("B", bank_accounts=bank, exemption=refs[1]))
    assert [f.rule_id for f in result.findings] == expected


def test_exemption_of_a_pair_does_not_cover_a_third_linked_account(evaluator):
    bank = ["GB29NWBK60161331926819"]
    result = grade(evaluator, account("A", bank_accounts=bank, exemption="AMZ-1"),
                   account("B", bank_accounts=bank, exemption="AMZ-1"),
                   account("C", devices=["fp-9"]), account("D", devices=["fp-9"], bank_accounts=bank))
    found = finding(result, "ACCT-LINK-001")
    assert found.subject == "accounts:amazon:EU/cluster:A+B+C+D"


def test_links_are_transitive_and_normalised():
    accounts = [
        account("A", bank_accounts=["DE89 3704 0044 0532 0130 00"]),
        account("B", bank_accounts=["de89370400440532013000"], phones=["+49 (30) 123-4567"]),
        account("C", phones=["0049 30 1234567"], emails=["Ops@Acme.example"]),
        account("D", emails=["ops@acme.example "], addresses=["Brückenstraße 12, Leipzig"]),
        account("E", addresses=["Brückenstr. 12 Leipzig"]),
        account("F", addresses=["Brückenstraße 14, Leipzig"]),
    ]
    found = clusters(accounts)
    assert [c.account_ids for c in found] == [["A", "B", "C", "D", "E"]]
    kinds = sorted(s.kind.name for s in found[0].shared)
    assert kinds == ["addresses", "bank_accounts", "emails", "phones"]


def test_other_platform_or_region_never_links(evaluator):
    bank = ["DE89370400440532013000"]
    result = grade(evaluator, account("EU-1", bank_accounts=bank), account("NA-1", region="NA", bank_accounts=bank),
                   account("EB-1", platform="ebay", bank_accounts=bank))
    assert result.findings == []


def test_cluster_listing_all_shared_identifiers(evaluator):
    result = grade(evaluator,
                   account("A", devices=["fp-1"], ips=["198.51.100.1"]),
                   account("B", devices=["FP-1"], ips=["198.51.100.1"], phones=["+33 1 23 45 67 89"]),
                   account("C", phones=["0033 1 23 45 67 89"]))
    found = finding(result, "ACCT-LINK-002")
    evidence = {e.field: e for e in found.evidence}
    assert evidence["medium_shared_count"].value == 2
    assert "devices fp-1 (A, B)" in evidence["medium_shared_count"].basis
    assert "phones 33123456789 (B, C)" in evidence["medium_shared_count"].basis
    assert "3 amazon EU accounts (A, B, C)" in found.message


def test_scale_is_linear_and_exact():
    """Many accounts in one region: only the planted pair and chain are clustered."""
    accounts = [account(f"S{i:05d}", ips=[f"10.{i // 65536}.{i // 256 % 256}.{i % 256}"],
                        bank_accounts=[f"DE{i:020d}"]) for i in range(20000)]
    accounts[7] = account("S00007", bank_accounts=["DE00000000000000000123"])  # shares S00123's bank account
    found = clusters(accounts)
    assert [c.account_ids for c in found] == [["S00007", "S00123"]]
