/**
 * What the surfaces may use from the core, through the engine's layer: bots never import
 * src/crm directly, so a surface cannot bypass the rules the engine applies.
 */
export { actorForToken, issueToken } from '../crm/users/api-tokens';
export { pendingMigrations } from '../crm/db/migrate';
export { findActorByEmail, findActorByChatId, linkChatId, findActorById, type ChatSurface } from '../crm/users/user-repository';
export { saveReference } from './dialogue/conversation-store';
export type { Actor } from '../crm/access/actor';
export { recordEventOnce } from './dialogue/processed-events';
export { loadState } from './dialogue/conversation-store';
export { revokeToken } from '../crm/users/api-tokens';
export { buildDashboard, parseDashboardQuery, type DashboardData } from './answers/dashboard-data';
export { userAgenda, type UserAgenda } from '../crm/agenda/user-agenda';
