import path from "node:path";
import { expect, test } from "@playwright/test";
import { saveScreenshot, signUpCandidate } from "./support";

const samples = path.join(import.meta.dirname, "../apps/api/test/fixtures/reactive-resume/pdf");

test("a candidate imports a two-column PDF made by another tool and edits what was read", async ({ page }) => {
  await signUpCandidate(page, {
    name: "Jo Importer",
    email: `e2e-import-${Date.now()}@example.com`,
    password: "correct-horse-battery",
  });
  await page.goto("/resume/builder");
  await page
    .getByLabel("Choose a resume file (PDF, Word or JSON Resume)")
    .setInputFiles(path.join(samples, "gengar.pdf"));

  await expect(page).toHaveURL(/\/resume\/builder\/[\w-]+$/, { timeout: 30_000 });
  await expect(page.getByText("Found:")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("John Doe");
  await expect(page.getByLabel("Email")).toHaveValue("john.doe@gmail.com");
  await expect(page.getByLabel("Position").first()).not.toHaveValue("");
  await saveScreenshot(page, "resume-import");
});

test("a scanned PDF is refused with a readable reason and creates nothing", async ({ page }) => {
  await signUpCandidate(page, {
    name: "Sam Scanner",
    email: `e2e-scan-${Date.now()}@example.com`,
    password: "correct-horse-battery",
  });
  await page.goto("/resume/builder");
  // A one-page PDF whose only content is an image: what a scanner produces.
  const scan = Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>>endobj\n" +
      "4 0 obj<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8/Length 1>>stream\n\x80\nendstream endobj\n" +
      "5 0 obj<</Length 31>>stream\nq 612 0 0 792 0 0 cm /Im0 Do Q\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );
  await page
    .getByLabel("Choose a resume file (PDF, Word or JSON Resume)")
    .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: scan });
  await expect(page.getByText(/no selectable text/i)).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/resume\/builder$/);
  await expect(page.getByRole("heading", { name: "Build your first resume" })).toBeVisible();
});
