"""The use cases: each a function over a unit of work; roles are checked here."""
