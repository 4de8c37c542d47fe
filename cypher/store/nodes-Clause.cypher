// A document's clauses.
// Parameters: $rows (maps: properties = GraphProjection's, stored = what the store keeps besides, to give a
// document back whole).
UNWIND $rows AS row
MERGE (n:Clause {id: row.properties.id})
SET n = row.properties, n += row.stored;
