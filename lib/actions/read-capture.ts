'use server'

import { authedQuery } from '../auth/authed-action'
import { getCaptureProgress } from '../data/workspace/captures'
import { captureIdSchema } from '../validations/capture'

/** The capture page's question, every second while the capture is under way: where is it now? */
export const readCapture = authedQuery({ permission: 'workspace.view', schema: captureIdSchema }, (input) => getCaptureProgress(input.id))
