// One ingested document's metadata. Parameters: $id.
MATCH (d:Document {id: $id, kind: 'document'})
RETURN d {.*, originalText: null} AS document;
