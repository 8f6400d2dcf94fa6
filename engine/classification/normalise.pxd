# C types for normalise.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain Python,
# and the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all in
# normalise.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.

import cython

@cython.locals(marks=int, out=str, common=bint, cjk=bint)
cpdef str normalise(text)  # untyped: a str subclass (a StrEnum member) is read as in Python

@cython.locals(at=Py_ssize_t)
cpdef bint _may_elide(str text) except -1

@cython.locals(i=Py_ssize_t, start=Py_ssize_t, state=int, kind=int, clean=bint, done=Py_ssize_t, ch=Py_UCS4, last_break=Py_UCS4, tokens=list)
cpdef str _ascii_tokens(str text, bint codes=*)

cpdef str _tidy_breaks(str out)

@cython.locals(at=Py_ssize_t, before=str, after=str)
cpdef bint _may_hold_ratio(str text)

cpdef str _codes_and_lines(str text, int marks)

cpdef str _joined_age_ranges(str text)

cpdef str _ascii_steps(str text)

@cython.locals(marks=int, i=Py_ssize_t, ch=Py_UCS4, last=Py_UCS4)
cpdef int _code_marks(str text) except -1

cpdef int _code_marks_by_patterns(str text) except -1

@cython.locals(first=Py_UCS4, second=Py_UCS4)
cpdef bint _radio_letters_before(str text, Py_ssize_t at) except -1

cpdef bint _pop_before(str text, Py_ssize_t at) except -1

