/**
 * The layers, checked by `npm run lint` (dependency-cruiser). From the bottom:
 *   src/domain   pure rules: other domain files and a few pure libraries only;
 *   src/lib      small helpers with no knowledge of the service's parts;
 *   src/db       the database: schema, client, migrations; never a module or a plugin;
 *   src/plugins  cross-cutting HTTP concerns; never a module (modules hand them what they need);
 *   src/modules  one folder per resource; another module is used only through its service.ts;
 *   src/bootstrap, src/app.ts, src/server.ts  the assembly, which may use anything;
 *   src/cli      offline tools (ctd-verify): src/lib/tlog and the pure src/domain only.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain takes time, ids and data as arguments: no framework, database, I/O or other layer.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/decimal[.]js/', '^crypto$', '^zlib$'] },
    },
    {
      name: 'cli-is-offline',
      comment:
        'ctd-verify runs where the service does not: the Merkle and note library, the pure domain rules (to re-run a bundle’s scoring, ranking and awards) and the file and argument modules of node, no network or database.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { pathNot: ['^src/cli/', '^src/lib/tlog/', '^src/domain/', '^(node:)?(crypto|fs|path|url|util)$'] },
    },
    {
      name: 'lib-stays-below',
      comment: 'src/lib knows nothing of the database, the plugins or the modules.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(db|plugins|modules|bootstrap)/' },
    },
    {
      name: 'db-never-imports-modules',
      comment: 'src/db is below the modules and the plugins: the first-start bootstrap and demo data live in src/bootstrap.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(modules|plugins|bootstrap)/' },
    },
    {
      name: 'plugins-never-import-modules',
      comment: 'Plugins are cross-cutting; a module hands a plugin what it needs (app.ts wires them).',
      severity: 'error',
      from: { path: '^src/plugins/' },
      to: { path: '^src/(modules|bootstrap)/' },
    },
    {
      name: 'modules-meet-through-services',
      comment: 'A module uses another only through its service.ts: repositories, routes and helpers are its own.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/service[.]ts$'] },
    },
    {
      name: 'nothing-imports-the-assembly',
      comment: 'Only the entry points assemble the app.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(server|app)[.]ts$|^src/bootstrap/' },
      to: { path: '^src/(server|app)[.]ts$|^src/bootstrap/' },
    },
    {
      name: 'no-circular',
      comment: 'Cycles make the layers meaningless.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
}
