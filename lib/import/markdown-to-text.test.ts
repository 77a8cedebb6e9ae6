import { describe, expect, it } from 'vitest'

import { markdownToText } from './markdown-to-text'

const ARTICLE = `# DOJ watchdog report underscores chaos of "zero tolerance"

**Why it matters:** At least 545 parents separated from their children
could not be located as of [October](https://example.com/october "court filing").

![A woman holds a child](https://example.com/photo.jpg)

## What they found

- DOJ officials were *aware* of challenges
- U.S. attorneys shared concerns
  - with Sessions, on a \`May 2018\` call

1. First recommendation

   Explained in a second paragraph.
2. Second recommendation

> "We need to take away children," Sessions said.<br>
> According to notes of the meeting.

---

Read the [full report][oig].<!-- tracking -->

[oig]: https://oig.justice.gov/report
`

describe('markdownToText', () => {
  it('gives the text a reader sees, without markup, link targets or images', () => {
    const { text } = markdownToText(ARTICLE)
    expect(text).toBe(
      [
        'DOJ watchdog report underscores chaos of "zero tolerance"',
        'Why it matters: At least 545 parents separated from their children could not be located as of October.',
        'What they found',
        'DOJ officials were aware of challenges\nU.S. attorneys shared concerns\nwith Sessions, on a May 2018 call',
        'First recommendation\nExplained in a second paragraph.\nSecond recommendation',
        '"We need to take away children," Sessions said.\nAccording to notes of the meeting.',
        'Read the full report.',
      ].join('\n\n'),
    )
    expect(text).not.toMatch(/\*\*|#|https?:|!\[|\]\(/)
  })

  it('takes a leading level-one heading as the title', () => {
    expect(markdownToText(ARTICLE).meta.title).toBe('DOJ watchdog report underscores chaos of "zero tolerance"')
    expect(markdownToText('Intro.\n\n# Later heading').meta.title).toBeUndefined()
    expect(markdownToText('## Only a subheading').meta.title).toBeUndefined()
  })

  it('reads front matter into metadata and keeps it out of the text', () => {
    const markdown = [
      '---',
      'title: "Inspector general: AG office was a driving force"',
      'author: Debra Cassens Weiss',
      'site_name: ABA Journal',
      'published: 2021-01-14T14:22:00-06:00',
      'tags: [immigration, doj]',
      '---',
      'The attorney general’s office was a “driving force” behind the policy.',
    ].join('\n')
    expect(markdownToText(markdown)).toEqual({
      text: 'The attorney general’s office was a “driving force” behind the policy.',
      meta: {
        title: 'Inspector general: AG office was a driving force',
        author: 'Debra Cassens Weiss',
        publisher: 'ABA Journal',
        published: '2021-01-14T14:22:00-06:00',
      },
    })
  })

  it('keeps the words of raw HTML and code, and ignores a thematic break at the start', () => {
    const { text, meta } = markdownToText('---\n\nFigures<sup>1</sup> rose.\n\n```\n11,086  referrals\n```')
    expect(text).toBe('Figures1 rose.\n\n11,086  referrals')
    expect(meta).toEqual({})
  })
})
