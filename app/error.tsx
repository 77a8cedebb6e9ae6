'use client'

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="notice" role="alert">
      <h1>Something went wrong</h1>
      <p>We could not load this page. The error has been logged; please try again.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </section>
  )
}
