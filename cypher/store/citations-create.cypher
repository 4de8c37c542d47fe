// Citations as written, kept so that they can be resolved again as documents arrive (the export resolves them
// into CITES and IMPLEMENTS between documents). Parameters: $docId, $rows (maps id, clauseId, raw, number, title,
// titleKey, relation, ordinal).
UNWIND $rows AS row
MATCH (d:Document {id: $docId})
CREATE (d)-[:HAS_CITATION]->(c:Citation)
SET c = row;
