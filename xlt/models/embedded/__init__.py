"""Offline assets that arrive as Python packages (the embedded backbone)."""
