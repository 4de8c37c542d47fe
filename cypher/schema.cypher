// PolicyGraph schema for Neo4j 5: one uniqueness constraint per node label (the ids are the same as in the
// SQLite store and the export), and lookup indexes for what the queries filter on.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT clause_id IF NOT EXISTS FOR (c:Clause) REQUIRE c.id IS UNIQUE;
CREATE INDEX document_number IF NOT EXISTS FOR (d:Document) ON (d.docNumber);
CREATE INDEX document_level_year IF NOT EXISTS FOR (d:Document) ON (d.level, d.year);
