import type { Role } from '../../shared/contract/contract';

/** Who is acting. Every read and write in the core takes one; the core applies the rules. */
export interface Actor {
  id: string | null; // null only for the system (imports, jobs)
  name: string;
  email: string;
  role: Role;
  teamId: string | null;
  teamName?: string | null;
  timezone?: string | null;
  locale?: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'system', email: 'system@localhost', role: 'admin', teamId: null };
