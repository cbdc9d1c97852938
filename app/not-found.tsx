// Requests outside any locale (rare: the proxy adds one) get a plain page.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui", padding: "2rem" }}>
        <h1>Not found</h1>
        <p>
          <a href="/">UNSC Vote Tracker</a>
        </p>
      </body>
    </html>
  );
}
