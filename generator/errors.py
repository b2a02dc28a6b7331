"""Errors a user should see as a clean message, never as a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or setup: printed cleanly, exit status 1."""


class SourceError(UserError):
    """A source file that cannot be read or has nothing to extract."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
