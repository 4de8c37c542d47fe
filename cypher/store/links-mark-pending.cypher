// Marks documents' links to be drawn again. Parameters: $ids.
UNWIND $ids AS id
MATCH (d:Document {id: id, kind: 'document'})
SET d.linksPending = true;
