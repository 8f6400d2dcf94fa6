# C types for facts.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain Python, and
# the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all in
# facts.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.
#
# FactBuilder becomes an extension type: its attributes are C fields (no instance dict: a new attribute needs a line
# here, which tests/test_pxd_declarations.py checks), read without the generic attribute lookup.

import cython

# Core becomes an extension type too (speed48): a C `__init__` storing C fields, where the dataclass it was ran its
# generated `__init__` in the interpreter (one a new recipe). Its fields stay `object` and public: the classifier reads
# and sets them by name.
cdef class Core:
    cdef public object product_type, established, signal, facts, type_basis, final, alternatives, shelf_open

# TypeResult too (s92): `classify` makes one per product (`copy`, whose reads of the shared result's fields are then C
# reads), where the dataclass it was ran its generated `__init__` in the interpreter. Fields `object` and public.
cdef class TypeResult:
    cdef public object product_type, established, classes, basis, signal, derived, open

    # (s93) what `classify` hands out: a C method, called from the classifier as one; (s94) its dicts typed, so each
    # copy is `PyDict_Copy`, not a call of `dict`
    @cython.locals(result=TypeResult, classes=dict, basis=dict)
    cpdef TypeResult copy(self)


cdef class FactBuilder:
    cdef readonly object vocab, _classes, _types, _modifiers, _entries
    cdef readonly dict _mod_plans, _type_facts, _defaults, _both_ways, _open_basis, _implied
    cdef readonly frozenset _skip_if, _inert_fillers
    cdef readonly tuple _implications

    # The methods a new recipe's facts call, as C methods (a call between them is a C call, not a method lookup and a
    # Python call); they hold no generator expressions (a cpdef method cannot hold a closure).
    # (s94) the words given as the tuple each recipe holds, and a plan's conditions and classes typed: C loops over
    # tuples, not the generic iteration
    @cython.locals(plans=dict, present=set, chosen=list, plan=tuple, word=str, where=str, excludes=frozenset,
                   powered_leaf=bint, skip_if=tuple, sets=tuple)
    cpdef _apply_modifiers(self, dict facts, set locked, type_facts, type_id, tuple sources, bint fill_only,
                           also_type=*)
    # (s94) the core typed: its fields C reads
    cpdef _open(self, Core core, dict facts, tuple implied)
    # (s92) a new recipe's result: its dicts typed (a class's fact and basis read and set as a dict's item, not through
    # the generic protocols); (s94) the core typed (its fields C reads) and the cached implications' two parts (a C
    # copy of the classes, a C loop over what they added)
    @cython.locals(facts=dict, values=list, pattern=tuple, implied=tuple, probe=dict, classes=dict, basis=dict,
                   open_classes=tuple, added=tuple, known=dict)
    cpdef finish(self, Core core, attributes)
    cpdef dict _default_basis(self, product_type)


cpdef bint _holds(dict facts, name)
cpdef bint _fits_type(frozenset only_types, frozenset skip_types, type_id, also_type)
cpdef bint _all_hold(dict values, tuple conditions)
