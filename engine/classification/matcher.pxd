# C types for matcher.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain Python,
# and the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all in
# matcher.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.
#
# Matcher becomes an extension type: its attributes are C fields (no instance dict), `read` and `head` C methods
# with typed locals (offsets as C integers, lists and tuples as such), the helpers below C functions; each stays
# callable from Python as before. Mention stays what matcher.py makes it (a dataclass).

import cython

# Hit becomes an extension type (speed48): `_hit` fills a new one's C fields directly (a NamedTuple cost
# `tuple.__new__` through the type's generic call, about 1,000 instructions a hit), and a local typed `Hit` below reads
# its fields in C. The fields stay `object` (the values are Python's, as in the tuple) and public: the other modules
# read them by name.
cdef class Hit:
    cdef public object start, end, kind, ref, segment, target, path, sub


@cython.locals(hit=Hit)
cdef Hit _hit(start, end, kind, ref, segment, target, path, sub)

# Reading becomes an extension type too (s92): `_reading` fills a new one's C fields, where the NamedTuple it was cost
# `tuple.__new__` through the builtin's generic call (one or two a product). Its fields stay `object` and public.
cdef class Reading:
    cdef public object text, types, modifiers


@cython.locals(reading=Reading)
cdef Reading _reading(text, types, modifiers)

cdef class Matcher:
    cdef public object vocab
    cdef readonly frozenset _generic, _generic_accessory, _accessory, _component, _brand_only, _device
    cdef readonly object _automaton, _brand_automaton
    cdef readonly tuple _compound_prefixes
    cdef readonly dict _mod_kinds

    @cython.locals(padded=str, other=Py_ssize_t, index=Py_ssize_t, end=Py_ssize_t, back=Py_ssize_t, tail=Py_ssize_t, start=Py_ssize_t,
                   stop=Py_ssize_t, more=tuple, types=list, hint_hits=list, mods=list, negs=list, splits=list, compounds=list,
                   kept=list, t=tuple, m=tuple, bounds=list, ends=list, target_flags=list, sub_flags=list,
                   path_flags=list, events=list, mark=str, pos=Py_ssize_t, current=bint, sub=bint,
                   path=Py_ssize_t, seg=Py_ssize_t, brand_only=frozenset, mod_kinds=dict, kinds=object, beside=bint,
                   mod_spans=set, weak_spans=set, generic=frozenset, span=tuple, u=tuple, followed=bint, gap=str,
                   type_hits=list, mod_hits=list)
    cpdef read(self, str text, bint hints=*)

    # (s93) every brand field's first test (`Classifier._brand_words`): a C call
    @cython.locals(padded=str)
    cpdef bint names_brand_words(self, str text) except -1

    @cython.locals(rank=Py_ssize_t, key=tuple, generic=frozenset, generic_accessory=frozenset, component=frozenset,
                   hit=Hit, best=Hit)
    cpdef head(self, list hits)


cdef list _added(list hits, tuple hit)

@cython.locals(low=Py_ssize_t, high=Py_ssize_t, middle=Py_ssize_t)
cpdef Py_ssize_t _bisect_right(list items, Py_ssize_t at) except -1

@cython.locals(bounds=list, paths=list, mark=str, pos=Py_ssize_t, hits=list)
cpdef list _marked_hits(str padded, list types)

@cython.locals(start=Py_ssize_t, stop=Py_ssize_t, word=Py_ssize_t, prefix=str, refs=tuple)
cpdef _compound_hits(str padded, list compounds, tuple prefixes, list types, list mods)

@cython.locals(s0=Py_ssize_t, e0=Py_ssize_t, s1=Py_ssize_t, e1=Py_ssize_t, kept=list, item=tuple, start=Py_ssize_t,
               end=Py_ssize_t, k_start=Py_ssize_t, k_end=Py_ssize_t)
cpdef list _drop_contained(list items)

@cython.locals(kept=list, item=tuple, cover=tuple)
cpdef list _outside(list items, list covers, bint strictly_longer)

@cython.locals(kept=list, split=tuple, start=Py_ssize_t, words=list)
cpdef list _without_suffix_plus(str padded, list splits)

@cython.locals(n=Py_ssize_t, i=Py_ssize_t, j=Py_ssize_t, item=tuple, other=tuple, start=Py_ssize_t, end=Py_ssize_t,
               o_start=Py_ssize_t)
cpdef _sort_longest_first(list items)

@cython.locals(n_start=Py_ssize_t, n_end=Py_ssize_t)
cpdef bint _negated(Py_ssize_t start, Py_ssize_t end, str ref, list negs)
