-- The public API's anonymous rate limit when no Redis is configured (lib/api/v1/rate-limit.ts,
-- docs/decisions/013-api-v1.md): one fixed window per client, counted by one upsert, so every
-- instance on this database shares it.
CREATE TABLE "api_rate_limit" (
    "key" TEXT NOT NULL,
    "window_start" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "api_rate_limit_pkey" PRIMARY KEY ("key")
);
