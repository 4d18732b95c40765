"""One module per channel kind: wire format <-> core types. The only code that uses requests."""
