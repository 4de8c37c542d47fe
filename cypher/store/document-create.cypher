// The document node, its links marked as still to be drawn. Parameters: $document (a map of properties).
CREATE (d:Document)
SET d = $document, d.linksPending = true;
