"use client";

import { useEffect } from "react";

// In an embed every link opens in a new tab (the site's pages refuse to be framed). <base
// target="_blank"> does it without JavaScript, but Next's <Link> navigates inside the frame unless
// the link itself has a target: this sets one before Link's click handler reads it.
export function LinksOpenOutside() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || link.hasAttribute("download")) return;
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener");
    };
    window.addEventListener("click", onClick, true);
    return () => window.removeEventListener("click", onClick, true);
  }, []);
  return null;
}
