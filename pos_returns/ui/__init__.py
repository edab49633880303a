"""The PySide6 screens: the counter and the back office. They call the services' use cases
and the printing layer, off the GUI thread; they never touch SQL."""
