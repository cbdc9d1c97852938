// Fails when the hand-written SQL migrations and prisma/schema.prisma disagree: tables, columns,
// types, nullability, enums, primary keys, unique constraints, indexes and foreign keys.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] }[];
  };
}

const schemaText = readFileSync("prisma/schema.prisma", "utf8");
const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] }))) as Dmmf;
const models = dmmf.datamodel.models;
const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const modelByName = new Map(models.map((m) => [m.name, m]));

// The DMMF leaves out Unsupported("…") fields (draft.search_vector, a tsvector): read them from the schema text.
interface UnsupportedField {
  model: string;
  name: string;
  column: string;
  type: string;
  required: boolean;
}
const unsupported: UnsupportedField[] = [...schemaText.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].flatMap(([, model, body]) =>
  [...body!.matchAll(/^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?([^\n]*)$/gm)].map(([, name, type, optional, rest]) => ({
    model: model!,
    name: name!,
    column: /@map\("([^"]+)"\)/.exec(rest!)?.[1] ?? name!,
    type: type!,
    required: !optional,
  })),
);
const columnOf = (m: DmmfModel, fieldName: string) => {
  const f = m.fields.find((x) => x.name === fieldName);
  return f ? (f.dbName ?? f.name) : unsupported.find((u) => u.model === m.name && u.name === fieldName)!.column;
};

function expectedType(f: DmmfField): string {
  if (f.kind === "enum") return `enum:${dmmf.datamodel.enums.find((e) => e.name === f.type)?.dbName ?? f.type}`;
  const native = f.nativeType?.[0];
  switch (f.type) {
    case "String":
      return native === "VarChar" ? `character varying(${f.nativeType![1][0]})` : "text";
    case "Int":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Boolean":
      return "boolean";
    case "Float":
      return "double precision";
    case "Json":
      return "jsonb";
    case "DateTime":
      return native === "Date" ? "date" : "timestamp(3) without time zone";
    default:
      return `unknown:${f.type}`;
  }
}

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

async function rows<T>(sql: string): Promise<T[]> {
  return (await client.query(sql)).rows as T[];
}

describe("migrated database matches schema.prisma", () => {
  it("has exactly the models' tables", async () => {
    const tables = await rows<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual(models.map(tableOf).sort());
  });

  it("has the same enums and values", async () => {
    const enums = await rows<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(enums.map((e) => [e.name, e.values]));
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
    expect(actual).toEqual(expected);
  });

  it("has the same columns, types and nullability", async () => {
    const cols = await rows<{
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: string;
      char_len: number | null;
      dt_precision: number | null;
    }>(
      `SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.character_maximum_length AS char_len, c.datetime_precision AS dt_precision
         FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'`,
    );
    const actual = cols.map((c) => {
      let type = c.data_type;
      if (type === "USER-DEFINED") type = `enum:${c.udt_name}`;
      else if (type === "character varying") type = `character varying(${c.char_len})`;
      else if (type === "timestamp without time zone") type = `timestamp(${c.dt_precision}) without time zone`;
      return `${c.table_name}.${c.column_name} ${type}${c.is_nullable === "NO" ? " NOT NULL" : ""}`;
    });
    const expected = models.flatMap((m) =>
      m.fields
        .filter((f) => f.kind === "scalar" || f.kind === "enum")
        .map((f) => `${tableOf(m)}.${f.dbName ?? f.name} ${expectedType(f)}${f.isRequired || f.isList ? " NOT NULL" : ""}`)
        .concat(unsupported.filter((u) => u.model === m.name).map((u) => `${tableOf(m)}.${u.column} ${u.type}${u.required ? " NOT NULL" : ""}`)),
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("has the same primary keys, unique constraints and indexes", async () => {
    const idx = await rows<{ table_name: string; is_unique: boolean; is_primary: boolean; columns: string[] }>(
      `SELECT t.relname AS table_name, i.indisunique AS is_unique, i.indisprimary AS is_primary,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class c ON c.oid = i.indexrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = 'public' AND t.relkind = 'r' AND t.relname <> '_prisma_migrations'
        GROUP BY t.relname, c.relname, i.indisunique, i.indisprimary`,
    );
    const actual = idx.map((i) => `${i.table_name} ${i.is_primary ? "pk" : i.is_unique ? "unique" : "index"} (${i.columns.join(",")})`);
    const expected = dmmf.datamodel.indexes.map((i) => {
      const m = modelByName.get(i.model)!;
      const kind = i.type === "id" ? "pk" : i.type === "unique" ? "unique" : "index";
      return `${tableOf(m)} ${kind} (${i.fields.map((f) => columnOf(m, f.name)).join(",")})`;
    });
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("has the same foreign keys with the same delete rules", async () => {
    const fks = await rows<{ table_name: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string }>(
      `SELECT t.relname AS table_name, r.relname AS ref_table,
              (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord) ` +
        `JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
              (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord) ` +
        `JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS ref_columns,
              CASE c.confdeltype WHEN 'a' THEN 'NoAction' WHEN 'r' THEN 'Restrict' WHEN 'c' THEN 'Cascade' ` +
        `WHEN 'n' THEN 'SetNull' WHEN 'd' THEN 'SetDefault' END AS on_delete
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const actual = fks.map((f) => `${f.table_name}(${f.columns.join(",")}) -> ${f.ref_table}(${f.ref_columns.join(",")}) ${f.on_delete}`);
    const expected = models.flatMap((m) =>
      m.fields
        .filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0)
        .map((f) => {
          const target = modelByName.get(f.type)!;
          const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
          return (
            `${tableOf(m)}(${f.relationFromFields!.map((x) => columnOf(m, x)).join(",")}) -> ` +
            `${tableOf(target)}(${f.relationToFields!.map((x) => columnOf(target, x)).join(",")}) ${onDelete}`
          );
        }),
    );
    expect(actual.sort()).toEqual(expected.sort());
  });
});
