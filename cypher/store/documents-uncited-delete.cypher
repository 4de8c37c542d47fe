// Documents known from the registry or only from a citation that nothing reaches any more (the projection has such
// a node only while a document cites it), but for those in $keep (the national generations, always there).
// Parameters: $keep.
MATCH (d:Document)
WHERE d.kind <> 'document' AND NOT d.id IN $keep AND NOT EXISTS { (d)--() }
DELETE d;
