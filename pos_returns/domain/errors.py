"""The domain's errors: each names the field it is about."""

from __future__ import annotations


class DomainError(ValueError):
    """A value the domain refuses, with the path of the field it came from.

    `field` is a JSON-like path such as ``lines[0].qty`` (empty when the whole
    document is at fault); `message` says what is wrong in words a person can act on.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message

    def within(self, prefix: str) -> DomainError:
        """The same error with its field placed under `prefix` (``history[0]`` + ``at``)."""
        return type(self)(join_field(prefix, self.field), self.message)


def join_field(prefix: str, field: str) -> str:
    """``lines[0]`` + ``qty`` -> ``lines[0].qty``; ``lines`` + ``[0]`` -> ``lines[0]``."""
    if not prefix:
        return field
    if not field:
        return prefix
    return f"{prefix}{field}" if field.startswith("[") else f"{prefix}.{field}"


class FormatError(DomainError):
    """A document does not follow its format (missing field, wrong type, bad value)."""


class DecisionError(DomainError):
    """A request the policy cannot be applied to: over-return, unknown line, wrong receipt."""
