"""Test set-up shared by every layer.

Qt must run offscreen before anything imports PySide6; shared examples are found beside
the project (``../shared/examples``) or through POS_RETURNS_EXAMPLES.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
