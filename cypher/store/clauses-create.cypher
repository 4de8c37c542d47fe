// Clauses, each under its section or the document. Parameters: $docId, $rows (maps of Clause properties with sectionId).
UNWIND $rows AS row
MATCH (d:Document {id: $docId})
CREATE (c:Clause)
SET c = row
WITH d, c, row
OPTIONAL MATCH (section:Section {id: row.sectionId})
WITH c, row, coalesce(section, d) AS owner
CREATE (owner)-[:HAS_CLAUSE {ordinal: row.ordinal}]->(c);
