# C types for signals.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain Python, and
# the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all in
# signals.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.
#
# Candidate becomes an extension type (speed48): its `__init__` is C and stores each field as a C field, where the
# dataclass it was ran its generated `__init__` in the interpreter (a title's candidate with keywords: about 700 ns).
# Its fields stay `object` (any value, as in Python) and public: the other modules read and set them by name.

import cython
# (s93) a hit's offsets read as C fields: the matcher's extension type, checked when this module is imported (it runs
# compiled only where the matcher does: crossguard/compiled.py's CIMPORTS; cimported as
# "...T": a cimported name is no attribute of the module, and its Python names stay the ones the .py imports)
from crossguard.engine.classification.matcher cimport Hit as HitT

cdef class Candidate:
    cdef public object types, signal, evidence, bucket, target, part, sub, word, also, vetoed, branch, in_shelf, powered
    cdef public object fits_model, department


# (s92) every source a modifier word gives, and every candidate's word (about two a product): the slice of a str by C
# integers and the mark's search a C call each, not the generic protocols; (s93) the hit's offsets C reads
@cython.locals(start=Py_ssize_t, end=Py_ssize_t, word=str)
cpdef str matched_word(str padded, HitT hit)
