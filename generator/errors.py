"""Errors a user should see as a clean message, never as a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or setup: printed cleanly, exit status 1."""


class SourceError(UserError):
    """A source file that cannot be read or has nothing to extract."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line  # of the file, where one line is at fault (a front matter value)
        super().__init__(f"{self.where}: {reason}")

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str, int | None]]:
        # sent back from an extraction process whole, not as its message alone
        return (SourceError, (self.path, self.reason, self.line))
