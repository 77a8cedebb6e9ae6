import type { CurrentUser } from '../../auth/session'

/** A visitor: public pages read as PUBLIC_VIEWER, so they only ever see published items. */
export type PublicViewer = { kind: 'public' }

/** Who is reading. */
export type Viewer = PublicViewer | { kind: 'team'; user: CurrentUser }

export const PUBLIC_VIEWER: PublicViewer = { kind: 'public' }
