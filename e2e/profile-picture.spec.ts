import { expect, type Page, test } from "@playwright/test";
import { saveScreenshot, signUpCandidate } from "./support";

/** A real 96×96 PNG drawn on a canvas in the page, so the browser can decode what it gets back from the API. */
async function drawPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 96;
    canvas.height = 96;
    const context = canvas.getContext("2d")!;
    const gradient = context.createLinearGradient(0, 0, 96, 96);
    gradient.addColorStop(0, "#6366f1");
    gradient.addColorStop(1, "#a855f7");
    context.fillStyle = gradient;
    context.fillRect(0, 0, 96, 96);
    return canvas.toDataURL("image/png").split(",")[1]!;
  });
  return Buffer.from(base64, "base64");
}

test("a candidate uploads a profile picture, sees it in the header, and removes it", async ({ page }) => {
  await signUpCandidate(page, {
    name: "Avery Picture",
    email: `e2e-avatar-${Date.now()}@example.com`,
    password: "correct-horse-battery",
  });
  await page.goto("/profile");
  const fileInput = page.locator('input[type="file"]');
  const headerPicture = page.getByRole("button", { name: /Account menu/ }).locator("img");
  await expect(page.getByRole("button", { name: "Upload photo" })).toBeVisible();
  await expect(headerPicture).toHaveCount(0);

  // The browser refuses a file that isn't an image before anything is uploaded.
  await fileInput.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a picture") });
  const typeProblem = page.getByRole("alert").filter({ hasText: "isn't a PNG, JPEG or WebP image" });
  await expect(typeProblem).toBeVisible();

  await fileInput.setInputFiles({ name: "avery.png", mimeType: "image/png", buffer: await drawPng(page) });
  await expect(page.getByText("avery.png")).toBeVisible();
  await expect(typeProblem).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save photo" })).toBeFocused();
  await page.getByRole("button", { name: "Save photo" }).click();

  await expect(page.getByText("Profile picture updated")).toBeVisible();
  await expect(headerPicture).toHaveAttribute("src", /\/api\/v1\/files\/avatars\//);
  await expect.poll(() => headerPicture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);

  // The picture is stored, not just previewed: it is still there after a reload.
  await page.reload();
  await expect(page.getByRole("button", { name: "Change photo" })).toBeVisible();
  await expect(headerPicture).toHaveAttribute("src", /\/api\/v1\/files\/avatars\//);
  await saveScreenshot(page, "profile-picture");

  await page.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("Profile picture removed")).toBeVisible();
  await expect(headerPicture).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Upload photo" })).toBeFocused();
});
