// Sections in outline order, each under its parent section or the document.
// Parameters: $docId, $rows (maps of Section properties with parentId).
UNWIND $rows AS row
MATCH (d:Document {id: $docId})
CREATE (s:Section)
SET s = row
WITH d, s, row
OPTIONAL MATCH (parent:Section {id: row.parentId})
WITH s, row, coalesce(parent, d) AS owner
CREATE (owner)-[:HAS_SECTION {ordinal: row.ordinal}]->(s);
