import { describe, expect, it } from 'vitest'
import { findFurniture, furnitureKey, separateFurniture } from './furniture'
import type { Line, PageLayout } from './layout'

const line = (text: string, y: number): Line => ({ text, x: 72, right: 300, y, size: 10, isTableRow: false, hasSoftHyphen: false })
const page = (lines: Line[]): PageLayout => ({ width: 595, height: 842, lines })
const found = (pages: PageLayout[], labels: Array<string | null> = pages.map(() => null)) => findFurniture(pages, labels).map((set) => [...set].sort())

describe('furnitureKey', () => {
  it('reads every number, arabic or roman, as the same', () => {
    expect(furnitureKey('Page 12 of 40')).toBe('page # of #')
    expect(furnitureKey('Page xiv')).toBe('page #')
    expect(furnitureKey('Annual Report 2024')).toBe('annual report #')
    expect(furnitureKey('civil mix')).toBe('civil #')
  })
})

describe('findFurniture', () => {
  it('finds a running head and a numbered footer at the same height on three pages', () => {
    const pages = ['one', 'two', 'three'].map((n, i) => page([line('Annual Report', 40), line(`Body text ${n}`, 100), line(`Body ends ${n}`, 400), line(`Page ${i + 11}`, 800)]))
    expect(found(pages)).toEqual([[0, 3], [0, 3], [0, 3]])
    expect(separateFurniture(pages[1]!, findFurniture(pages, [null, null, null])[1]!)).toEqual({
      lines: [pages[1]!.lines[1], pages[1]!.lines[2]],
      furniture: ['Annual Report', 'Page 12'],
    })
  })

  it('does not take the same words at another height, or on only two pages, for furniture', () => {
    const pages = [
      page([line('Annual Report', 40), line('Body 1', 300)]),
      page([line('Annual Report', 40), line('Body 2', 300)]),
      page([line('Annual Report', 90), line('Body 3', 300)]),
    ]
    expect(found(pages)).toEqual([[], [], []])
  })

  it('counts a number that changes as furniture only if it counts the pages, in roman or arabic', () => {
    const numbered = ['Page i', 'Page ii', 'Page 1', 'Page 2'].map((foot) => page([line('Text of the page', 300), line(foot, 800)]))
    expect(found(numbered)).toEqual([[1], [1], [1], [1]])
    const tables = ['Table 4: Appeals', 'Table 9: Appeals', 'Table 12: Appeals'].map((head) => page([line(head, 90), line('Text of the page', 300)]))
    expect(found(tables)).toEqual([[], [], []])
  })

  it('keeps the rest of the pages\' furniture when one page differs (a misread number, another year)', () => {
    const heads = ['Report 2024', 'Report 2024', 'Report 2023', 'Report 2024'].map((head, i) => page([line(head, 40), line('Text of the page', 300), line(`- ${i + 1} -`, 800)]))
    heads[2]!.lines[2] = line('- 8 -', 800)
    expect(found(heads)).toEqual([[0, 2], [0, 2], [], [0, 2]])
  })

  it('takes only lines set apart from the text: a paragraph that starts three pages the same way is text', () => {
    const body = (n: string) => [line('The committee said that', 90), ...[1, 2, 3, 4].map((k) => line(`the ${n} words follow ${'on '.repeat(k)}`, 90 + 12 * k))]
    const pages = ['one', 'two', 'three'].map((n) => page(body(n)))
    expect(found(pages)).toEqual([[], [], []])
  })

  it('does not look in the middle of a page', () => {
    const pages = [1, 2, 3].map((n) => page([line(`First ${'line '.repeat(n)}`, 90), line('Table continued', 400), line(`Last ${'line '.repeat(n)}`, 700)]))
    expect(found(pages)).toEqual([[], [], []])
  })

  it("finds a page's own number, or label, alone at an edge even in a short document", () => {
    const pages = [page([line('Text', 100), line('- ii -', 800)]), page([line('Text', 100), line('3', 800)])]
    expect(found(pages, ['ii', null])).toEqual([[1], []])
    expect(found(pages, ['ii', '3'])).toEqual([[1], [1]])
  })

  it('takes nothing for furniture when that would leave no running text in the whole document', () => {
    const pages = [1, 2, 3].map((n) => page([line(`Section ${n} of the notice.`, 80), line('Every page of this notice ends with this line.', 100)]))
    expect(found(pages)).toEqual([[], [], []])
  })
})
