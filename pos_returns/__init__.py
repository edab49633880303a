"""pos-returns: the returns counter for brick-and-mortar stores."""

__version__ = "0.1.0"
