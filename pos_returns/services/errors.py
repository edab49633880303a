"""What a use case refuses, each with a message the person at the counter can act on.

A message written with `say` is English as written (logs, the command line) and is
translated when a screen in another language shows it (`ServiceError.in_language`): its
template is looked up in the gettext catalogue, then filled in.
"""

from __future__ import annotations

from pos_returns.i18n import translations


class Sentence:
    """A message template and its values, translated when shown."""

    def __init__(self, template: str, values: dict[str, object]) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return self.template.format(**self.values)

    def in_language(self, lang: str) -> str:
        values = {
            key: value.in_language(lang) if isinstance(value, Sentence) else value
            for key, value in self.values.items()
        }
        return translations(lang).gettext(self.template).format(**values)


def say(template: str, **values: object) -> Sentence:
    """A sentence for the counter (the catalogues' extractor looks for `say`)."""
    return Sentence(template, values)


class ServiceError(Exception):
    """A use case could not be done; nothing was written."""

    def __init__(self, message: str | Sentence) -> None:
        super().__init__(str(message))
        self.sentence = message if isinstance(message, Sentence) else None

    def in_language(self, lang: str) -> str:
        """The message for a screen in `lang` (English where it has no translation)."""
        return self.sentence.in_language(lang) if self.sentence else str(self)


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


class Unavailable(ServiceError):
    """The central database does not answer; what needs it waits (nothing is lost)."""
