"""Listening: channel dialogs, saved searches, sweeps and their status in the navigation."""
