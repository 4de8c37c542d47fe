// A section under its document or its parent section.
// Parameters: $rows (maps: start, end = node ids; properties = GraphProjection's, stored = the store's besides).
UNWIND $rows AS row
OPTIONAL MATCH (document:Document {id: row.start})
OPTIONAL MATCH (parent:Section {id: row.start})
MATCH (b:Section {id: row.end})
WITH coalesce(parent, document) AS a, b, row
WHERE a IS NOT NULL
CREATE (a)-[r:HAS_SECTION]->(b)
SET r = row.properties, r += row.stored;
