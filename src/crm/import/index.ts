/** Bulk import (`crm import`): JSON Lines in, a report of created / updated / merged / rejected out. */
export { importJsonl, type ImportOptions, type ImportReport } from './import-runner';
export { importFile } from './import-file';
export { importCommand, summarise, type ImportCommandDeps, type CommandOutput } from './import-command';
export { LINE_TYPES, type LineType } from './line-handler';
