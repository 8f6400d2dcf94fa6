# C types for normalise.py when setup.py compiles it with Cython (an "augmenting" .pxd: the .py stays plain Python,
# and the interpreter runs it unchanged when nothing is compiled). Only declarations: what the code does is all in
# normalise.py. An edit here makes the built extension stale (compiled.py), as an edit to the .py does.

import cython

cpdef str normalise(text)  # untyped: a str subclass (a StrEnum member) is read as in Python

@cython.locals(i=Py_ssize_t, start=Py_ssize_t, state=int, kind=int, clean=bint, done=Py_ssize_t, ch=Py_UCS4, last_break=Py_UCS4, tokens=list)
cpdef str _ascii_tokens(str text)

cpdef str _tidy_breaks(str out)

@cython.locals(at=Py_ssize_t, before=str, after=str)
cpdef bint _may_hold_ratio(str text)

cpdef str _codes_and_lines(str text)

@cython.locals(ch=Py_UCS4, prev=Py_UCS4, before=Py_UCS4)
cpdef bint _may_hold_code(str text)
