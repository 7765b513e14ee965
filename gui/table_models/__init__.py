"""Table models for the views (named so as not to be confused with models/, which is the domain)."""
