// The words for a passage's stance, wherever it is shown or chosen.
import type { Stance } from '../generated/prisma/enums'

export const STANCE_LABELS: Record<Stance, string> = {
  MAKES: 'Makes the claim',
  SUPPORTS: 'Supports it',
  DISPUTES: 'Disputes it',
}
