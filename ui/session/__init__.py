"""The session editor and its parts: needle table, retention clock, undo commands, panels."""
