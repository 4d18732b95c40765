"""Queued replies and exactly-once delivery."""
