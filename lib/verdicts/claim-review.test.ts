import { describe, expect, it } from 'vitest'
import { claimReview, jsonLd } from './claim-review'

const base = {
  siteUrl: 'https://claimtrail.example',
  slug: 'at-least-545-parents',
  text: 'At least 545 parents could not be located.',
  claimant: 'Axios',
  verdict: { rating: 'MOSTLY_TRUE' as const, summary: 'Mostly so.', firstPublishedAt: new Date('2021-01-22T10:00:00Z'), publishedAt: new Date('2021-02-09T10:00:00Z') },
  appearances: [
    { sourceId: 'src2', title: 'Later report', url: null, publisher: null, author: null, publishedOn: null, capturedAt: new Date('2026-11-23T00:00:00Z') },
    { sourceId: 'src1', title: 'DOJ watchdog report', url: 'https://www.axios.com/x', publisher: 'Axios', author: 'Jane Doe', publishedOn: new Date('2021-01-14T00:00:00Z'), capturedAt: new Date('2026-11-23T00:00:00Z') },
  ],
}

describe('claimReview', () => {
  it('maps a published claim to a ClaimReview with the rating on the 1–5 scale', () => {
    const review = claimReview(base)
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://claimtrail.example/claims/at-least-545-parents',
      claimReviewed: base.text,
      author: { '@type': 'Organization', name: 'Claimtrail' },
      datePublished: '2021-01-22',
      dateModified: '2021-02-09',
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
    })
  })

  it('names the claim’s author and first appearance, dated sources first', () => {
    const { itemReviewed } = claimReview(base)
    expect(itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Axios' })
    expect(itemReviewed.datePublished).toBe('2021-01-14')
    expect(itemReviewed.firstAppearance).toMatchObject({ url: 'https://www.axios.com/x', headline: 'DOJ watchdog report', datePublished: '2021-01-14' })
    expect(itemReviewed.appearance.map((work) => work.url)).toEqual(['https://www.axios.com/x', 'https://claimtrail.example/sources/src2'])
  })

  it('falls back to the first source’s writer and the day it was preserved when nothing else is known', () => {
    const undated = { ...base, claimant: null, appearances: [{ ...base.appearances[1]!, publishedOn: null }] }
    const { itemReviewed } = claimReview(undated)
    expect(itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Jane Doe' })
    expect(itemReviewed.datePublished).toBe('2026-11-23')
  })

  it('cites a PDF appearance by its pages as a Report or an Article, the types that have them, and leaves other sources CreativeWorks', () => {
    const pdf = { pages: { first: '2', last: '3', firstIndex: 4, lastIndex: 5 }, originalAtPage: '/sources/src3/original?version=1#page=4' }
    const onePage = { pages: { first: 'ii', last: 'ii', firstIndex: 2, lastIndex: 2 }, originalAtPage: null }
    const appearances = [
      { ...base.appearances[0]!, sourceId: 'src3', kind: 'GOVERNMENT_REPORT' as const, pdf, publishedOn: new Date('2020-01-01T00:00:00Z') },
      { ...base.appearances[0]!, sourceId: 'src4', kind: 'COURT_FILING' as const, pdf: onePage },
      base.appearances[1]!,
    ]
    const { itemReviewed } = claimReview({ ...base, appearances })
    expect(itemReviewed.appearance[0]).toEqual({
      '@type': 'Report',
      pageStart: '2',
      pageEnd: '3',
      pagination: '2–3',
      encoding: { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: 'https://claimtrail.example/sources/src3/original?version=1#page=4' },
      url: 'https://claimtrail.example/sources/src3',
      sameAs: 'https://claimtrail.example/sources/src3',
      headline: 'Later report',
      datePublished: '2020-01-01',
    })
    expect(itemReviewed.firstAppearance).toMatchObject({ '@type': 'Report', pagination: '2–3' })
    expect(itemReviewed.appearance[2]).toEqual({ '@type': 'Article', pageStart: 'ii', pageEnd: 'ii', pagination: 'ii', url: 'https://claimtrail.example/sources/src4', sameAs: 'https://claimtrail.example/sources/src4', headline: 'Later report' })
    expect(itemReviewed.appearance[1]).toEqual(claimReview(base).itemReviewed.appearance[0])
    expect(itemReviewed.appearance[1]).toMatchObject({ '@type': 'CreativeWork' })
    expect(itemReviewed.appearance[1]).not.toHaveProperty('pagination')
  })

  it('gives Unproven its word as the rating value', () => {
    const review = claimReview({ ...base, verdict: { ...base.verdict, rating: 'UNPROVEN' } })
    expect(review.reviewRating).toMatchObject({ ratingValue: 'Unproven', alternateName: 'Unproven' })
  })

  it('serialises so that no text can close the script element', () => {
    const json = jsonLd(claimReview({ ...base, text: 'Claim </script><script>alert(1)</script>' }))
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json).claimReviewed).toBe('Claim </script><script>alert(1)</script>')
  })
})
