// Documents whose title or attachment title has this key. Parameters: $titleKey.
MATCH (d:Document)
WHERE d.titleKey = $titleKey OR d.attachmentKey = $titleKey
RETURN d {.*, originalText: null} AS document
ORDER BY d.id;
