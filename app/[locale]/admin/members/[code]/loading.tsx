import { useTranslations } from "next-intl";
import { AdminPageSkeleton } from "@/components/admin/skeleton";

export default function Loading() {
  const t = useTranslations("common");
  return <AdminPageSkeleton label={t("loading")} rows={10} form />;
}
