"""Notifiers: alerts in, deliveries out, exactly once as a reader sees it.

``sources`` turn stored rows (feed items, findings, waivers, rates) into alerts; ``outbox`` stores
and routes them; ``delivery`` sends with retries; transports (``slack/``, ``console``) sit behind
the contract in ``base`` and are named in ``registry``.
"""
