#!/usr/bin/env node
// cypher-lint: checks .cypher files with Neo4j's own Cypher parser and semantic analysis, the ones Neo4j's
// language server, VS Code extension and Browser use (@neo4j-cypher/language-support).
//
//   node tools/cypher-lint/lint.mjs [--schema FILE]… [FILE|DIR]…
//
// With no FILE or DIR it lints the repository's cypher/ directory (recursively, *.cypher). Prints
// `file:line:col: error|warning: message` for each diagnostic, then
// `cypher-lint: N files, M statements, E errors, W warnings`. Exit code 1 if any error (warnings do not fail),
// 2 if the files cannot be read or the parser is not installed.
//
// What is checked, beyond syntax:
// - parameters: a file names the parameters it takes in its header (the comments before its first statement,
//   `$id`, `$depth` …); a `$name` used but not named there is an error, one named but not used a warning;
// - labels and relationship types: those the database holds once cypher/schema.cypher and cypher/import.cypher
//   have run, or that the Neo4j store's schema and writing statements make (cypher/store/schema.cypher,
//   cypher/store/nodes-*.cypher, relationships-*.cypher, *-create.cypher), or those of the --schema files, are
//   known; matching any other is a warning
//   (a misspelt label matches nothing);
// - functions: Neo4j's built-in functions with their signatures (unknown functions and type mismatches are errors).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '..', '..');

function fail(message) {
  console.error(`cypher-lint: ${message}`);
  process.exit(2);
}

let support;
try {
  // The package's ES module build imports its own files without extensions, which Node's loader refuses: its
  // CommonJS build is the one that loads.
  support = createRequire(import.meta.url)('@neo4j-cypher/language-support');
} catch (e) {
  fail(`cannot load @neo4j-cypher/language-support (${e.code ?? e.message}); install it: tools/install-test-deps.sh ` +
    `(or npm ci --prefix tools/cypher-lint)`);
}
const { lintCypherQuery, parserWrapper, CypherLexer } = support;

const ERROR = 1; // vscode-languageserver DiagnosticSeverity
const WARNING = 2;

function parseArguments(argv) {
  const targets = [];
  const schemaFiles = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--schema') {
      if (i + 1 >= argv.length) fail('--schema needs a file');
      schemaFiles.push(argv[++i]);
    } else if (argument === '-h' || argument === '--help') {
      console.log('usage: node tools/cypher-lint/lint.mjs [--schema FILE]… [FILE|DIR]…  (default: the repository\'s cypher/)');
      process.exit(0);
    } else if (argument.startsWith('--')) {
      fail(`unknown option ${argument}`);
    } else {
      targets.push(argument);
    }
  }
  return { targets, schemaFiles };
}

/** The .cypher files under the targets, each directory walked recursively, in name order. */
function collectFiles(targets) {
  const files = [];
  const walk = (directory) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.cypher')) files.push(full);
    }
  };
  for (const target of targets) {
    let stat;
    try {
      stat = fs.statSync(target);
    } catch {
      fail(`${target}: no such file or directory`);
    }
    if (stat.isDirectory()) walk(target);
    else files.push(target);
  }
  return files;
}

const isComment = (token) => token.type === CypherLexer.SINGLE_LINE_COMMENT || token.type === CypherLexer.MULTI_LINE_COMMENT;

/**
 * The text with its comments blanked (newlines kept, so every position stays where it was), and the parameters the
 * header — the comments before the first statement — names, each with its line and column. The parser reports a
 * statement made of comments alone (a comment after the last `;`) as a missing statement; cypher-shell skips it.
 * The parser's tokens index code points, hence Array.from.
 */
function withoutComments(text) {
  const characters = Array.from(text);
  const named = new Map();
  let inHeader = true;
  for (const statement of parserWrapper.parse(text).statementsParsing) {
    for (const token of statement.tokens) {
      if (isComment(token)) {
        if (inHeader) {
          for (const match of token.text.matchAll(/\$`?([A-Za-z_][A-Za-z0-9_]*)`?/g)) {
            const offset = token.start + Array.from(token.text.slice(0, match.index)).length;
            if (!named.has(match[1])) named.set(match[1], positionOf(characters, offset));
          }
        }
        for (let i = token.start; i <= token.stop; i++) {
          if (characters[i] !== '\n' && characters[i] !== '\r') characters[i] = ' ';
        }
      } else if (token.channel === 0 && token.type !== CypherLexer.EOF) {
        inHeader = false;
      }
    }
  }
  return { text: characters.join(''), named };
}

