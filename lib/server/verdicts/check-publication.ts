// The gate both approving and publishing pass (docs/decisions/015): under lock, the list of what
// becomes public must be the one the editor's screen showed, and every figure that may not be
// published yet (an open conflict, words that disagree) must be held back by name.
import type { DbTransaction } from '../../db'
import { AppError, StaleScreenError } from '../../errors'
import { blockedMessage, planPublication, type PublicationManifest, type PublicationPlan } from '../../verdicts/publication'
import { lockPublication, publicationDigest, readPublicationManifest } from './publication-manifest'

export type PublicationChoice = {
  /** The digest the approve or publish screen was rendered with. */
  digest: string
  /** The figures the editor ticked "hold back". */
  heldBack: readonly string[]
}

/** Marks the refusal whose page must be shown again with the new list. */
export const LIST_CHANGED = 'What this step makes public changed after you opened the page. Nothing was changed; check the new list below and try again.'

export async function checkPublication(tx: DbTransaction, verdictId: string, choice: PublicationChoice): Promise<{ manifest: PublicationManifest; plan: PublicationPlan }> {
  await lockPublication(tx, verdictId)
  const manifest = await readPublicationManifest(tx, verdictId)
  if (publicationDigest(manifest) !== choice.digest) throw new StaleScreenError(LIST_CHANGED)
  const figureIds = new Set(manifest.figures.map((figure) => figure.id))
  if (choice.heldBack.some((id) => !figureIds.has(id))) throw new StaleScreenError(LIST_CHANGED)
  const plan = planPublication(manifest, new Set(choice.heldBack))
  const blocked = blockedMessage(plan)
  if (blocked) throw new AppError('invalid', `${blocked} Nothing was changed.`, { heldBack: [blocked] })
  return { manifest, plan }
}
