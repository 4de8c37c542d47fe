// A goal measured by an indicator.
// Parameters: $rows (maps: start, end = node ids; properties = GraphProjection's, stored = the store's besides).
UNWIND $rows AS row
MATCH (a:Goal {id: row.start})
MATCH (b:Indicator {id: row.end})
CREATE (a)-[r:MEASURED_BY]->(b)
SET r = row.properties, r += row.stored;
