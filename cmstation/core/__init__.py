"""Domain types, errors and the clock. Imports no Qt, no SQL, no HTTP."""
