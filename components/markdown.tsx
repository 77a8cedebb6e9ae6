import ReactMarkdown from 'react-markdown'

/**
 * Renders reviewer-written Markdown. react-markdown builds React elements rather than HTML strings
 * and, with `skipHtml`, drops raw HTML, so nothing in a rationale can inject markup or script.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose">
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  )
}
