// The ingested documents whose CITES or IMPLEMENTS reach a document. Parameters: $id.
MATCH (citing:Document {kind: 'document'})-[:CITES|IMPLEMENTS]->(:Document {id: $id})
RETURN DISTINCT citing.id AS id
ORDER BY id;