/** 1-based line and column of a code point offset. */
function positionOf(characters, offset) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    if (characters[i] === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

/** Labels and relationship types named anywhere in the schema files (created by import.cypher, constrained by schema.cypher). */
function schemaOf(files) {
  const labels = new Set();
  const relationshipTypes = new Set();
  for (const file of files) {
    const { text } = withoutComments(fs.readFileSync(file, 'utf8'));
    for (const statement of parserWrapper.parse(text).statementsParsing) {
      for (const found of statement.collectedLabelOrRelTypes) {
        const name = found.labelText.replace(/^`|`$/g, '');
        if (found.labelType === 'Relationship type') relationshipTypes.add(name);
        else labels.add(name);
      }
    }
  }
  return { labels: [...labels].sort(), relationshipTypes: [...relationshipTypes].sort() };
}

/**
 * Neo4j's built-in functions with their signatures, as the package recorded them from a Neo4j server's
 * SHOW FUNCTIONS (its testData). Plug-in functions (apoc.* …) are left out: cypher/ must run on a bare Neo4j.
 */
function builtInFunctions() {
  const recorded = support.testData?.mockSchema?.functions;
  if (!recorded) return undefined;
  const functions = {};
  for (const [version, registry] of Object.entries(recorded)) {
    functions[version] = Object.fromEntries(Object.entries(registry).filter(([, f]) => f.isBuiltIn));
  }
  return functions;
}

function displayPath(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

const { targets, schemaFiles } = parseArguments(process.argv.slice(2));
const files = collectFiles(targets.length > 0 ? targets : [path.join(repositoryRoot, 'cypher')]);
if (files.length === 0) fail(`no .cypher files in ${targets.join(' ') || path.join(repositoryRoot, 'cypher')}`);

let schema = { labels: undefined, relationshipTypes: undefined };
if (schemaFiles.length > 0) {
  for (const file of schemaFiles) if (!fs.existsSync(file)) fail(`--schema ${file}: no such file`);
  schema = schemaOf(schemaFiles);
} else {
  const defaults = ['schema.cypher', 'import.cypher'].map((name) => path.join(repositoryRoot, 'cypher', name));
  const store = path.join(repositoryRoot, 'cypher', 'store');
  const storeFiles = fs.existsSync(store)
    ? fs.readdirSync(store).filter((name) => name === 'schema.cypher' || /^(nodes|relationships)-|-create\.cypher$/.test(name)).sort().map((name) => path.join(store, name))
    : [];
  if (defaults.every((file) => fs.existsSync(file))) schema = schemaOf([...defaults, ...storeFiles]);
}
const functions = builtInFunctions();

let statements = 0;
let errors = 0;
let warnings = 0;
for (const file of files) {
  let source;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${file}: ${e.message}`);
  }
  const { text, named } = withoutComments(source);
  const parameters = Object.fromEntries([...named.keys()].map((name) => [name, null]));

  const parsed = parserWrapper.parse(text).statementsParsing;
  statements += parsed.filter((s) => s.command.type !== 'cypher' || s.command.statement.trim().length > 0).length;

  const diagnostics = lintCypherQuery(text, { ...schema, functions, parameters }).map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: d.severity === ERROR ? 'error' : d.severity === WARNING ? 'warning' : 'note',
    message: d.message,
  }));
  const used = new Set(parsed.flatMap((s) => s.collectedParameters ?? []).map((p) => p.name.replace(/^`|`$/g, '')));
  for (const [name, { line, column }] of named) {
    if (!used.has(name)) {
      diagnostics.push({ line, column, severity: 'warning', message: `Parameter $${name} is named in the header but not used.` });
    }
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    console.log(`${displayPath(file)}:${d.line}:${d.column}: ${d.severity}: ${d.message.replace(/\s*\n\s*/g, ' ')}`);
  }
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(`cypher-lint: ${plural(files.length, 'file')}, ${plural(statements, 'statement')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
process.exit(errors > 0 ? 1 : 0);
