# C types for classifier.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain Python,
# and the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all in
# classifier.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.
#
# Classifier becomes an extension type: its attributes are C fields (no instance dict: a new attribute needs a line
# here, which tests/test_pxd_declarations.py checks), read without the generic attribute lookup (the type's MRO, then
# the instance dict) each `self._x` costs a Python class.
#
# (s93) The other modules' extension types are cimported: the matcher's read and head, the fact builder's finish and a
# result's copy are C calls, a hit's, a reading's, a candidate's and a core's fields C reads where a local is typed
# below (each was a generic attribute lookup, about 100 instructions). A cimported type is checked when this module is
# imported, so it runs compiled only where those modules do (crossguard/compiled.py's CIMPORTS): a matcher.py edited
# after the build runs as Python, and so does this module then. Each is cimported under a name of its own (a "T" after
# it): a cimported name is no attribute of the module, and the classifier's Python names (`TypeResult`, imported from
# here by the package and the benches) stay the ones classifier.py imports.

import cython
from crossguard.engine.classification.category_reading cimport CategoryReader as CategoryReaderT
from crossguard.engine.classification.facts cimport Core as CoreT, FactBuilder as FactBuilderT
from crossguard.engine.classification.facts cimport TypeResult as TypeResultT
from crossguard.engine.classification.matcher cimport Hit as HitT, Matcher as MatcherT, Reading as ReadingT
from crossguard.engine.classification.signals cimport Candidate as CandidateT

# (s93) the reader's rules: an extension type whose fields are C fields of the types `_reader_rules` gives them (a value
# of another type is refused when the classifier is made), `public` so that its `__init__` sets them by name
cdef class _ReaderRules:
    cdef public frozenset trailing_labels, head_initial, head_initial_de, label_types, colour_words, colour_types
    cdef public frozenset colour_blockers, frame_types, frame_keeps, device_heads, has_parent, whole_segment
    cdef public frozenset console_accessories, part_machines, leaf_power, shelf_holds, machines, machine_parts
    cdef public frozenset machine_supplies, cases, cased_accessories, batteries, cables, models, fitted_parts
    cdef public frozenset closes_eee, toy_line_words, toy_line_kinds, cell_playthings, uncelled_playthings
    cdef public frozenset design_carriers, merchandise, toy_shelf_excludes, toy_shelf_keeps, machine_shelves
    cdef public dict frames, brand_frames, device_namesakes, amount_brackets, phrases_with, kinds, parts_after
    cdef public dict shelf_senses, shelf_yields, shelf_yields_to, shelf_keeps, powered_parts
    cdef public tuple for_words, not_for_words, end_numbers
    cdef public object electrical, toy_shelf

cdef class Classifier:
    cdef readonly object vocab
    cdef readonly MatcherT matcher
    cdef readonly object _types, _modifiers, _raw_cache
    cdef readonly FactBuilderT _facts
    cdef readonly CategoryReaderT _paths
    cdef readonly _ReaderRules _rules
    cdef readonly frozenset _generic, _accessory, _generic_accessory, _accessories, _devices, _hosts, _fitted_accessories, _textile_types
    cdef readonly frozenset _plaything_types, _title_modifiers, _type_phrases, _audience_only
    cdef readonly Py_ssize_t _cache_size
    cdef readonly dict _cores, _brand_sources, _toy_line_brands
    cdef readonly frozenset _shelf_kept

    # The methods a product's reading calls, as C methods: a call between them is a C call, not a method lookup and a
    # Python call (about 5 of them per product). A cpdef method cannot hold a closure: they use list comprehensions,
    # not generator expressions.
    # (s93) Their hits, readings, candidates and cores typed (None is still one of each).
    cpdef TypeResultT _final(self, CoreT core)
    # (s94) the cached readings, as C methods (a look-up a C call and a dict's, not an `lru_cache` wrapper's Python call)
    cpdef CoreT _build(self, recipe)
    cpdef tuple _brand_words(self, brand)
    cpdef _brand_names_toy_line(self, brand)
    cpdef CoreT _core_of(self, forced_type, title, category, brand, product_type, hs_code, description,
                         bullet_points)
    @cython.locals(padded=str, spaced=str, masked=str)
    cpdef _mask_brand(self, text, brand, title=*)
    @cython.locals(reading=ReadingT, listed=ReadingT, types=list, head=HitT, last=HitT, lead=HitT, labelled=HitT,
                   coloured=HitT, besides=HitT, hit=HitT, first=HitT)
    cpdef _title_candidate(self, title, brand)
    @cython.locals(paths=CategoryReaderT, title_cand=CandidateT, cat_cand=CandidateT, ptype_cand=CandidateT,
                   primary=CandidateT, by_brand=CandidateT, title_reading=ReadingT, ptype_reading=ReadingT,
                   desc_reading=ReadingT, lines=ReadingT, head=HitT, h=HitT)
    cpdef _core_uncached(self, title, category, brand, product_type, hs_digits, description, forced_type,
                         whole_category=*)
    @cython.locals(hs_cand=CandidateT, primary=CandidateT, cand=CandidateT, kept=CandidateT, fitted=CandidateT)
    cpdef _choose(self, hs, CandidateT ptype, CandidateT category, CandidateT title)
    # (s93) the title's tests of a French head, of a frame (every title of two type words or more) and of a brand's
    # frame (every title naming its brand), and the toy shelf's (every title a shelf's candidate outranks)
    @cython.locals(first=HitT, hit=HitT, text=str)
    cpdef _head_initial(self, ReadingT reading, HitT head)
    @cython.locals(hit=HitT, text=str)
    cpdef _framed(self, ReadingT reading, HitT head)
    cpdef _brand_framed(self, brand, HitT head, ReadingT reading)
    @cython.locals(rules=_ReaderRules)
    cpdef _toy_shelf_yields(self, CandidateT shelf, CandidateT title, mods)
    # (s92) the two shelf tests `_choose` makes of every titled product on a shelf
    cpdef _held_by_shelf(self, CandidateT shelf, kind)
    cpdef _yields_to(self, CandidateT shelf, CandidateT title)


# (s92) a loop over a title's last characters, in C
@cython.locals(at=Py_ssize_t, before=Py_ssize_t)
cpdef Py_ssize_t _end_number_start(str title)

@cython.locals(at=Py_ssize_t)
cpdef bint _begins_with_one(str text, frozenset prefixes) except -1
