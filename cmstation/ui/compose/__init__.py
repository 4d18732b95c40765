"""Writing a reply: the composer, its findings and highlighter, the voice gauge, and the
profile and snippets dialogs."""
