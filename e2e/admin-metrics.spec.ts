import { readFile } from "node:fs/promises";
import { type MetricsReport, metricDefinitions, metricKeys } from "@hirefolio/shared";
import { expect, type Page, test } from "@playwright/test";
import { demoCandidate, demoPassword, saveScreenshot, signIn } from "./support";

const demoAdmin = "admin@demo.hirefolio.dev";

/** YYYY-MM-DD, `days` before today in UTC, the way the dashboard's presets count. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      rows.push([...row, field.replace(/\r$/, "")]);
      row = [];
      field = "";
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

async function openDashboardAsAdmin(page: Page) {
  await signIn(page, demoAdmin, demoPassword);
  await page.waitForURL(/\/recruiter/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Metrics" }).click();
  await expect(page).toHaveURL(/\/admin\/metrics/);
  await expect(page.getByRole("heading", { level: 1, name: "Success metrics" })).toBeVisible();
}

test("an admin sees every success metric from the demo seed with a number", async ({ page }) => {
  await openDashboardAsAdmin(page);
  for (const key of metricKeys) {
    const card = page.getByRole("article", { name: metricDefinitions[key].label, exact: true });
    // The first paragraph of a card is its figure, or "No data in this period" when there is none.
    await expect(card.locator("p").first(), metricDefinitions[key].label).toHaveText(/\d/);
    await expect(card).not.toContainText("No data in this period");
  }
  await expect(page.getByText(/Rollups (refreshed|not refreshed)/)).toBeVisible();
  await saveScreenshot(page, "admin-metrics-30-days");
});

test("switching the period changes the address and the range the figures cover", async ({ page }) => {
  await openDashboardAsAdmin(page);
  const summary = page.getByText(/ by (day|week|month), compared with /);
  await expect(summary).toContainText("by day");

  const ninetyDays = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/v1/admin/metrics?from=${daysAgo(89)}&to=${daysAgo(0)}`) && response.ok(),
  );
  await page.getByRole("group", { name: "Period" }).getByRole("button", { name: "Last 90 days" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${daysAgo(89)}&to=${daysAgo(0)}`));
  const report = (await (await ninetyDays).json()) as MetricsReport;
  // 90 days are shown by week, compared with the 90 days before.
  await expect(summary).toContainText("by week");
  expect(report.bucket).toBe("week");
  expect(report.previousTo).toBe(daysAgo(90));
  await expect(page.getByRole("button", { name: "Last 90 days" })).toHaveAttribute("aria-pressed", "true");

  // The address alone reproduces the view.
  await page.reload();
  await expect(summary).toContainText("by week");
  await expect(page.getByRole("button", { name: "Last 90 days" })).toHaveAttribute("aria-pressed", "true");

  // A custom start day keeps the end and shows the range by day again.
  await page.getByLabel("From", { exact: true }).fill(daysAgo(13));
  await expect(page).toHaveURL(new RegExp(`from=${daysAgo(13)}&to=${daysAgo(0)}`));
  await expect(summary).toContainText("by day");
  await expect(page.getByRole("button", { name: "Custom" })).toHaveAttribute("aria-pressed", "true");

  // A range that ends before it starts is explained, not fetched.
  let fetchedInvalid = false;
  page.on("request", (request) => {
    if (request.url().includes("/api/v1/admin/metrics?from=2026-03-31")) fetchedInvalid = true;
  });
  await page.goto("/admin/metrics?from=2026-03-31&to=2026-03-01");
  await expect(page.getByRole("alert").filter({ hasText: "The range ends before it starts." })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
  expect(fetchedInvalid).toBe(false);
});

test("a metric's definition shows on keyboard focus and describes its info button", async ({ page }) => {
  await openDashboardAsAdmin(page);
  const { label, definition } = metricDefinitions.time_to_schedule;
  const info = page.getByRole("button", { name: `What "${label}" measures` });
  await info.focus();
  await expect(page.getByRole("tooltip").filter({ hasText: definition })).toBeVisible();
  await expect(info).toHaveAccessibleDescription(definition);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip").filter({ hasText: definition })).toBeHidden();
});

test("the CSV download has a header and one row per metric and bucket", async ({ page }) => {
  await openDashboardAsAdmin(page);
  await page.getByRole("group", { name: "Period" }).getByRole("button", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${daysAgo(6)}&to=${daysAgo(0)}`));
  const reportResponse = await page.request.get(`/api/v1/admin/metrics?from=${daysAgo(6)}&to=${daysAgo(0)}`);
  const report = (await reportResponse.json()) as MetricsReport;

  const downloadStarted = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe(`hirefolio-metrics-${daysAgo(6)}-${daysAgo(0)}.csv`);
  const [header, ...rows] = parseCsv(await readFile(await download.path(), "utf8"));
  expect(header).toEqual(["feature", "metric", "label", "unit", "bucket_start", "value", "previous_value"]);

  const buckets = report.features[0]?.metrics[0]?.series.map((point) => point.date) ?? [];
  expect(buckets).toHaveLength(7);
  for (const key of metricKeys) {
    const metricRows = rows.filter((row) => row[1] === key);
    // One row for the whole period, then one per day.
    expect(
      metricRows.map((row) => row[4]),
      key,
    ).toEqual(["total", ...buckets]);
    expect(metricRows[0]?.[2]).toBe(metricDefinitions[key].label);
  }
  expect(rows).toHaveLength(metricKeys.length * (buckets.length + 1));
});

test("a candidate who opens the metrics page sees no dashboard and fetches no figures", async ({ page }) => {
  let fetchedMetrics = false;
  page.on("request", (request) => {
    if (request.url().includes("/api/v1/admin/metrics")) fetchedMetrics = true;
  });
  await signIn(page, demoCandidate, demoPassword);
  await page.waitForURL(/\/candidate/);
  await expect(page.getByRole("link", { name: "Metrics" })).toHaveCount(0);
  await page.goto("/admin/metrics");
  await expect(page.getByRole("heading", { level: 1, name: "This page is for Hirefolio admins" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Success metrics" })).toHaveCount(0);
  await expect(page.getByRole("article")).toHaveCount(0);
  expect(fetchedMetrics).toBe(false);
  await saveScreenshot(page, "admin-metrics-candidate");
});
