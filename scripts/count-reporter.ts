import { appendFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

/**
 * CI reads a closing `N passed, N failed` line; Vitest's own summary is not in that form.
 * With COUNT_FILE set, the counts are also appended there so scripts/test.mjs can total several runs.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (module.state() === "failed" && ![...module.children.allTests()].length) failed++;
    }
    const label = process.env.TEST_BACKEND === "services" ? "services" : "embedded";
    console.log(`\n${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    if (process.env.COUNT_FILE)
      appendFileSync(process.env.COUNT_FILE, `${JSON.stringify({ label, passed, failed, skipped })}\n`);
  }
}
