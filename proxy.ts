import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and static files. Paths with dots are kept
  // because meeting records (S/PV.9591) appear in URLs.
  matcher: ["/((?!api|_next|_vercel|favicon\\.ico|robots\\.txt|.*\\.(?:png|svg|ico|css|js|map|txt|woff2?|webmanifest)$).*)"],
};
