// Documents with this number (normalised form). Parameters: $number.
MATCH (d:Document {docNumber: $number, kind: 'document'})
RETURN d {.*, originalText: null} AS document
ORDER BY d.id;
