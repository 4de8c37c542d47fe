// A document whole: its properties and its parts, each part with the ids it hangs from.
// Parameters: $id.
MATCH (d:Document {id: $id, kind: 'document'})
RETURN properties(d) AS document,
       COLLECT { MATCH (s:Section {docId: $id}) RETURN properties(s) } AS sections,
       COLLECT { MATCH (c:Clause {docId: $id}) RETURN properties(c) } AS clauses,
       COLLECT { MATCH (g:Goal {docId: $id}) RETURN properties(g) } AS goals,
       COLLECT {
         MATCH (t:Task {docId: $id})
         RETURN t {
           .*,
           lead: [(t)-[r:LED_BY]->(x:Department) | x {.*, asWritten: r.asWritten, ordinal: r.ordinal}],
           support: [(t)-[r:SUPPORTED_BY]->(x:Department) | x {.*, asWritten: r.asWritten, ordinal: r.ordinal}]
         }
       } AS tasks,
       COLLECT { MATCH (i:Indicator {docId: $id}) RETURN properties(i) } AS indicators,
       [(d)-[:HAS_CITATION]->(c:Citation) | properties(c)] AS citations;
