import { useLocale, useTranslations } from "next-intl";
import { feedPath, localePath } from "@/lib/feeds/paths";
import type { FeedKind } from "@/lib/queries/feeds";

// "Follow: Atom feed" — the page's feed (app/[locale]/feeds), also announced in its <head>.
// A plain link: the feed is a file for a feed reader, not a page.
export function FeedLink({ kind, className = "" }: { kind: FeedKind; className?: string }) {
  const t = useTranslations("common.feed");
  const locale = useLocale();
  return (
    <p className={`text-sm ${className}`}>
      {t("label")}{" "}
      <a
        href={localePath(feedPath(kind), locale)}
        type="application/atom+xml"
        className="text-sky-900 underline underline-offset-2 dark:text-sky-200"
        data-feed={kind.kind}
      >
        {t("link")}
        <span className="sr-only"> ({t("what")})</span>
      </a>
    </p>
  );
}
