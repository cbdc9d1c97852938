// A colour key next to a member's name. Decorative: the name beside it carries the meaning.
export function Swatch({ colour }: { colour: string | undefined }) {
  return <span aria-hidden="true" className="swatch" style={{ backgroundColor: colour ?? "#64748b" }} />;
}
