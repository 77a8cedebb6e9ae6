'use server'

import { authedQuery } from '../auth/authed-action'
import { listSimilarClaims } from '../data/workspace/claims'
import { similarClaimsSchema } from '../validations/claim'

/** Claims close to what a reviewer is typing, so they attach instead of duplicating. */
export const findSimilarClaims = authedQuery({ permission: 'claim.write', schema: similarClaimsSchema }, (input, { user }) =>
  listSimilarClaims(user, input.text, { excludeClaimId: input.excludeClaimId }),
)
