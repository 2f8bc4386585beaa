/** The import rules of STYLE.md, checked in `npm test`: bots → intents → crm/llm; one composition root. */
module.exports = {
  forbidden: [
    { name: 'core-never-imports-surfaces', severity: 'error', from: { path: '^src/(crm|llm|intents|jobs|shared|config)/' }, to: { path: '^src/bots/' } },
    { name: 'crm-and-llm-never-import-intents', severity: 'error', from: { path: '^src/(crm|llm)/' }, to: { path: '^src/intents/' } },
    { name: 'crm-and-llm-are-independent', severity: 'error', from: { path: '^src/crm/' }, to: { path: '^src/llm/' } },
    { name: 'llm-does-not-import-crm', severity: 'error', from: { path: '^src/llm/' }, to: { path: '^src/crm/' } },
    { name: 'bots-go-through-intents', severity: 'error', from: { path: '^src/bots/' }, to: { path: '^src/(crm|llm)/' } },
    { name: 'intents-use-only-job-contracts', severity: 'error', from: { path: '^src/intents/' }, to: { path: '^src/jobs/', pathNot: '^src/jobs/contracts\\.ts$' } },
    { name: 'only-the-root-wires', severity: 'error', from: { path: '^src/', pathNot: '^src/(app/|cli\\.ts)' }, to: { path: '^src/app/', pathNot: '^src/app/command-io\\.ts$' } },
    { name: 'shared-is-a-leaf', severity: 'error', from: { path: '^src/shared/' }, to: { path: '^src/(crm|llm|intents|jobs|bots|app)/' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true, dependencyTypesNot: ['type-only'] } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.json$' },
  },
};
