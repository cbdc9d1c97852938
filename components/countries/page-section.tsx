import type { ReactNode } from "react";

// A titled section of a detail page; the id doubles as the anchor that sort and page links return to.
export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
