-- Version 1: the graph.
CREATE TABLE documents (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, source_key TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL,
    pipeline_version TEXT NOT NULL, format TEXT NOT NULL, script TEXT NOT NULL, title TEXT, doc_number TEXT,
    issuer TEXT, date TEXT, published TEXT, year INTEGER, level TEXT, province TEXT, region TEXT, doc_type TEXT,
    attachment_title TEXT, clause_count INTEGER NOT NULL, ingested_at TEXT NOT NULL, original_text TEXT NOT NULL,
    title_key TEXT, attachment_key TEXT);
CREATE TABLE sections (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES sections(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ordinal INTEGER NOT NULL, path TEXT NOT NULL, number TEXT, heading TEXT NOT NULL, role TEXT NOT NULL, kind TEXT NOT NULL);
CREATE INDEX sections_doc ON sections(doc_id, ordinal);
CREATE TABLE clauses (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id TEXT REFERENCES sections(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ordinal INTEGER NOT NULL, path TEXT NOT NULL, number TEXT, heading TEXT, role TEXT NOT NULL, text TEXT NOT NULL,
    search_text TEXT NOT NULL, lead_id TEXT, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
    facet TEXT, facet_from_heading INTEGER NOT NULL DEFAULT 0);
CREATE INDEX clauses_doc ON clauses(doc_id, ordinal);
CREATE INDEX documents_number ON documents(doc_number);
CREATE INDEX documents_title_key ON documents(title_key);
CREATE INDEX documents_attachment_key ON documents(attachment_key);
CREATE TABLE goals (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    clause_id TEXT NOT NULL, title TEXT NOT NULL);
CREATE INDEX goals_doc ON goals(doc_id);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    clause_id TEXT NOT NULL, title TEXT NOT NULL, ordinal INTEGER NOT NULL);
CREATE INDEX tasks_doc ON tasks(doc_id);
CREATE TABLE task_departments (
    task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    role TEXT NOT NULL, ordinal INTEGER NOT NULL, name TEXT NOT NULL, canonical TEXT NOT NULL, function TEXT, jurisdiction TEXT);
CREATE INDEX task_departments_task ON task_departments(task_id);
CREATE INDEX task_departments_canonical ON task_departments(canonical);
CREATE TABLE indicators (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    clause_id TEXT NOT NULL, goal_id TEXT, name TEXT NOT NULL, comparator TEXT NOT NULL, value REAL NOT NULL,
    unit TEXT NOT NULL, year INTEGER, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, ordinal INTEGER NOT NULL);
CREATE INDEX indicators_doc ON indicators(doc_id);
CREATE INDEX indicators_name ON indicators(name);
CREATE TABLE citations (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    clause_id TEXT, raw TEXT NOT NULL, number TEXT, title TEXT, title_key TEXT, relation TEXT NOT NULL, ordinal INTEGER NOT NULL);
CREATE INDEX citations_doc ON citations(doc_id);
CREATE INDEX citations_number ON citations(number);
CREATE INDEX citations_title_key ON citations(title_key);
CREATE TABLE clause_links (
    child_clause TEXT NOT NULL, parent_clause TEXT NOT NULL,
    child_doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    score REAL NOT NULL, evidence TEXT NOT NULL, inferred INTEGER NOT NULL,
    PRIMARY KEY (child_clause, parent_clause));
CREATE INDEX clause_links_child_doc ON clause_links(child_doc);
CREATE INDEX clause_links_parent_doc ON clause_links(parent_doc);
CREATE INDEX clause_links_parent ON clause_links(parent_clause);
PRAGMA user_version = 1;
