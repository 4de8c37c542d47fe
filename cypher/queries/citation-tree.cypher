// citation-tree: the documents a document cites, and those they cite in turn, up to $depth steps, as the edges of
// the tree: who cites whom, how (CITES or IMPLEMENTS) and in which words (raw), at the depth each edge is first met.
//
// Parameters:
//   $id     string   the citing document's id
//   $depth  integer  steps, 1 to 5. Cypher takes no parameter as a variable-length bound, so the pattern stops at 5
//                    and $depth filters below that.
MATCH p = (:Document {id: $id})-[:CITES|IMPLEMENTS*1..5]->(:Document)
WHERE length(p) <= $depth
  // Clauses have IMPLEMENTS too; the tree stays among documents.
  AND all(n IN nodes(p) WHERE n:Document)
UNWIND range(0, length(p) - 1) AS step
WITH relationships(p)[step] AS citation, step + 1 AS depth
WITH citation, min(depth) AS depth
WITH citation, depth, startNode(citation) AS citing, endNode(citation) AS cited
RETURN depth,
       citing.id AS citingId,
       citing.title AS citingTitle,
       type(citation) AS relation,
       citation.raw AS raw,
       cited.id AS citedId,
       cited.title AS citedTitle,
       cited.kind AS citedKind,
       cited.level AS citedLevel,
       cited.year AS citedYear
ORDER BY depth, citingId, citedId;
