import type { Role } from '../../shared';

/** Who pushes or pulls, as the Worker passes it over RPC: enough for the mutators' authorization. */
export interface SyncMember {
  id: string;
  role: Role;
}
