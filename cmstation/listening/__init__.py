"""Sweeps (poll -> normalise -> store), triage, and the scheduler."""
