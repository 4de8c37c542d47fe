// One document's metadata. Parameters: $id.
MATCH (d:Document {id: $id})
RETURN d {.*, originalText: null} AS document;
