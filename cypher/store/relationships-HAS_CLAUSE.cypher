// A clause under its section or its document.
// Parameters: $rows (maps: start, end = node ids; properties = GraphProjection's, stored = the store's besides).
UNWIND $rows AS row
OPTIONAL MATCH (document:Document {id: row.start})
OPTIONAL MATCH (section:Section {id: row.start})
MATCH (b:Clause {id: row.end})
WITH coalesce(section, document) AS a, b, row
WHERE a IS NOT NULL
CREATE (a)-[r:HAS_CLAUSE]->(b)
SET r = row.properties, r += row.stored;
