"""The inbox: the paged message list model and the conversation view."""
