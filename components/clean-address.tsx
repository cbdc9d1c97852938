"use client";

import { useEffect } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { permalinkOf } from "@/lib/permalink";

/**
 * Keeps the router's `_rsc` parameter out of the address bar, so the address a reader copies is
 * the permalink: on load, after every navigation, after Back/Forward and a restore from the
 * back-forward cache. The router's history state is kept as it is.
 */
export function CleanAddress() {
  const pathname = usePathname();
  const search = useSearchParams();
  useEffect(() => {
    const clean = () => {
      const permalink = permalinkOf(window.location.href);
      if (permalink) window.history.replaceState(window.history.state, "", permalink);
    };
    clean();
    // The router may write the address after popstate; check again once it has.
    const later = () => window.setTimeout(clean, 0);
    window.addEventListener("popstate", later);
    window.addEventListener("pageshow", later);
    return () => {
      window.removeEventListener("popstate", later);
      window.removeEventListener("pageshow", later);
    };
  }, [pathname, search]);
  return null;
}
