// A task led by a department (asWritten: the department as the task names it).
// Parameters: $rows (maps: start, end = node ids; properties = GraphProjection's, stored = the store's besides).
UNWIND $rows AS row
MATCH (a:Task {id: row.start})
MATCH (b:Department {id: row.end})
CREATE (a)-[r:LED_BY]->(b)
SET r = row.properties, r += row.stored;
