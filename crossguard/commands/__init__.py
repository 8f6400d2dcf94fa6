"""The command-line commands, one module per group; each has ``register(app)``.

Commands are thin: parse options, call a use case or a layer's API, render, exit with the
documented code. ``crossguard.cli`` owns the list of modules.
"""
