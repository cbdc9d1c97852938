import { useTranslations } from "next-intl";
import { localized } from "@/lib/i18n-names";
import { LINK, TH_ROW } from "./table-styles";
import { RowLink } from "@/components/ui/row-link";

// A state as a row header: its name in the reader's language, linked to its page, and its code.
export function MemberCell({ member, locale }: { member: { code: string; nameEn: string; nameTh: string; dissolved?: boolean }; locale: string }) {
  const t = useTranslations("countries");
  return (
    <th scope="row" className={TH_ROW}>
      <RowLink href={`/countries/${member.code}`} className={LINK}>
        {localized(member, locale)}
      </RowLink>{" "}
      <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{member.code}</span>
      {member.dissolved && <span className="ml-1 text-xs text-slate-600 italic dark:text-slate-400">({t("former")})</span>}
    </th>
  );
}
