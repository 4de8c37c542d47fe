// Clause links, child to parent. Parameters: $links (maps childClause, parentClause, score, evidence, inferred).
UNWIND $links AS link
MATCH (c:Clause {id: link.childClause})
MATCH (p:Clause {id: link.parentClause})
MERGE (c)-[r:IMPLEMENTS]->(p)
SET r.score = link.score, r.evidence = link.evidence, r.inferred = link.inferred;
