import { useTranslations } from "next-intl";
import { messageOr } from "@/i18n/runtime-keys";

// UN regional groups as stored (English); translated when the messages know the group.
export function RegionLabel({ region }: { region: string | null }) {
  const t = useTranslations("countries");
  if (!region) return <>{t("none")}</>;
  return <>{messageOr(t, `regions.${region}`, region)}</>;
}
