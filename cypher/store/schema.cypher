// What the Neo4j store needs besides cypher/schema.cypher: its Citation nodes, and lookups by the keys it finds
// documents and parts by (kind tells an ingested document from one known from the registry or only from a
// citation). Run once when the store opens; every statement is idempotent.
CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (c:Citation) REQUIRE c.id IS UNIQUE;
CREATE INDEX citation_number IF NOT EXISTS FOR (c:Citation) ON (c.number);
CREATE INDEX citation_title_key IF NOT EXISTS FOR (c:Citation) ON (c.titleKey);
CREATE INDEX document_source_key IF NOT EXISTS FOR (d:Document) ON (d.sourceKey);
CREATE INDEX document_title_key IF NOT EXISTS FOR (d:Document) ON (d.titleKey);
CREATE INDEX document_attachment_key IF NOT EXISTS FOR (d:Document) ON (d.attachmentKey);
CREATE INDEX section_doc IF NOT EXISTS FOR (s:Section) ON (s.docId);
CREATE INDEX clause_doc IF NOT EXISTS FOR (c:Clause) ON (c.docId);
CREATE INDEX goal_doc IF NOT EXISTS FOR (g:Goal) ON (g.docId);
CREATE INDEX task_doc IF NOT EXISTS FOR (t:Task) ON (t.docId);
CREATE INDEX indicator_doc IF NOT EXISTS FOR (i:Indicator) ON (i.docId);
CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind);
