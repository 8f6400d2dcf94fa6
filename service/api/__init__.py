"""The JSON API: ``/v1/check`` (pre-listing check) and the register (``/v1/findings``, summary, scans)."""
