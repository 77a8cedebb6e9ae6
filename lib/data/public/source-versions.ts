// The versions of a public source the public may read (adopted ones: visibleSnapshots), for the
// notice on its page that our quotes refer to an earlier one, and the comparison of two of them.
import { getDb } from '../../db'
import { pairOf, VERSION_HEADING } from '../selects'
import type { Viewer } from './viewer'
import { visibleQuotes, visibleSnapshots, visibleSources } from './visibility'

/** Two versions of a source the viewer may read, with their text; null unless both are. */
export async function getPublicVersionPair(viewer: Viewer, id: string, versions: { from: number; to: number }) {
  const source = await getDb().source.findFirst({
    where: { id, ...visibleSources(viewer) },
    select: {
      id: true,
      title: true,
      snapshots: { where: { version: { in: [versions.from, versions.to] }, ...visibleSnapshots(viewer) }, select: { ...VERSION_HEADING, text: true } },
    },
  })
  return source ? pairOf(source, versions) : null
}

export type VersionQuotes = { version: number; capturedAt: Date; quotes: number }

/**
 * What the source page says when some of the viewer's quotes of a source refer to a version before
 * the one it shows (`shown`): quotes move to a new version only where their exact words are found
 * again (docs/decisions/006), so the others stay on the version they quote. Names the first such
 * version, when the source next changed after it, and how many of all the quotes are on those
 * earlier versions. Null when every quote is on the version shown.
 */
export function changeNotice(versions: VersionQuotes[], shown: number) {
  const quoted = versions.filter((version) => version.version < shown && version.quotes > 0)
  const first = quoted[0]
  const next = first && versions.find((version) => version.version > first.version)
  if (!first || !next) return null
  return {
    changedOn: next.capturedAt,
    quotedVersions: quoted.map(({ version, capturedAt }) => ({ version, capturedAt })),
    quotesOnEarlier: quoted.reduce((sum, version) => sum + version.quotes, 0),
    quotesInAll: versions.reduce((sum, version) => sum + version.quotes, 0),
    compare: { from: first.version, to: shown },
  }
}

export type ChangeNotice = NonNullable<ReturnType<typeof changeNotice>>

/** The change notice of a source's page showing version `shown`, from the versions the viewer may read. */
export async function getChangeNotice(viewer: Viewer, id: string, shown: number) {
  const versions = await getDb().sourceSnapshot.findMany({
    // One AND: visibleSnapshots names the source too, and a spread would replace this one's id.
    where: { AND: [{ sourceId: id }, visibleSnapshots(viewer)] },
    orderBy: { version: 'asc' },
    select: { version: true, capturedAt: true, _count: { select: { quotes: { where: visibleQuotes(viewer) } } } },
  })
  return changeNotice(
    versions.map(({ _count, ...version }) => ({ ...version, quotes: _count.quotes })),
    shown,
  )
}
