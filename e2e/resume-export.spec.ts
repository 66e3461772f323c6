import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { saveScreenshot, signUpCandidate } from "./support";

test("a candidate picks the finance template and downloads a verified PDF", async ({ page }) => {
  await signUpCandidate(page, {
    name: "Morgan Ledger",
    email: `e2e-export-${Date.now()}@example.com`,
    password: "correct-horse-battery",
  });

  await page.goto("/resume/builder");
  await page.getByRole("button", { name: "New resume" }).first().click();
  await page.getByRole("dialog").getByLabel("Title").fill("Finance roles");
  await page.getByRole("button", { name: "Create resume" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Finance roles" })).toBeVisible();

  await page.getByLabel("Full name").fill("Morgan Ledger");
  await page.getByLabel("Email").fill("morgan@example.com");

  await page.getByRole("tab", { name: "Template & export" }).click();
  const templates = page.getByRole("group", { name: "Template" });
  await templates.getByRole("radio", { name: /^Finance/ }).check();
  await expect(templates.getByRole("radio", { name: /^Finance/ })).toBeChecked();
  await expect(page.getByRole("heading", { name: /Wording tips for finance/i })).toBeVisible();
  await page.getByRole("group", { name: "Paper size" }).getByRole("button", { name: "A4" }).click();

  const downloadStarted = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await readFile(await download.path());
  expect(file.subarray(0, 4).toString("latin1")).toBe("%PDF");
  await expect(page.getByText("Verified: every field is in the file")).toBeVisible();

  // The choice was stored: it survives a reload.
  await page.reload();
  await page.getByRole("tab", { name: "Template & export" }).click();
  await expect(page.getByRole("radio", { name: /^Finance/ })).toBeChecked();
  await saveScreenshot(page, "resume-export");
});
