// Before a document's clause links are drawn again: its old ones go, and it is no longer pending.
// Parameters: $docId.
MATCH (d:Document {id: $docId, kind: 'document'})
SET d.linksPending = false
WITH d
MATCH (c:Clause {docId: $docId})-[r:IMPLEMENTS]->(:Clause)
DELETE r;
