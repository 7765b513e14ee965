"""Use cases that read and change data: one function each, one transaction each, audited."""
