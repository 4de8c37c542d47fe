// Departments that lead or support tasks: one node each, shared by every document that names them.
// Parameters: $rows (maps: properties = GraphProjection's, stored = what the store keeps besides, to give a
// document back whole).
UNWIND $rows AS row
MERGE (n:Department {id: row.properties.id})
SET n = row.properties, n += row.stored;
