// Loads a PolicyGraph export into Neo4j 5 (5.23 or later: CALL (row) { … } scope clauses) with LOAD CSV, as an
// alternative to neo4j-admin database import full (an empty database only; see README, "Neo4j: cypher/").
//
// 1. Export:   policygraph export --format neo4j-csv --out DIR
// 2. Copy DIR's files (nodes-<Label>.csv, relationships-<TYPE>.csv; every label and type, an unused one with its
//    header alone) into the import directory of the Neo4j server (server.directories.import, <NEO4J_HOME>/import;
//    /var/lib/neo4j/import in the Debian package, /import in the Docker image): LOAD CSV reads file:/// from there.
// 3. Run cypher/schema.cypher first: the MERGEs on id below need its uniqueness constraints to seek, not scan.
// 4. Run this file:  cypher-shell -u neo4j -p … -f cypher/import.cypher
//
// Every statement batches its rows with CALL { … } IN TRANSACTIONS, which Neo4j allows only in an implicit
// (auto-commit) transaction: cypher-shell runs each statement of -f in one (not inside :begin … :commit); in Neo4j
// Browser or the Query tool prefix each statement with :auto; from a driver use session.run, not executeQuery or a
// managed transaction.
//
// Each statement MERGEs on id, so a second run updates in place (a property now empty is removed, SET to null;
// nodes and relationships the export no longer has stay: load into an empty database for an exact copy).
// The typed columns are converted as their headers say (year:long → toInteger, value:double → toFloat,
// inferred:boolean → toBoolean); an empty field reads as null. Node files first: relationships MATCH their ends.

