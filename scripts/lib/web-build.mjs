import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const sourceDirs = ["apps/web/src", "apps/web/public", "packages/shared/src"];
const sourceFiles = [
  "apps/web/next.config.ts",
  "apps/web/package.json",
  "apps/web/postcss.config.mjs",
  "package-lock.json",
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const stampOf = (root) => path.join(root, "apps/web/.next/hirefolio-build.json");

/**
 * The production build is stale when any web source changed after it was made, or when it was made for another
 * API address: Next.js writes the /api rewrite destination into the build.
 */
export function webBuildIsFresh(root, apiInternalUrl) {
  const buildId = path.join(root, "apps/web/.next/BUILD_ID");
  if (!existsSync(buildId) || !existsSync(stampOf(root))) return false;
  if (JSON.parse(readFileSync(stampOf(root), "utf8")).apiInternalUrl !== apiInternalUrl) return false;
  const builtAt = statSync(buildId).mtimeMs;
  const sources = Math.max(...[...sourceDirs, ...sourceFiles].map((p) => newestMtime(path.join(root, p))));
  return sources <= builtAt;
}

export function recordWebBuild(root, apiInternalUrl) {
  writeFileSync(stampOf(root), JSON.stringify({ apiInternalUrl }));
}
