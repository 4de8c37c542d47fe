-- Version 2: documents whose clause links are to be (re)drawn; an existing store links all of them once.
CREATE TABLE pending_links (doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE);
INSERT INTO pending_links (doc_id) SELECT id FROM documents;
PRAGMA user_version = 2;
