// Reads the sitemap as a crawler does: the index at /sitemap.xml, then every part it lists.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect, type APIRequestContext } from '@playwright/test'

const parser = new XMLParser({ isArray: (name) => ['sitemap', 'url'].includes(name) })

export type Sitemap = {
  /** Each document's path (the index first) and text, for checks on what they must never hold. */
  documents: Array<{ path: string; body: string }>
  /** Every page listed, as a path, in the order of the parts. */
  paths: string[]
}

async function fetchXml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type'], path).toContain('application/xml')
  const body = await response.text()
  expect(XMLValidator.validate(body), path).toBe(true)
  return body
}

export async function readSitemap(request: APIRequestContext): Promise<Sitemap> {
  const index = await fetchXml(request, '/sitemap.xml')
  const parts = (parser.parse(index).sitemapindex.sitemap as Array<{ loc: string }>).map((sitemap) => new URL(sitemap.loc).pathname)
  expect(parts[0]).toBe('/sitemaps/pages.xml')
  const documents = [{ path: '/sitemap.xml', body: index }]
  const paths: string[] = []
  for (const part of parts) {
    const body = await fetchXml(request, part)
    documents.push({ path: part, body })
    const urls = (parser.parse(body).urlset.url ?? []) as Array<{ loc: string }>
    paths.push(...urls.map((url) => new URL(url.loc).pathname))
  }
  return { documents, paths }
}
