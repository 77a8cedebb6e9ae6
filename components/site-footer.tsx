export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Claimtrail traces every statement to the exact words of a preserved source. Ratings use a fixed
          five-point scale, from False to True, plus Unproven.
        </p>
      </div>
    </footer>
  )
}
