"""Pure text -> value parsers (no spaCy): amounts and periods."""
