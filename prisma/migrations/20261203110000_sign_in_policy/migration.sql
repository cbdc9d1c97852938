-- Sign-in throttle buckets carry their own limit, so that one upsert can reserve an attempt and
-- refuse it above the limit atomically (docs/decisions/009-sign-in-throttle.md).
ALTER TABLE "sign_in_throttle" ADD COLUMN "max_failures" INTEGER NOT NULL DEFAULT 5;

-- Clients (an address or a device cookie's hash) that recently signed in to an account: they keep
-- their own small bucket while the account is locked for everyone else.
CREATE TABLE "sign_in_known_client" (
    "email" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "last_success_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sign_in_known_client_pkey" PRIMARY KEY ("email","client")
);
