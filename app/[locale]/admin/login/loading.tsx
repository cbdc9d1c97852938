import { useTranslations } from "next-intl";
import { AdminPageSkeleton } from "@/components/admin/skeleton";

export default function Loading() {
  const t = useTranslations("common");
  return <div className="mx-auto max-w-md"><AdminPageSkeleton label={t("loading")} rows={3} /></div>;
}
