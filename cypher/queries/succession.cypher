// succession: the national generation a document belongs to (1996 质量振兴纲要 → 2012 质量发展纲要 → 2017 质量提升行动
// → 2023 质量强国建设纲要), whole and in order, each with the generation it succeeds.
//
// Parameters:
//   $id  string  the id of any document of the chain (guofa-2012-9)
MATCH (:Document {id: $id})-[:SUCCEEDS*0..5]-(generation:Document)
WITH DISTINCT generation
OPTIONAL MATCH (generation)-[:SUCCEEDS]->(earlier:Document)
RETURN generation.id AS id,
       generation.title AS title,
       generation.docNumber AS docNumber,
       generation.year AS year,
       generation.kind AS kind,
       earlier.id AS succeeds
ORDER BY year;
