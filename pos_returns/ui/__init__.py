"""The PySide6 screens: the counter (and, later, the back office). They call services and
the printing layer, off the GUI thread; they never touch SQL."""
