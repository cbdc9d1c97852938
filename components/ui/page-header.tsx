import type { ReactNode } from "react";

/** A page's heading and its introduction, the same on every listing page. */
export function PageHeader({ heading, intro }: { heading: ReactNode; intro: ReactNode }) {
  return (
    <header>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{heading}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{intro}</p>
    </header>
  );
}
