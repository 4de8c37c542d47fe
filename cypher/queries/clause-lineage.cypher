// clause-lineage: the clauses a clause implements (up) and those implementing it (down), up to $depth links each
// way, with every link's score, evidence and whether it was inferred (between siblings citing the same parent),
// as `policygraph lineage CLAUSE-ID --depth N`.
//
// Parameters:
//   $id     string   the clause's id
//   $depth  integer  links each way, 1 to 5. Cypher takes no parameter as a variable-length bound, so the pattern
//                    stops at 5 and $depth filters below that.
MATCH p = (:Clause {id: $id})-[:IMPLEMENTS*1..5]->(other:Clause)
WHERE length(p) <= $depth
OPTIONAL MATCH (document:Document {id: other.docId})
RETURN 'up' AS direction,
       length(p) AS steps,
       other.id AS clauseId,
       other.number AS number,
       other.text AS text,
       document.id AS docId,
       document.title AS docTitle,
       document.level AS level,
       [r IN relationships(p) | {score: r.score, evidence: r.evidence, inferred: r.inferred}] AS links
UNION ALL
MATCH p = (:Clause {id: $id})<-[:IMPLEMENTS*1..5]-(other:Clause)
WHERE length(p) <= $depth
OPTIONAL MATCH (document:Document {id: other.docId})
RETURN 'down' AS direction,
       length(p) AS steps,
       other.id AS clauseId,
       other.number AS number,
       other.text AS text,
       document.id AS docId,
       document.title AS docTitle,
       document.level AS level,
       [r IN relationships(p) | {score: r.score, evidence: r.evidence, inferred: r.inferred}] AS links;
