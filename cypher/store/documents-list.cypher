// Every ingested document's metadata (not its text). Parameters: none.
MATCH (d:Document {kind: 'document'})
RETURN d {.*, originalText: null} AS document
ORDER BY d.source, d.id;
