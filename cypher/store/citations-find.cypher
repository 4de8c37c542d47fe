// Citations naming a number or one of some title keys, with the citing document. Parameters: $number, $titleKeys.
MATCH (d:Document)-[:HAS_CITATION]->(c:Citation)
WHERE c.number = $number OR c.titleKey IN $titleKeys
RETURN d.id AS docId, properties(c) AS citation
ORDER BY docId, c.ordinal;
