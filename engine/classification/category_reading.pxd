# C types for category_reading.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain
# Python, and the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all
# in category_reading.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.
#
# CategoryReader becomes an extension type: its attributes are C fields (no instance dict: a new attribute needs a
# line here, which tests/test_pxd_declarations.py checks), read without the generic attribute lookup.

import cython
# (s93) the matcher's and the candidates' extension types: a read and a head are C calls, a hit's and a candidate's
# fields C reads (this module runs compiled only where those do: crossguard/compiled.py's CIMPORTS; cimported as
# "...T": a cimported name is no attribute of the module, and its Python names stay the ones the .py imports)
from crossguard.engine.classification.matcher cimport Hit as HitT, Matcher as MatcherT, Reading as ReadingT
from crossguard.engine.classification.signals cimport Candidate as CandidateT

cdef class CategoryReader:
    cdef readonly MatcherT matcher
    cdef readonly object _modifiers, _category_ids, _generic, _generic_accessory, _whole_segment
    cdef readonly object _leaf_power, _department_keeps, _department_senses, _radio_kinds, _mask_brand, table
    cdef readonly object _electrical_kinds, _unpowered_kinds, _works, _work_kinds, _power_modifiers
    cdef readonly object _vehicle_toys, _playthings, _plaything_words
    cdef readonly dict _texts, _states, _segments, _parts, _matches
    cdef readonly Py_ssize_t _cache_size

    # (s94) the cached readings, as C methods (a look-up a C call and a dict's, a miss a C call of the reading)
    cpdef str normalised(self, text)
    cpdef path_state(self, str path, brand)
    cpdef segment(self, text)
    cpdef tuple category_parts(self, category)
    cpdef category_match(self, text)

    # (s93) a path's level, a segment's reading and a bucket's heads, as C methods (each lru-cached, or called from
    # one that is): candidates, readings and hits typed
    @cython.locals(result=CandidateT, specific=CandidateT, seg_candidate=CandidateT, modifiers=tuple,
                   seg_modifiers=tuple)
    cpdef _path_state_uncached(self, str path, brand)
    @cython.locals(reading=ReadingT, hit=HitT, padded=str)
    cpdef _segment_uncached(self, text)
    @cython.locals(head=HitT, hit=HitT, cuts=list, heads=list, words=list, groups=dict)
    cpdef bucket_candidate(self, str padded, list hits, signal, where)

# (s92) each product with a category: its `startswith` a C call on a str, not a method lookup on an object
cpdef str leaf_key(tuple parts, str title)

# (s93) each new path: its tests and rewrites C calls on a str (`strip` and `rpartition` give a str, even of a str
# subclass), not method lookups on an object
@cython.locals(raw=str, head=str, sep=str, last=str)
cpdef tuple category_parts(category)

cpdef remembered(dict cache, key, value, Py_ssize_t size)

# (s94) every segment's and marketplace type's reading: substring tests in C, the pattern only where one finds a
# separator
@cython.locals(separator=str)
cpdef list _bucket_cuts(str padded)
