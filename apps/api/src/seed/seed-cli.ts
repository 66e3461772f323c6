import { runMigrations } from "@hirefolio/db";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { closeAdapters, openAdapters } from "../platform/open-adapters";
import { printDemoAccounts, seedDemoIfEmpty } from "./demo-seed";

/** `npm run seed`: creates the demo in an empty database; says so and changes nothing otherwise. */
async function main() {
  const config = loadConfig();
  const deps = await openAdapters(config);
  try {
    await runMigrations(deps.database);
    const app = await buildApp(deps);
    if (deps.queue.kind === "local") await deps.queue.startWorkers();
    const created = await seedDemoIfEmpty(app, deps, (line) => console.log(line));
    if (!created) {
      console.log("The database already has users; the demo seed only runs on an empty database.");
      printDemoAccounts(config.PUBLIC_URL, (line) => console.log(line));
    }
    await app.close();
  } finally {
    await closeAdapters(deps);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
