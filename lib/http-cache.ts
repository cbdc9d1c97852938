// What a CDN in front of the app may keep. The app cannot purge a CDN, so a response that a write
// can change is shared for at most SHARED_MAX_AGE seconds, then served stale for at most
// STALE_SECONDS more while the CDN fetches a fresh copy in the background: after an edit every
// reader sees it within a minute (README "Production"), while in a wave of readers each edge still
// asks the app about once per 30 s per page. Browsers keep nothing (max-age=0) and ask the CDN or
// the app, whose own caches are expired by every write.
export const SHARED_MAX_AGE = 30;
export const STALE_SECONDS = 30;

/** Cache-Control for public pages and API answers that writes change. */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_SECONDS}`;
