// Tasks stated by clauses, with the departments that lead and support them (one Department node per department,
// shared by every document that names it; the name as written stays on the relationship).
// Parameters: $rows (maps: properties = Task properties with clauseId and ordinal; lead, support = lists of
// maps id, name, function, jurisdiction, asWritten, ordinal).
UNWIND $rows AS row
MATCH (c:Clause {id: row.properties.clauseId})
CREATE (c)-[:STATES]->(t:Task)
SET t = row.properties
FOREACH (dep IN row.lead |
  MERGE (x:Department {id: dep.id})
    ON CREATE SET x.name = dep.name, x.function = dep.function, x.jurisdiction = dep.jurisdiction
  CREATE (t)-[:LED_BY {asWritten: dep.asWritten, ordinal: dep.ordinal}]->(x))
FOREACH (dep IN row.support |
  MERGE (x:Department {id: dep.id})
    ON CREATE SET x.name = dep.name, x.function = dep.function, x.jurisdiction = dep.jurisdiction
  CREATE (t)-[:SUPPORTED_BY {asWritten: dep.asWritten, ordinal: dep.ordinal}]->(x));
