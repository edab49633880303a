"""The domain's errors: each names the field it is about."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self


class DomainError(ValueError):
    """A value the domain refuses, with the path of the field it came from.

    `field` is a JSON-like path such as ``lines[0].qty`` (empty when the whole
    document is at fault); `message` says what is wrong in words a person can act on.
    """

    def __init__(
        self,
        field: str,
        message: str,
        *,
        template: str | None = None,
        values: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message
        self.template = template  # the message before its values: a screen translates it
        self.values: Mapping[str, object] = values or {}

    @classmethod
    def said(cls, field: str, template: str, **values: object) -> Self:
        """An error whose message is `template` filled in with `values`; the template is
        in the gettext catalogue (extracted by its name), so a screen in another language
        shows it translated, and the English stays the message."""
        return cls(field, template.format(**values), template=template, values=values)

    def within(self, prefix: str) -> DomainError:
        """The same error with its field placed under `prefix` (``history[0]`` + ``at``)."""
        return type(self)(
            join_field(prefix, self.field),
            self.message,
            template=self.template,
            values=self.values,
        )


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
