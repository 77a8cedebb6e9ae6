'use server'

import { authedQuery } from '../auth/authed-action'
import { listSuggestionPage } from '../data/workspace/suggestions'
import { suggestionPageSchema } from '../validations/quote'

/** The reader's "Show more": the next page of a snapshot's open suggestions of one kind. */
export const listSuggestions = authedQuery({ permission: 'workspace.view', schema: suggestionPageSchema }, (input, { user }) => listSuggestionPage(user, input))
