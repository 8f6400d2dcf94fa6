"""Subject kinds for seller-level facts: the one place they are declared.

`engine.subjects.subject_kinds()` imports this module (it is in `KIND_MODULES`), so the seller
packs validate (`applies_to.subject` must name a registered kind) whoever loads packs first. It
imports nothing but `engine.subjects`, so that loading is cheap and cannot be circular.

Every field here is computed in Python before evaluation (see the area modules): durable-rules has
no dates, no sums and no fuzzy matching, and long country lists must be booleans, not `in` lists.
Money fields are EUR or the configured base currency, rounded to cents.
"""

from __future__ import annotations

from crossguard.engine.subjects import FieldType, SubjectKind, register_subject

S, N, B, L = FieldType.string, FieldType.number, FieldType.boolean, FieldType.list

#: Every seller-level kind, in declaration order (filled by `seller_kind`).
SELLER_KINDS: list[SubjectKind] = []


def seller_kind(kind: SubjectKind) -> SubjectKind:
    """Register ``kind`` with the engine and list it among the seller-level kinds."""
    SELLER_KINDS.append(register_subject(kind))
    return kind


VAT_ENTITY = seller_kind(
    SubjectKind(
        name="vat_entity",
        description="A selling legal entity and its EU distance sales (One-Stop-Shop threshold)",
        fields={
            "entity": S, "country": S, "established_in_eu": B, "oss_registered": B,
            "current_year": N,
            "distance_sales_eur_current_year": N, "distance_sales_eur_previous_year": N,
            "distance_sales_eur_max_year": N,
            "threshold_available": B, "dispatch_countries": L,
            "direct_distance_sales_eur_max_year": N,
            "unregistered_destinations": L, "unregistered_destination_count": N,
        },
    )
)

VAT_COUNTRY = seller_kind(
    SubjectKind(
        name="vat_country",
        description="A selling entity in one VAT country (EU member state or GB): stock, sales, registration",
        fields={
            "entity": S, "country": S, "country_in_eu": B, "home_country": B,
            "established_in_eu": B, "registered": B, "vat_number": S,
            "stock_quantity": N, "stock_warehouses": L,
            "sales_to_count": N, "sales_to_eur": N,
            "sales_shipped_from_count": N, "sales_shipped_from_eur": N,
            "taxable_turnover_12m_gbp": N, "expected_turnover_30d_gbp": N,
        },
    )
)

VAT_NUMBER = seller_kind(
    SubjectKind(
        name="vat_number",
        description="One VAT registration number of a selling entity",
        fields={"entity": S, "country": S, "number": S, "format_valid": B, "expected_format": S},
    )
)

TRADEMARK = seller_kind(
    SubjectKind(
        name="trademark",
        description="One of the seller's own trademark registrations or applications",
        fields={
            "mark": S, "owner": S, "office": S, "number": S, "status": S, "effective_status": S,
            "days_to_expiry": N, "classes": L,
            "section8_stage": S, "section8_opens": S, "section8_deadline": S, "section8_grace_end": S,
        },
    )
)

BRAND_LISTING = seller_kind(
    SubjectKind(
        name="brand_listing",
        description="A listing's brand and title against own marks and third-party protected marks",
        fields={
            "sku": S, "title": S, "brand": S, "marketplace": S, "market": S,
            "brand_generic": B, "brand_status": S, "accepted_offices": L,
            "watch_brand_score": N, "watch_brand_mark": S, "watch_brand_text": S,
            "watch_title_score": N, "watch_title_mark": S, "watch_title_text": S,
        },
    )
)

ACCOUNT_CLUSTER = seller_kind(
    SubjectKind(
        name="account_cluster",
        description="Seller accounts of one platform and account region linked by shared identifiers",
        fields={
            "platform": S, "marketplace_region": S, "accounts": L, "account_count": N,
            "strong_shared_count": N, "medium_shared_count": N, "weak_shared_count": N,
            "shared_kinds": L, "strongest": S, "business_need_documented": B, "account_regions": L,
        },
    )
)

FX_POSITION = seller_kind(
    SubjectKind(
        name="fx_position",
        description="Open exposure in one currency, against configured limits and the price list's rate",
        fields={
            "entity": S, "currency": S, "base_currency": S,
            "exposure": N, "exposure_base": N, "hedged_base": N, "unhedged_base": N,
            "unhedged_limit_base": N, "unhedged_limit_ratio": N,
            "monthly_revenue_base": N, "revenue_share_pct": N, "revenue_share_limit_pct": N,
            "revenue_share_limit_ratio": N,
            "rate_now": N, "reference_rate": N, "adverse_move_pct": N, "adverse_move_limit_pct": N,
            "adverse_move_limit_ratio": N,
        },
    )
)

IMPORT_ROUTE = seller_kind(
    SubjectKind(
        name="import_route",
        description="A selling entity's shipments into one customs territory (US, EU) from outside it",
        fields={
            "entity": S, "country": S, "destination": S, "ship_from_countries": L,
            "direct_count": N, "direct_eur": N, "b2c_count": N, "low_value_count": N, "low_value_eur": N,
            "ioss_registered": B,
        },
    )
)

#: Rate metrics of an account's performance, by the name of their input field and fact prefix
#: (engine/seller/health_metrics.py holds each one's window, limit and source page).
HEALTH_METRICS = ("odr", "cancellation", "late_10d", "late_30d", "valid_tracking")
#: What engine/seller/health.py derives for each metric: the rate as the marketplace shows it, the
#: counts behind it, the published limit, the distance to it and the trend over the periods.
HEALTH_METRIC_FIELDS = {
    "pct": N, "orders": N, "bad": N, "window_days": N, "limit_pct": N, "limit_ratio": N,
    "headroom_pct": N, "excess_pct": N, "to_limit": N, "worsening": N, "trend": S,
}
#: Kinds of policy violation counted per account (engine/seller/health_models.py ViolationType).
POLICY_VIOLATIONS = (
    "product_authenticity", "intellectual_property", "product_safety", "restricted_products", "listing_policy",
    "other",
)

ACCOUNT_HEALTH = seller_kind(
    SubjectKind(
        name="account_health",
        description="One seller account on one marketplace store: performance metrics, Account Health Rating and "
        "open policy violations, from the latest period on or before the evaluation date",
        fields={
            "account": S, "marketplace": S, "market": S, "period": S, "periods": N, "figures_age_days": N,
            "rating": N, "rating_worsening": N, "rating_trend": S, "open_violations": N,
            **{f"{metric}_{name}": kind for metric in HEALTH_METRICS for name, kind in HEALTH_METRIC_FIELDS.items()},
            **{f"open_{kind}": N for kind in POLICY_VIOLATIONS},
            **{f"open_{kind}_items": L for kind in POLICY_VIOLATIONS},
        },
    )
)
