// A document carrying out another it cites, or a clause carrying out a clause of a parent (a clause link, with score,
// evidence and inferred).
// Parameters: $rows (maps: start, end = node ids; properties = GraphProjection's, stored = the store's besides).
UNWIND $rows AS row
OPTIONAL MATCH (childDocument:Document {id: row.start})
OPTIONAL MATCH (childClause:Clause {id: row.start})
OPTIONAL MATCH (parentDocument:Document {id: row.end})
OPTIONAL MATCH (parentClause:Clause {id: row.end})
WITH coalesce(childClause, childDocument) AS a, coalesce(parentClause, parentDocument) AS b, row
WHERE a IS NOT NULL AND b IS NOT NULL
CREATE (a)-[r:IMPLEMENTS]->(b)
SET r = row.properties, r += row.stored;
