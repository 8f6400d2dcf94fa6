"""Jobs that combine layers: a register scan, a watch cycle, stored rates for the FX rules.

Commands and the HTTP service call these; the layers below never import them.
"""
