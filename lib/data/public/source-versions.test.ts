import { describe, expect, it } from 'vitest'
import { changeNotice } from './source-versions'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('changeNotice', () => {
  it('says nothing while every quote is on the version shown', () => {
    expect(changeNotice([{ version: 1, capturedAt: day('2026-03-02'), quotes: 2 }], 1)).toBeNull()
    expect(
      changeNotice(
        [
          { version: 1, capturedAt: day('2026-03-02'), quotes: 0 },
          { version: 2, capturedAt: day('2026-05-01'), quotes: 2 },
        ],
        2,
      ),
    ).toBeNull()
  })

  it('names the version our quotes refer to, when the page changed after it, and how many quotes are there', () => {
    expect(
      changeNotice(
        [
          { version: 1, capturedAt: day('2026-03-02'), quotes: 1 },
          { version: 2, capturedAt: day('2026-05-01'), quotes: 1 },
        ],
        2,
      ),
    ).toEqual({ changedOn: day('2026-05-01'), quotedVersions: [{ version: 1, capturedAt: day('2026-03-02') }], quotesOnEarlier: 1, quotesInAll: 2, compare: { from: 1, to: 2 } })
  })

  it('dates the change from the first version after the quoted one, and compares the quoted one with the one shown', () => {
    const notice = changeNotice(
      [
        { version: 1, capturedAt: day('2026-03-02'), quotes: 2 },
        { version: 2, capturedAt: day('2026-04-10'), quotes: 1 },
        { version: 3, capturedAt: day('2026-05-01'), quotes: 0 },
      ],
      3,
    )
    expect(notice).toMatchObject({ changedOn: day('2026-04-10'), quotesOnEarlier: 3, quotesInAll: 3, compare: { from: 1, to: 3 } })
    expect(notice!.quotedVersions.map((version) => version.version)).toEqual([1, 2])
  })
})
