import type { CurrentUser } from '../../auth/session'

/** Who is reading. Public pages read as PUBLIC_VIEWER, so they only ever see published items. */
export type Viewer = { kind: 'public' } | { kind: 'team'; user: CurrentUser }

export const PUBLIC_VIEWER: Viewer = { kind: 'public' }
