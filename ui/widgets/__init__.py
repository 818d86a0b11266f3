"""Small shared widgets (safety-flag badges, ...)."""
