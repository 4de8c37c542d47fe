// Links drawn from a document's clauses, or from one clause. Parameters: $id.
MATCH (c:Clause)-[r:IMPLEMENTS]->(p:Clause)
WHERE c.docId = $id OR c.id = $id
RETURN c.id AS childClause, p.id AS parentClause, c.docId AS childDoc, p.docId AS parentDoc,
       r.score AS score, r.evidence AS evidence, r.inferred AS inferred
ORDER BY childClause, score DESC;
