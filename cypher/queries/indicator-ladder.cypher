// indicator-ladder: every target set for an indicator, with its document's level, region and year, from the
// national document down to the counties, then by year (as `policygraph indicators NAME`, without the
// copied/raised/lowered verdicts).
//
// Parameters:
//   $name  string  the indicator's name or a part of it (农业标准化生产普及率, 质量竞争力指数); matched with CONTAINS,
//                  which the text index indicator_name answers
MATCH (i:Indicator)
WHERE i.name CONTAINS $name
MATCH (d:Document {id: i.docId})
RETURN i.name AS indicator,
       i.comparator AS comparator,
       i.value AS value,
       i.unit AS unit,
       i.year AS targetYear,
       i.text AS asWritten,
       d.id AS docId,
       d.title AS docTitle,
       d.level AS level,
       d.province AS province,
       d.region AS region,
       d.year AS year
ORDER BY CASE d.level WHEN 'national' THEN 0 WHEN 'province' THEN 1 WHEN 'prefecture' THEN 2 WHEN 'county' THEN 3 ELSE 4 END,
         year, region, indicator;
