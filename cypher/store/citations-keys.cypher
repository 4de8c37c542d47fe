// Every distinct (number, title) some document cites. Parameters: none.
MATCH (c:Citation)
RETURN DISTINCT c.number AS number, c.title AS title;
