import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { draftPath } from "@/lib/validations/draft-ref";
import { LINK } from "./table-styles";

// A draft's symbol (or its ref when the sources give none) linking to its page.
export function DraftLink({ draft }: { draft: { ref: string; symbol: string | null } }) {
  const t = useTranslations("countries.detail.vetoes");
  return (
    <Link href={draftPath(draft.ref)} className={`${LINK} font-mono whitespace-nowrap`}>
      {draft.symbol ?? draft.ref}
      {!draft.symbol && <span className="sr-only"> ({t("noSymbol")})</span>}
    </Link>
  );
}
