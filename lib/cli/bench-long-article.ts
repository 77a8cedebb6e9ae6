// A long article for the benchmarks: the seed sources' paragraphs over and over, each copy with
// its numbers changed (so every paragraph is unique and states figures of its own, as a long
// report does), with a section heading every 25 paragraphs.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_DIR } from './database'

export function seedParagraphs(): string[] {
  const dir = path.join(PROJECT_DIR, 'prisma', 'seed', 'sources')
  return readdirSync(dir)
    .sort()
    .flatMap((file) => readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.split(' ').length >= 12)
}

/** `number` plus `copy`, written as it was (with or without thousands separators). */
function changed(number: string, copy: number): string {
  const value = String(Number(number.replace(/,/g, '')) + copy)
  return number.includes(',') ? value.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : value
}

/** Plain text of at least `characters` characters, paragraphs separated by a blank line. */
export function longArticleText(characters: number): string {
  const seeds = seedParagraphs()
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < characters; i++) {
    const copy = Math.floor(i / seeds.length) + 1
    const paragraph = seeds[i % seeds.length]!.replace(/\d+(?:,\d{3})*/g, (number) => changed(number, copy))
    if (i % 25 === 0) parts.push(`Section ${i / 25 + 1}`)
    parts.push(paragraph)
    length += paragraph.length + 2
  }
  return parts.join('\n\n')
}
