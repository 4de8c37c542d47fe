// PolicyGraph schema for Neo4j 5 (5.23 or later, as import.cypher): run it once before import.cypher, which MERGEs
// on id and would scan every node of a label for each row without the constraints. Every statement is
// IF NOT EXISTS, so running the file again changes nothing.
//   cypher-shell -u neo4j -p … -f cypher/schema.cypher

// One uniqueness constraint per node label (NodeLabels.All): the ids are the store's and the export's, stable
// across re-ingests. A constraint also gives the index every lookup by id uses.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT clause_id IF NOT EXISTS FOR (c:Clause) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (g:Goal) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (t:Task) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (i:Indicator) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT department_id IF NOT EXISTS FOR (d:Department) REQUIRE d.id IS UNIQUE;

// Lookups the queries and the command line make: a document by its 文号 (normalised to one form by the
// extractor), documents by level and year, a document's clauses.
CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.docNumber);
CREATE INDEX document_level_year IF NOT EXISTS FOR (d:Document) ON (d.level, d.year);
CREATE INDEX clause_document IF NOT EXISTS FOR (c:Clause) ON (c.docId);

// Names matched by part (CONTAINS in indicator-ladder.cypher and department-tasks.cypher): a range index
// cannot answer CONTAINS, a text index can.
CREATE TEXT INDEX indicator_name IF NOT EXISTS FOR (i:Indicator) ON (i.name);
CREATE TEXT INDEX department_name IF NOT EXISTS FOR (d:Department) ON (d.name);

// Full-text search over clauses (as written and the search view: Simplified, width-folded) and document titles.
// Lucene's standard analyzer would make every Chinese character a word; the cjk analyzer indexes bigrams, as
// PolicyGraph's own index does. Query with db.index.fulltext.queryNodes('clause_text', '首席质量官').
CREATE FULLTEXT INDEX clause_text IF NOT EXISTS
FOR (c:Clause) ON EACH [c.text, c.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX document_title IF NOT EXISTS
FOR (d:Document) ON EACH [d.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
