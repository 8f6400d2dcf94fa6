"""Risk register: findings stored with a lifecycle and an audit trail (SQLAlchemy)."""
