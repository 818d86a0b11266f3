"""Exceptions that carry a message meant for the practitioner.

Every error the app raises on purpose derives from :class:`AcuChartError`.  The
command line prints its message as one line on stderr and exits with code 2;
the window shows it in a message box.  Anything else is a bug.
"""

from __future__ import annotations


class AcuChartError(Exception):
    """Base class of all errors with a message for the user."""

    exit_code = 2


class UserError(AcuChartError):
    """The request itself is wrong (unknown id, bad argument, ...)."""


class ValidationError(AcuChartError):
    """A value is outside what the record allows.

    Attributes:
        field: the name of the offending field, as the user sees it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.detail = message


class NotFound(UserError):
    """A record asked for by id does not exist."""


class DatabaseError(AcuChartError):
    """The database cannot be opened, read or written."""


class SignedRecordError(AcuChartError):
    """A signed session was asked to change; only addenda may be added."""


class ConcurrentEditError(AcuChartError):
    """Another workstation saved the same record first."""
