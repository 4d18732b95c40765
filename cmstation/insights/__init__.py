"""Response times, the engagement pyramid, channel mastery."""
