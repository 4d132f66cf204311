"""Pure extractors: ``(doc, draft, resources) -> draft``. No I/O; the spaCy Doc stays here."""
