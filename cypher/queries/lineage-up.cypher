// lineage-up: the documents a document implements or cites, directly or through others, up to $depth steps (as
// `policygraph lineage ID --depth N`, upward half), each with how many of the document's clauses are linked to it.
//
// Parameters:
//   $id     string   the document's id: ingested (004_11caf64426b24ee3-4af7470a), known (guofa-2012-9) or cited-only
//   $depth  integer  steps up, 1 to 5. Cypher takes no parameter as a variable-length bound, so the pattern stops at
//                    5 and $depth filters below that.
MATCH p = (d:Document {id: $id})-[:IMPLEMENTS|CITES*1..5]->(ancestor:Document)
WHERE length(p) <= $depth
  // Clauses have IMPLEMENTS too; a document's path stays among documents.
  AND all(n IN nodes(p) WHERE n:Document)
WITH d, ancestor, p
ORDER BY length(p)
WITH d, ancestor, collect(p)[0] AS nearest
RETURN ancestor.id AS id,
       ancestor.title AS title,
       ancestor.docNumber AS docNumber,
       ancestor.level AS level,
       ancestor.year AS year,
       ancestor.kind AS kind,
       length(nearest) AS steps,
       [r IN relationships(nearest) | type(r)] AS via,
       COUNT { (c:Clause)-[:IMPLEMENTS]->(a:Clause) WHERE c.docId = d.id AND a.docId = ancestor.id } AS clauseLinks
ORDER BY steps, year, id;
