// Documents stating an indicator whose name contains $name or is contained in it. Parameters: $name.
MATCH (i:Indicator)
WHERE i.name CONTAINS $name OR $name CONTAINS i.name
RETURN DISTINCT i.docId AS docId
ORDER BY docId;
