// A document with everything it holds: sections, clauses, what clauses state, its citations. Departments stay
// (other documents' tasks name them), and so do the documents it cites (other documents may cite them; the store
// deletes those nothing reaches any more afterwards); links into and out of its clauses go with the clauses.
// Parameters: $id, $sourceKey (either may match; a re-ingested file replaces its earlier version).
MATCH (d:Document)
WHERE d.kind = 'document' AND (d.id = $id OR d.sourceKey = $sourceKey)
OPTIONAL MATCH (d)-[:HAS_SECTION|HAS_CLAUSE|HAS_CITATION*]->(part)
OPTIONAL MATCH (part)-[:STATES]->(stated)
WITH collect(DISTINCT d) AS documents, collect(DISTINCT part) + collect(DISTINCT stated) AS parts
FOREACH (n IN parts | DETACH DELETE n)
FOREACH (n IN documents | DETACH DELETE n)
RETURN size(documents) AS deleted;