LOAD CSV WITH HEADERS FROM 'file:///nodes-Document.csv' AS row
CALL (row) {
  MERGE (d:Document {id: row.`id:ID`})
  SET d.clauseCount = toInteger(row.`clauseCount:long`),
      d.date = row.date,
      d.docNumber = row.docNumber,
      d.docType = row.docType,
      d.issuer = row.issuer,
      d.kind = row.kind,
      d.level = row.level,
      d.prefecture = row.prefecture,
      d.province = row.province,
      d.published = row.published,
      d.region = row.region,
      d.script = row.script,
      d.source = row.source,
      d.title = row.title,
      d.year = toInteger(row.`year:long`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Section.csv' AS row
CALL (row) {
  MERGE (s:Section {id: row.`id:ID`})
  SET s.docId = row.docId,
      s.heading = row.heading,
      s.kind = row.kind,
      s.number = row.number,
      s.ordinal = toInteger(row.`ordinal:long`),
      s.path = row.path,
      s.role = row.role
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Clause.csv' AS row
CALL (row) {
  MERGE (c:Clause {id: row.`id:ID`})
  SET c.docId = row.docId,
      c.facet = row.facet,
      c.heading = row.heading,
      c.number = row.number,
      c.ordinal = toInteger(row.`ordinal:long`),
      c.path = row.path,
      c.role = row.role,
      c.searchText = row.searchText,
      c.text = row.text
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Goal.csv' AS row
CALL (row) {
  MERGE (g:Goal {id: row.`id:ID`})
  SET g.docId = row.docId,
      g.title = row.title
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Task.csv' AS row
CALL (row) {
  MERGE (t:Task {id: row.`id:ID`})
  SET t.docId = row.docId,
      t.title = row.title
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Indicator.csv' AS row
CALL (row) {
  MERGE (i:Indicator {id: row.`id:ID`})
  SET i.comparator = row.comparator,
      i.kind = row.kind,
      i.docId = row.docId,
      i.name = row.name,
      i.text = row.text,
      i.unit = row.unit,
      i.value = toFloat(row.`value:double`),
      i.year = toInteger(row.`year:long`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes-Department.csv' AS row
CALL (row) {
  MERGE (dep:Department {id: row.`id:ID`})
  SET dep.function = row.function,
      dep.jurisdiction = row.jurisdiction,
      dep.name = row.name
} IN TRANSACTIONS OF 1000 ROWS;

// Relationships. An end whose label the type does not fix (a HAS_SECTION starts at a document or at a section) is
// looked up under each label it can have, so that every lookup is an index seek; a row whose ends are not both
// there (a file from another export) is skipped.
LOAD CSV WITH HEADERS FROM 'file:///relationships-HAS_SECTION.csv' AS row
CALL (row) {
  CALL (row) {
    MATCH (parent:Document {id: row.`:START_ID`}) RETURN parent
    UNION
    MATCH (parent:Section {id: row.`:START_ID`}) RETURN parent
  }
  MATCH (section:Section {id: row.`:END_ID`})
  MERGE (parent)-[r:HAS_SECTION]->(section)
  SET r.ordinal = toInteger(row.`ordinal:long`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relationships-HAS_CLAUSE.csv' AS row
CALL (row) {
  CALL (row) {
    MATCH (parent:Document {id: row.`:START_ID`}) RETURN parent
    UNION
    MATCH (parent:Section {id: row.`:START_ID`}) RETURN parent
  }
  MATCH (clause:Clause {id: row.`:END_ID`})
  MERGE (parent)-[r:HAS_CLAUSE]->(clause)
  SET r.ordinal = toInteger(row.`ordinal:long`)
} IN TRANSACTIONS OF 1000 ROWS;

// A citation whose sentence does not say the citing document carries the cited one out (贯彻, 落实, 根据 … would
// make it IMPLEMENTS).
LOAD CSV WITH HEADERS FROM 'file:///relationships-CITES.csv' AS row
CALL (row) {
  MATCH (citing:Document {id: row.`:START_ID`})
  MATCH (cited:Document {id: row.`:END_ID`})
  MERGE (citing)-[r:CITES]->(cited)
  SET r.raw = row.raw
} IN TRANSACTIONS OF 1000 ROWS;

// Two kinds in one file: document → document (a citation of a parent, with raw) and clause → clause (a clause
// link, with score and evidence; inferred when it joins siblings that cite the same parent the store lacks).
LOAD CSV WITH HEADERS FROM 'file:///relationships-IMPLEMENTS.csv' AS row
CALL (row) {
  CALL (row) {
    MATCH (child:Document {id: row.`:START_ID`}) RETURN child
    UNION
    MATCH (child:Clause {id: row.`:START_ID`}) RETURN child
  }
  CALL (row) {
    MATCH (parent:Document {id: row.`:END_ID`}) RETURN parent
    UNION
    MATCH (parent:Clause {id: row.`:END_ID`}) RETURN parent
  }
  MERGE (child)-[r:IMPLEMENTS]->(parent)
  SET r.raw = row.raw,
      r.score = toFloat(row.`score:double`),
      r.evidence = row.evidence,
      r.inferred = toBoolean(row.`inferred:boolean`)
} IN TRANSACTIONS OF 1000 ROWS;

// The national generations: 2023 → 2017 → 2012 → 1996.
LOAD CSV WITH HEADERS FROM 'file:///relationships-SUCCEEDS.csv' AS row
CALL (row) {
  MATCH (later:Document {id: row.`:START_ID`})
  MATCH (earlier:Document {id: row.`:END_ID`})
  MERGE (later)-[:SUCCEEDS]->(earlier)
} IN TRANSACTIONS OF 1000 ROWS;

// A clause states goals, tasks and indicators.
LOAD CSV WITH HEADERS FROM 'file:///relationships-STATES.csv' AS row
CALL (row) {
  MATCH (clause:Clause {id: row.`:START_ID`})
  CALL (row) {
    MATCH (stated:Goal {id: row.`:END_ID`}) RETURN stated
    UNION
    MATCH (stated:Task {id: row.`:END_ID`}) RETURN stated
    UNION
    MATCH (stated:Indicator {id: row.`:END_ID`}) RETURN stated
  }
  MERGE (clause)-[:STATES]->(stated)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relationships-MEASURED_BY.csv' AS row
CALL (row) {
  MATCH (goal:Goal {id: row.`:START_ID`})
  MATCH (indicator:Indicator {id: row.`:END_ID`})
  MERGE (goal)-[:MEASURED_BY]->(indicator)
} IN TRANSACTIONS OF 1000 ROWS;

// asWritten: the department as the task names it (质监局), the node has its full name (质量技术监督局).
LOAD CSV WITH HEADERS FROM 'file:///relationships-LED_BY.csv' AS row
CALL (row) {
  MATCH (task:Task {id: row.`:START_ID`})
  MATCH (department:Department {id: row.`:END_ID`})
  MERGE (task)-[r:LED_BY]->(department)
  SET r.asWritten = row.asWritten
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relationships-SUPPORTED_BY.csv' AS row
CALL (row) {
  MATCH (task:Task {id: row.`:START_ID`})
  MATCH (department:Department {id: row.`:END_ID`})
  MERGE (task)-[r:SUPPORTED_BY]->(department)
  SET r.asWritten = row.asWritten
} IN TRANSACTIONS OF 1000 ROWS;
