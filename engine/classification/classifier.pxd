# C types for classifier.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain Python,
# and the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all in
# classifier.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.
#
# Classifier becomes an extension type: its attributes are C fields (no instance dict: a new attribute needs a line
# here, which tests/test_pxd_declarations.py checks), read without the generic attribute lookup (the type's MRO, then
# the instance dict) each `self._x` costs a Python class. `matcher` stays an object, not the Matcher extension type:
# a cimported type is checked when this module is imported, and a matcher.py edited after the build runs as Python
# (compiled.py), which would then refuse to import this module.

import cython

cdef class Classifier:
    cdef readonly object vocab, matcher
    cdef readonly object _types, _modifiers, _rules, _raw_cache, _facts, _paths
    cdef readonly frozenset _generic, _accessory, _generic_accessory, _accessories, _devices, _hosts, _fitted_accessories, _textile_types
    cdef readonly frozenset _plaything_types, _title_modifiers, _type_phrases, _audience_only
    cdef readonly Py_ssize_t _cache_size
    cdef readonly object _build, _brand_words, _brand_names_toy_line, _normalise
    # `_rules` fields every title's reading tests (speed47): a C read each, not a NamedTuple attribute lookup
    cdef readonly dict _kinds
    cdef readonly frozenset _machines, _part_machines, _models, _label_types, _frame_keeps, _machine_parts
    cdef readonly frozenset _device_heads, _shelf_kept
    # the shelf rules `_choose` asks (s92)
    cdef readonly dict _shelf_yields, _shelf_yields_to
    cdef readonly frozenset _shelf_holds

    # The methods a product's reading calls, as C methods: a call between them is a C call, not a method lookup and a
    # Python call (about 5 of them per product). A cpdef method cannot hold a closure: they use list comprehensions,
    # not generator expressions.
    cpdef _final(self, core)
    cpdef _core_of(self, forced_type, title, category, brand, product_type, hs_code, description, bullet_points)
    cpdef _mask_brand(self, text, brand, title=*)
    cpdef _title_candidate(self, title, brand)
    cpdef _core_uncached(self, title, category, brand, product_type, hs_digits, description, forced_type,
                         whole_category=*)
    cpdef _choose(self, hs, ptype, category, title)
    # (s92) the two shelf tests `_choose` makes of every titled product on a shelf
    cpdef _held_by_shelf(self, shelf, kind)
    cpdef _yields_to(self, shelf, title)


# (s92) a loop over a title's last characters, in C
@cython.locals(at=Py_ssize_t, before=Py_ssize_t)
cpdef Py_ssize_t _end_number_start(str title)

@cython.locals(at=Py_ssize_t)
cpdef bint _begins_with_one(str text, frozenset prefixes) except -1
