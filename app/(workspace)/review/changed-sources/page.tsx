import type { Metadata } from 'next'
import { ChangedSourceList } from '@/components/changed-source-list'
import { requirePermission } from '@/lib/auth/session'
import { countChangedSources, listChangedSources } from '@/lib/data/workspace/captures'

export const metadata: Metadata = { title: 'Changed sources' }

export default async function ChangedSourcesPage() {
  const user = await requirePermission('source.watch', '/review/changed-sources')
  const [changes, total] = await Promise.all([listChangedSources(user), countChangedSources(user)])
  return (
    <>
      <header>
        <p className="eyebrow">Workspace</p>
        <h1>Changed sources</h1>
        <p className="meta">
          Watched sources whose page changed, vanished or moved when it was fetched again, newest first. A new version of a source the public reads waits for an editor before the public
          sees it; mark each seen once the team has looked at it.
        </p>
      </header>
      <ChangedSourceList title="Not yet seen" changes={changes} total={total} empty="No watched source has changed since it was last looked at." />
    </>
  )
}
