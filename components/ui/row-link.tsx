import type { ComponentProps } from "react";
import { useLocale } from "next-intl";
import { getPathname } from "@/i18n/navigation";

/**
 * A plain <a> to a page of this site, for links repeated in tables and lists. next-intl's <Link>
 * is a client component: each one adds its props to the page's RSC payload, and a veto table
 * with hundreds of cells doubled the weight of the busiest pages. These targets are static copies,
 * so a full page load is as fast as a client-side navigation.
 */
export function RowLink({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  const locale = useLocale();
  return <a href={getPathname({ href, locale })} {...props} />;
}
