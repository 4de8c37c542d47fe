// A clause stating a goal, a task or an indicator.
// Parameters: $rows (maps: start, end = node ids; properties = GraphProjection's, stored = the store's besides).
UNWIND $rows AS row
MATCH (a:Clause {id: row.start})
OPTIONAL MATCH (goal:Goal {id: row.end})
OPTIONAL MATCH (task:Task {id: row.end})
OPTIONAL MATCH (indicator:Indicator {id: row.end})
WITH a, coalesce(goal, task, indicator) AS b, row
WHERE b IS NOT NULL
CREATE (a)-[r:STATES]->(b)
SET r = row.properties, r += row.stored;
