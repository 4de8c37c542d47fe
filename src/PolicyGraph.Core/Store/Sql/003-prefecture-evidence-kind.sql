-- Version 3: a document's prefecture and the evidence of its metadata (JSON: field -> where it was read), an
-- indicator's kind (level, change, growth). Stored documents get them when the pipeline version that brought them
-- reprocesses the documents.
ALTER TABLE documents ADD COLUMN prefecture TEXT;
ALTER TABLE documents ADD COLUMN evidence TEXT;
ALTER TABLE indicators ADD COLUMN kind TEXT NOT NULL DEFAULT 'level';
PRAGMA user_version = 3;
