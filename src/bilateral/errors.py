"""One exception family for everything a user can get wrong.

The CLI turns a `BilateralError` into one line on stderr and exit code 2; the web app turns it
into a 4xx JSON body. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class BilateralError(Exception):
    """A problem with the user's input or environment, explained in one line."""

    http_status = 400

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UnknownCountryError(BilateralError):
    """A name or code that resolves to no state; carries up to three suggestions."""

    http_status = 404

    def __init__(self, query: str, suggestions: list[str] | None = None, reason: str | None = None) -> None:
        self.query = query
        self.suggestions = list(suggestions or [])[:3]
        msg = reason or f"unknown country {query!r}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(self.suggestions) + "?"
        super().__init__(msg)


class NotAStateError(UnknownCountryError):
    """A real place that is not a sovereign state (a territory, a continent)."""


class DatabaseError(BilateralError):
    """The knowledge base file is busy, unreadable or from an unknown schema."""

    http_status = 503


class InputFileError(BilateralError):
    """A file given by the user is missing, empty, binary or malformed."""


class DownloadError(BilateralError):
    """A fetch failed: HTTP error, checksum mismatch, truncated body."""

    http_status = 502
