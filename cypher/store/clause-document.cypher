// The document a clause belongs to. Parameters: $id.
MATCH (c:Clause {id: $id})
RETURN c.docId AS docId;
