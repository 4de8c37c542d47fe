// A national document succeeding the one before it (2023 → 2017 → 2012 → 1996).
// Parameters: $rows (maps: start, end = node ids; properties = GraphProjection's, stored = the store's besides).
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Document {id: row.end})
CREATE (a)-[r:SUCCEEDS]->(b)
SET r = row.properties, r += row.stored;
