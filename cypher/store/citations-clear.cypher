// Before a document's citations are resolved again: the CITES and IMPLEMENTS it draws to documents go (its clause
// links, IMPLEMENTS between clauses, stay). Parameters: $docId.
MATCH (:Document {id: $docId, kind: 'document'})-[r:CITES|IMPLEMENTS]->(:Document)
DELETE r;
