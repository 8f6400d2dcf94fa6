# C types for category_reading.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain
# Python, and the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all
# in category_reading.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.
#
# CategoryReader becomes an extension type: its attributes are C fields (no instance dict: a new attribute needs a
# line here, which tests/test_pxd_declarations.py checks), read without the generic attribute lookup.

cdef class CategoryReader:
    cdef readonly object matcher, _modifiers, _category_ids, _generic, _generic_accessory, _whole_segment
    cdef readonly object _leaf_power, _department_keeps, _department_senses, _radio_kinds, _mask_brand, _normalise, table
    cdef readonly object _electrical_kinds, _unpowered_kinds, _works, _work_kinds, _power_modifiers
    cdef readonly object _vehicle_toys, _playthings, _plaything_words
    cdef readonly object path_state, segment, category_parts, category_match

# (s92) each product with a category: its `startswith` a C call on a str, not a method lookup on an object
cpdef str leaf_key(tuple parts, str title)
