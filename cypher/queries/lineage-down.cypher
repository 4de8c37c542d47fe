// lineage-down: the documents that implement or cite a document, directly or through others, up to $depth steps
// (as `policygraph lineage ID --depth N`, downward half), each with how many of its clauses are linked to the document.
//
// Parameters:
//   $id     string   the document's id: ingested, known (guofa-2012-9) or cited-only
//   $depth  integer  steps down, 1 to 5. Cypher takes no parameter as a variable-length bound, so the pattern stops
//                    at 5 and $depth filters below that.
MATCH p = (descendant:Document)-[:IMPLEMENTS|CITES*1..5]->(d:Document {id: $id})
WHERE length(p) <= $depth
  // Clauses have IMPLEMENTS too; a document's path stays among documents.
  AND all(n IN nodes(p) WHERE n:Document)
WITH d, descendant, p
ORDER BY length(p)
WITH d, descendant, collect(p)[0] AS nearest
RETURN descendant.id AS id,
       descendant.title AS title,
       descendant.docNumber AS docNumber,
       descendant.level AS level,
       descendant.region AS region,
       descendant.year AS year,
       length(nearest) AS steps,
       [r IN relationships(nearest) | type(r)] AS via,
       COUNT { (c:Clause)-[:IMPLEMENTS]->(a:Clause) WHERE c.docId = descendant.id AND a.docId = d.id } AS clauseLinks
ORDER BY steps, year, id;
