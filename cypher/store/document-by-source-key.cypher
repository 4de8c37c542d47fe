// The document ingested from a source (its canonical path or upload name). Parameters: $sourceKey.
MATCH (d:Document {sourceKey: $sourceKey})
RETURN d {.*, originalText: null} AS document;
