"""Dialogs: first-run welcome, settings, about, and the other secondary windows."""
