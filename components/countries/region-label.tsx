import { useTranslations } from "next-intl";

// UN regional groups as stored (English); translated when the messages know the group.
export function RegionLabel({ region }: { region: string | null }) {
  const t = useTranslations("countries");
  if (!region) return <>{t("none")}</>;
  const key = `regions.${region}`;
  return <>{t.has(key) ? t(key) : region}</>;
}
