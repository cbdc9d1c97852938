// ESLint (flat config): Next.js rules with Core Web Vitals, typescript-eslint's recommended set and
// React Hooks (all three come with eslint-config-next), the one-way layers, and Prettier last so that
// no rule here argues with the formatter. `npm run lint` fails on any warning as well as any error.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Layers point one way: app/ → components/ → lib/. Both the "@/" alias and relative paths count.
const layer = (name) => ({
  regex: `^(@/|(\\.\\./)+)${name}(/|$)`,
  message: `${name}/ sits above this layer (app/ → components/ → lib/): move what is shared down, or pass it in as a prop.`,
});

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    "out/**",
    "next-env.d.ts",
    "lib/generated/**",
    "data/**",
    "bench/results/**",
    "bench/out/**",
    "coverage/**",
    "playwright-report/**",
    "test-results/**",
    ".data/**",
    "export/**",
  ]),
  {
    name: "project/rules",
    rules: {
      // A leading underscore marks a value left out on purpose (a skipped argument, a field dropped from a copy).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // A Pages Router rule; this page stands outside every locale layout, so a full page load to "/" is meant.
    files: ["app/not-found.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    name: "layers/lib",
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [layer("app"), layer("components")] }] },
  },
  {
    name: "layers/components",
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [layer("app")] }] },
  },
  {
    // Schemas are shared by server actions and client forms; the admin layer sits above them.
    name: "layers/validations",
    files: ["lib/validations/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("app"),
            layer("components"),
            { regex: "^(@/lib/admin|\\.\\./admin)(/|$)", message: "lib/validations is below lib/admin: shared form helpers belong in lib/forms/." },
          ],
        },
      ],
    },
  },
  {
    // A route uses its own folder, lib/ and components/ (and app/'s stylesheet); what routes share moves down to lib/.
    name: "layers/routes",
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!.*\\.css$)(@/app/|\\.\\./)", message: "Another route's module: move what routes share to lib/ (or components/)." }] },
      ],
    },
  },
  prettier,
]);
