#!/usr/bin/env bash
# Migrate and seed DATABASE_URL twice and prove the second run changed no row count.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
counts() {
  psql "$DATABASE_URL" -At -v ON_ERROR_STOP=1 -c "
    SELECT string_agg(format('%s=%s', table_name, n), ' ' ORDER BY table_name) FROM (
      SELECT table_name, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', table_name), false, true, '')))[1]::text AS n
        FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name <> '_prisma_migrations') t"
}
npm run -s db:migrate
npm run -s db:seed >/dev/null
first=$(counts)
npm run -s db:migrate
npm run -s db:seed >/dev/null
second=$(counts)
echo "after first seed:  $first"
echo "after second seed: $second"
[ "$first" = "$second" ] || { echo "row counts changed on the second run"; exit 1; }
echo "identical"
