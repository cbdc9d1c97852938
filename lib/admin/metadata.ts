import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** generateMetadata for an admin page whose texts have `title` and `description` under `namespace`. */
export function adminMetadata(namespace: string) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t("title"), description: t("description") };
  };
}
