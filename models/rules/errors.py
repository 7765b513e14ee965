"""The exception a rule raises when a value breaks it, carrying a message a clerk can act on."""

from __future__ import annotations


class RuleError(ValueError):
    """A value breaks a domain rule; `message` says what is wrong, in Bahasa Indonesia."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
