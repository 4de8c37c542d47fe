// Marks documents' links to be drawn again. Parameters: $ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.linksPending = true;
