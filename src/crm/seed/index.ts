/** Demo data (`crm seed --demo`) and the first-run check `crm start` uses. */
export { seedDemo, isEmpty, type SeedOptions, type SeedCounts } from './seed-demo';
export { seedCommand } from './seed-command';
