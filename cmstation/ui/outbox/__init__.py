"""Drafts and the outbox: their views and models, and the controller that sends."""
