/**
 * Layer and cycle check of src/ and viewer/src (part of `npm run lint`), after the README:
 * schema ← extract ← resolve ← store ← cli/server, and the viewer imports only src/schema.
 * In between: curate (pure curation logic) beside resolve; io (file readers) above extract;
 * ingest, query, export and web above the store and below cli/server. errors.ts and config.ts
 * are leaves anyone may use. Only src/store/ talks to neo4j-driver.
 */
/** Anything in src/ except the listed top-level folders and the shared leaves. */
const outside = (...allowed) => `^src/(?!(${allowed.join('|')})/|errors\\.ts$|config\\.ts$)`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'Import cycles hide the order modules load in; split the shared part (often a type) into its own module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schema-is-the-base',
      comment: 'src/schema is the data model every layer shares: it imports nothing else from src/.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^src/(?!schema/)' },
    },
    {
      name: 'extract-is-pure',
      severity: 'error',
      from: { path: '^src/extract/' },
      to: { path: outside('schema', 'extract') },
    },
    {
      name: 'curate-is-pure',
      severity: 'error',
      from: { path: '^src/curate/' },
      to: { path: outside('schema', 'curate') },
    },
    {
      name: 'resolve-is-pure',
      severity: 'error',
      from: { path: '^src/resolve/' },
      to: { path: outside('schema', 'extract', 'resolve') },
    },
    {
      name: 'io-reads-files-only',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: outside('schema', 'extract', 'curate', 'io') },
    },
    {
      name: 'store-below-its-users',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: outside('schema', 'extract', 'resolve', 'curate', 'store') },
    },
    {
      name: 'features-below-cli-and-server',
      comment: 'ingest, query, export and web are used by the CLI and the server, never the other way round.',
      severity: 'error',
      from: { path: '^src/(ingest|query|export|web)/' },
      to: { path: '^src/(cli|server)/' },
    },
    {
      name: 'server-does-not-use-cli',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'viewer-imports-only-schema',
      comment: 'The viewer talks to the server over HTTP; its build watches src/schema only.',
      severity: 'error',
      from: { path: '^viewer/' },
      to: { path: '^src/(?!schema/)' },
    },
    {
      name: 'driver-behind-store',
      comment: 'Only src/store/ talks to Neo4j; the rest goes through its functions and types.',
      severity: 'error',
      from: { path: '^(src|viewer)/', pathNot: '^src/store/' },
      to: { path: 'node_modules/neo4j-driver/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
