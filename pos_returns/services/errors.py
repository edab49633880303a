"""What a use case refuses, each with a message the person at the counter can act on."""

from __future__ import annotations


class ServiceError(Exception):
    """A use case could not be done; nothing was written."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class AuthFailed(ServiceError):
    """Wrong employee code or PIN, or a locked or inactive employee."""


class PermissionDenied(ServiceError):
    """The signed-in employee's role may not do this."""


class Refused(ServiceError):
    """The return cannot be completed as asked (over-return, stale decision, approval missing)."""
