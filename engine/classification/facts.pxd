# C types for facts.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain Python, and
# the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all in
# facts.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.
#
# FactBuilder becomes an extension type: its attributes are C fields (no instance dict: a new attribute needs a line
# here, which tests/test_pxd_declarations.py checks), read without the generic attribute lookup.

cdef class FactBuilder:
    cdef readonly object vocab, _classes, _types, _modifiers, _entries
    cdef readonly dict _mod_order, _type_facts, _defaults, _both_ways, _open_basis, _implied
    cdef readonly frozenset _skip_if
    cdef readonly tuple _implications
