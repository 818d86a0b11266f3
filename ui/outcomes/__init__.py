"""Outcome screens: entry in a session, the course view and its trend chart."""
