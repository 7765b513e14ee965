"""The domain and its storage: entities, rules, services and migrations (no Qt)."""
