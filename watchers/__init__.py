"""Watchers: poll policy, recall and FX feeds on their schedules and store what they read.

``fetch`` (conditional GET, limits), ``parsers`` (feed kinds, a registry), ``watcher`` (one feed
at a time, backoff), ``topics`` (which catalog products an item touches), ``rates`` (stored ECB
rates), ``models`` (tables), ``config`` (the ``watchers:`` section). They never alert: alert
sources in ``crossguard.notifiers`` read what is stored here.
"""
