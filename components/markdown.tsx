import ReactMarkdown from 'react-markdown'
import rehypeSanitize from 'rehype-sanitize'

/**
 * Renders reviewer-written Markdown. react-markdown builds React elements rather than HTML strings
 * and, with `skipHtml`, drops raw HTML; rehype-sanitize (GitHub's allow-list) then removes anything
 * else unsafe, such as `javascript:` links, so nothing in a rationale can inject markup or script.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose">
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]}>
        {children}
      </ReactMarkdown>
    </div>
  )
}
