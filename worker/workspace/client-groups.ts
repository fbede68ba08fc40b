import { type HttpError, httpError } from '../http/errors';

/**
 * Binds a client group to the member on first use and refuses it to anyone else afterwards, so a
 * member can neither push as nor read the acknowledgements of another member's clients.
 */
export function claimClientGroup(sql: SqlStorage, clientGroupId: string, memberId: string): HttpError | undefined {
  const owner = sql
    .exec<{ member_id: string }>('SELECT member_id FROM client_groups WHERE id = ?', clientGroupId)
    .toArray()[0];
  if (!owner) {
    sql.exec('INSERT INTO client_groups (id, member_id) VALUES (?, ?)', clientGroupId, memberId);
    return undefined;
  }
  if (owner.member_id === memberId) return undefined;
  return httpError(
    403,
    'client_group_forbidden',
    `Client group ${clientGroupId} belongs to another member. Sign-in changed on this device: clear the local data and sync again to get a new client group.`,
  );
}

/** Last mutation id per client of the push, or 403 when a client already belongs to another group. */
export function readClients(
  sql: SqlStorage,
  clientGroupId: string,
  clientIds: Iterable<string>,
): { ok: true; value: Map<string, number> } | { ok: false; error: HttpError } {
  const lastIds = new Map<string, number>();
  for (const clientId of clientIds) {
    const row = sql
      .exec<{ client_group_id: string; last_mutation_id: number }>(
        'SELECT client_group_id, last_mutation_id FROM clients WHERE client_id = ?',
        clientId,
      )
      .toArray()[0];
    if (row && row.client_group_id !== clientGroupId) {
      return {
        ok: false,
        error: httpError(
          403,
          'client_forbidden',
          `Client ${clientId} belongs to another client group; use a new client id.`,
        ),
      };
    }
    lastIds.set(clientId, row?.last_mutation_id ?? 0);
  }
  return { ok: true, value: lastIds };
}
