import { routing } from "@/i18n/routing";
import { formText } from "@/lib/forms/form-data";

/** The locale a form posted (a hidden field), for the redirect after it; the default if absent or unknown. */
export function formLocale(fd: FormData): string {
  const requested = formText(fd, "locale");
  return (routing.locales as readonly string[]).includes(requested) ? requested : routing.defaultLocale;
}
