import { getTranslations } from "next-intl/server";
import { accessDate } from "@/lib/citation/csl";
import { formatCitations } from "@/lib/citation/format";
import { CITATION_FORMATS } from "@/lib/citation/formats";
import { citeQuery, type CiteTarget } from "@/lib/citation/target";
import { getCslItem } from "@/lib/queries/citation";
import { CitePanel } from "./cite-panel";

// "Cite this": the page's citation as text (APA), BibTeX, RIS and CSL-JSON, rendered on the server
// so it reads without JavaScript. The access date is today's as of rendering; a page served from a
// static copy made on an earlier day gets today's from /api/cite in the browser (CitePanel).
export async function CiteThis({ target, locale, heading }: { target: CiteTarget; locale: string; heading?: string }) {
  const lang = locale === "th" ? "th" : "en";
  const accessed = accessDate();
  const [t, item] = await Promise.all([getTranslations({ locale, namespace: "data.cite" }), getCslItem(target, lang, accessed)]);
  if (!item) return null;
  const query = new URLSearchParams(citeQuery(target));
  query.set("locale", lang);
  return (
    <CitePanel
      heading={heading ?? t("heading")}
      intro={t("intro")}
      accessed={accessed}
      query={query.toString()}
      initial={formatCitations(item)}
      labels={{
        formats: Object.fromEntries(CITATION_FORMATS.map((f) => [f, t(f)])) as Record<(typeof CITATION_FORMATS)[number], string>,
        copy: t("copy"),
        copied: t("copied"),
        download: Object.fromEntries(CITATION_FORMATS.map((f) => [f, t("download", { format: t(f) })])) as Record<(typeof CITATION_FORMATS)[number], string>,
      }}
    />
  );
}
