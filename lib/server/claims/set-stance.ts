// A passage's stance towards its claim (makes, supports, disputes), inside the caller's
// transaction: the one write of it that the updateAppearance action (an unpublished passage) and
// publishing a pending stance change (a published one) both make. No Next.js imports.
import { audit, staleSaveError } from '../audit/audit-log'
import type { AppearanceStanceValues } from '../../changes/pending-change'
import type { DbTransaction } from '../../db'

/**
 * Writes the stance, only if it still is `before` (otherwise the save is refused as stale), and
 * audits it (`appearance.update`); `provenance` names the pending change it publishes, if any.
 */
export async function setStance(
  tx: DbTransaction,
  actorId: string,
  appearanceId: string,
  before: AppearanceStanceValues,
  after: AppearanceStanceValues,
  provenance: Record<string, string | null> = {},
) {
  const { count } = await tx.appearance.updateMany({ where: { id: appearanceId, stance: before.stance }, data: after })
  if (count === 0) throw await staleSaveError(tx, { entityType: 'Appearance', id: appearanceId, what: 'stance', updatedAt: new Date() })
  await audit(tx, { actorId, action: 'appearance.update', entityType: 'Appearance', entityId: appearanceId, before, after: { ...after, ...provenance } })
}
