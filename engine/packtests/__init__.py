"""Pack tests: cases written as data beside the packs, run by `crossguard test` and by the suite.

One file per pack, `rules/tests/<pack-id>.yaml` (shipped with the packs, never loaded as one: the
pack loader reads only the top level of rules/). A case gives a small input (a catalog product
with its listings, or seller data), the date it is evaluated on and the rule ids that must fire
and that must stay silent. Verdicts come from the real durable-rules evaluator; coverage (each
rule fired and silent, each condition leaf seen true and false, each scope or date bound seen
deciding) is read in Python from the same facts. Modules: `spec` (the file format and loading),
`inputs` (case inputs to facts), `runner` (evaluate and compare), `coverage`, `report`.
"""
