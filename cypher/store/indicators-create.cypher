// Indicators stated by clauses, measuring the goal they belong to when there is one.
// Parameters: $rows (maps of Indicator properties with clauseId, goalId, start, end, ordinal).
UNWIND $rows AS row
MATCH (c:Clause {id: row.clauseId})
CREATE (c)-[:STATES]->(i:Indicator)
SET i = row
WITH i, row
MATCH (g:Goal {id: row.goalId})
CREATE (g)-[:MEASURED_BY]->(i);
