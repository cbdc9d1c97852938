import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { runtimeMessage } from "@/i18n/runtime-keys";

/** generateMetadata for an admin page whose texts have `title` and `description` under `namespace` (e.g. "admin.audit"). */
export function adminMetadata(namespace: `admin.${string}`) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    // The namespace is a parameter, so its keys are checked by tests/unit/messages.test.ts, not by tsc.
    const t = await getTranslations({ locale });
    return { title: runtimeMessage(t, `${namespace}.title`), description: runtimeMessage(t, `${namespace}.description`) };
  };
}
