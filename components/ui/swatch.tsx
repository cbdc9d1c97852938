// A colour key next to a member's name. Decorative: the name beside it carries the meaning.
export function Swatch({ colour }: { colour: string | undefined }) {
  return (
    <span
      aria-hidden="true"
      className="mr-2 inline-block size-3 shrink-0 rounded-sm align-[-1px] ring-1 ring-black/20 dark:ring-white/30"
      style={{ backgroundColor: colour ?? "#64748b" }}
    />
  );
}
