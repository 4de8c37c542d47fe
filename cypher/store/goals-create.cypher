// Goals stated by clauses. Parameters: $rows (maps of Goal properties with clauseId).
UNWIND $rows AS row
MATCH (c:Clause {id: row.clauseId})
CREATE (c)-[:STATES]->(g:Goal)
SET g = row;
