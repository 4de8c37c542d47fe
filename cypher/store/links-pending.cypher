// Documents whose links are still to be drawn. Parameters: none.
MATCH (d:Document)
WHERE d.linksPending
RETURN d.id AS id
ORDER BY id;
