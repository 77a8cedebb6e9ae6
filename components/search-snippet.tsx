import type { SnippetPart } from '@/lib/search/snippet'

/** Highlighted search text: matched words in <mark>, everything rendered as text, never as HTML. */
export function SearchSnippet({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) => (part.isMatch ? <mark key={index}>{part.text}</mark> : part.text))
}
