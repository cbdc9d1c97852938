import { useTranslations } from "next-intl";
import { runtimeMessage } from "@/i18n/runtime-keys";
import { Link } from "@/i18n/navigation";
import { localized } from "@/lib/i18n-names";
import type { CountryProfile } from "@/lib/queries/countries";
import { RegionLabel } from "./region-label";
import { SeatStatus } from "./seat-status";
import { LINK } from "./table-styles";

// The succession notes: where the other half of a permanent seat's record lives.
const SUCCESSION_LINK: Record<string, { to: string; label: "seeRUS" | "seeSUN" } | null> = {
  RUS: { to: "SUN", label: "seeSUN" },
  SUN: { to: "RUS", label: "seeRUS" },
  CHN: null,
};

export function CountryHeader({ profile, locale }: { profile: CountryProfile; locale: string }) {
  const t = useTranslations("countries");
  const permanent = profile.terms.some((term) => term.permanent);
  const succession = SUCCESSION_LINK[profile.code];
  return (
    <header>
      <p className="text-sm">
        <Link href="/countries" className={LINK}>
          <span aria-hidden="true">← </span>
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">{localized(profile, locale)}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <span className="font-mono">{t("detail.code", { code: profile.code })}</span>
        <span>
          <RegionLabel region={profile.region} />
        </span>
        {profile.terms.length > 0 && <SeatStatus permanent={permanent} />}
        {profile.dissolved && <span className="italic">{t("former")}</span>}
      </p>
      {succession !== undefined && (
        <p
          className={
            "mt-4 max-w-3xl rounded-md border-l-4 border-sky-700 bg-sky-50 px-4 py-3 text-sm text-sky-950 " +
            "dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100"
          }
        >
          {runtimeMessage(t, `detail.successions.${profile.code}`)}
          {succession && (
            <>
              {" "}
              <Link href={`/countries/${succession.to}`} className={LINK}>
                {t(`detail.successions.${succession.label}`)}
              </Link>
            </>
          )}
        </p>
      )}
    </header>
  );
}
