// A document citing another without saying it carries it out.
// Parameters: $rows (maps: start, end = node ids; properties = GraphProjection's, stored = the store's besides).
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Document {id: row.end})
CREATE (a)-[r:CITES]->(b)
SET r = row.properties, r += row.stored;
