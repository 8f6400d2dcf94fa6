"""Seller-level risk checks: VAT registration, trademarks, account linkage, FX exposure and account health.

Unlike listing checks, these read the seller's own business data (entities, sales, stock, marks,
accounts, FX positions, performance figures) from a data folder. Each area derives flat facts in
Python (calendar-year sums in EUR, shared identifiers per account cluster, fuzzy trademark matches,
exposure against configured limits, rates against the marketplace's published limits) and the rule
packs in rules/vat.yaml, trademarks.yaml, accounts.yaml, fx.yaml and account-health.yaml compare
them with the thresholds written there. Entry point: `engine.seller.evaluate`.
"""
