// Documents: the ingested one, and those it cites that are known from the registry or only from a citation (one node each, shared by every document citing them).
// Parameters: $rows (maps: properties = GraphProjection's, stored = what the store keeps besides, to give a
// document back whole).
UNWIND $rows AS row
MERGE (n:Document {id: row.properties.id})
SET n = row.properties, n += row.stored;
