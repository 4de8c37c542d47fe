// Links drawn to a document's clauses, or to one clause. Parameters: $id.
MATCH (c:Clause)-[r:IMPLEMENTS]->(p:Clause)
WHERE p.docId = $id OR p.id = $id
RETURN c.id AS childClause, p.id AS parentClause, c.docId AS childDoc, p.docId AS parentDoc,
       r.score AS score, r.evidence AS evidence, r.inferred AS inferred
ORDER BY parentClause, score DESC;
