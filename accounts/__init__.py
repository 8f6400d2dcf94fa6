"""Who may use the workspace and the API: users with roles, API tokens with scopes, login throttling.

Modules: ``models`` (tables users, api_tokens, app_secrets), ``passwords`` (argon2id), ``users``
(add, list, disable, authenticate with lock-out), ``tokens`` (create once, store the hash, verify,
revoke), ``secrets`` (the shared session-signing key), ``config`` (the ``access:`` section).
A peer of the register and the watchers: it knows neither.
"""
