"""speed45: `_apply_modifiers` reads each modifier from one precomputed tuple (`FactBuilder._mod_plans`), and the
methods a new recipe's facts call are C methods when compiled (facts.pxd; the profile in docs/performance.md shows
it, a test cannot: Cython binds cpdef and def methods alike). The readings are unchanged (test_compiled's
interpreted-against-compiled comparison and the shipped rules' tests); these check that the plan says what the
modifier says, and the two small tests the method now shares with `_power_outranks_entry`."""

from __future__ import annotations

import sys

import pytest

from crossguard.engine.classification import Classifier

FACTS = sys.modules["crossguard.engine.classification.facts"]


@pytest.fixture(scope="module")
def builder(classifier: Classifier):
    return classifier._facts


def test_each_shipped_modifier_has_a_plan_that_says_what_it_says(builder) -> None:
    modifiers = builder.vocab.modifiers
    assert set(builder._mod_plans) == set(modifiers)
    for place, (mod_id, mod) in enumerate(modifiers.items()):
        plan = builder._mod_plans[mod_id]
        assert plan[0] == place, mod_id  # applied in the vocabulary's order
        assert plan[1:3] == (mod.read_in, mod.excludes), mod_id
        assert dict(plan[3]) == dict(mod.skip_if), mod_id
        assert plan[4:6] == (mod.only_types, mod.skip_types), mod_id
        assert plan[6] == (mod.mode == "override") and plan[7] == mod.description_overrides, mod_id
        assert {name: (value, why) for name, value, why in plan[8]} == dict(mod.sets), mod_id


@pytest.mark.parametrize(("only", "skip", "type_id", "also", "fits"), [
    (frozenset(), frozenset(), "speaker", None, True),                  # no limits
    (frozenset({"speaker"}), frozenset(), "speaker", None, True),       # its own type
    (frozenset({"speaker"}), frozenset(), "lamp", None, False),         # another type
    (frozenset({"speaker"}), frozenset(), "lamp", "speaker", True),     # the second product the title names
    (frozenset({"speaker"}), frozenset(), None, None, False),           # no type at all
    (frozenset(), frozenset({"lamp"}), "lamp", None, False),            # a type it skips
    (frozenset(), frozenset({"lamp"}), "speaker", "lamp", True),        # skips the type, not the second product
    (frozenset({"lamp"}), frozenset({"lamp"}), "lamp", None, False),    # skipping wins
])
def test_a_modifier_fits_the_types_it_names_and_not_those_it_skips(only, skip, type_id, also, fits) -> None:
    assert FACTS._fits_type(only, skip, type_id, also) is fits


def test_skip_if_holds_only_when_every_condition_holds() -> None:
    conditions = (("eee", True), ("battery", False))
    assert FACTS._all_hold({"eee": True, "battery": False, "toy": True}, conditions)
    assert not FACTS._all_hold({"eee": True, "battery": True}, conditions)
    assert not FACTS._all_hold({"eee": True}, conditions)  # an unknown class does not hold
    assert FACTS._all_hold({}, ())

