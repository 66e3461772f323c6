import { expect, test } from "@playwright/test";
import config from "../playwright.config";
import { demoCandidate, demoPassword, saveScreenshot, signIn } from "./support";

// Chromium's synthetic camera (a moving test pattern) and microphone (a beep), with the permission prompt
// answered "allow", so the recorder runs for real in headless mode.
const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

test("a candidate records a video introduction, uploads it through a dropped connection, and captions it", async ({
  page,
}) => {
  // Recording, upload and real ffmpeg processing on a busy 2-core machine.
  test.setTimeout(240_000);
  await signIn(page, demoCandidate, demoPassword);
  await page.waitForURL(/\/candidate$/);

  // Start from no video, whatever an earlier run left behind.
  const existing = await page.request.get("/api/v1/me/video");
  if (existing.ok()) {
    const { id } = (await existing.json()) as { id: string };
    const origin = new URL(page.url()).origin;
    expect((await page.request.delete(`/api/v1/me/videos/${id}`, { headers: { origin } })).ok()).toBe(true);
  }

  await page.goto("/profile/video");
  await expect(page.getByRole("heading", { name: "Video introduction" })).toBeVisible();
  const turnOn = page.getByRole("button", { name: "Turn on camera" });
  const preview = page.getByLabel("Camera preview");
  await expect(preview.or(turnOn)).toBeVisible();
  if (await turnOn.isVisible()) await turnOn.click();
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((video: HTMLVideoElement) => video.videoWidth)).toBeGreaterThan(0);
  await expect(page.getByLabel("Camera", { exact: true })).not.toHaveValue("");

  // Space starts the countdown; the live region says what is happening.
  await page.getByRole("heading", { name: "Video introduction" }).click();
  await page.keyboard.press("Space");
  // Any second of it: on a loaded machine the first one can pass before the check looks.
  await expect(page.getByText(/Recording starts in [1-3]/)).toBeAttached();
  await expect(page.getByText("REC")).toBeVisible({ timeout: 15_000 });
  // The clock, not a fixed wait: on a busy machine the fake camera starts late and drops frames.
  await expect(page.getByText(/REC\s*0:0[6-9]/)).toBeVisible({ timeout: 30_000 });
  await saveScreenshot(page, "video-intro-recording");
  await page.getByRole("button", { name: "Stop recording" }).click();

  await expect(page.getByRole("button", { name: "Upload video" })).toBeVisible();
  await expect(page.getByText(/0:(0[2-9]|1[0-9]) recorded/)).toBeVisible();

  // Drop the connection in the middle of the first PATCH: tus asks the server for the offset and carries on.
  let patches = 0;
  await page.route("**/api/v1/me/video/uploads/**", async (route) => {
    if (route.request().method() === "PATCH" && ++patches === 1) await route.abort("connectionreset");
    else await route.continue();
  });
  await page.getByRole("button", { name: "Upload video" }).click();

  const player = page.getByLabel("Your video introduction");
  await expect(page.getByRole("progressbar", { name: "Processing" }).or(player)).toBeVisible({ timeout: 60_000 });
  expect(patches).toBeGreaterThanOrEqual(2);
  await expect(player).toBeVisible({ timeout: 150_000 });
  await expect(page.getByText("Live on your portfolio")).toBeVisible();

  // The processed file carries its real length (MediaRecorder's WebM has none until the server remuxes it).
  const duration = await player.evaluate(
    (video: HTMLVideoElement) =>
      new Promise<number>((resolve) => {
        if (video.readyState >= 1) resolve(video.duration);
        else video.addEventListener("loadedmetadata", () => resolve(video.duration), { once: true });
      }),
  );
  expect(duration).toBeGreaterThan(2);
  expect(duration).toBeLessThan(20);
  await expect(
    page.getByRole("list", { name: "Quality tips" }).or(page.getByTestId("quality-looks-good")),
  ).toBeVisible();

  await page.getByLabel("Transcript").fill("Hi, I'm Casey Morgan. I design products people enjoy using.");
  await page.getByRole("button", { name: "Save captions" }).click();
  await expect(page.getByText("Captions saved")).toBeVisible();
  const captionText = () =>
    player.evaluate((video: HTMLVideoElement) =>
      Array.from(video.textTracks[0]?.cues ?? [])
        .map((cue) => (cue as VTTCue).text)
        .join(" "),
    );
  await expect.poll(captionText).toContain("Casey Morgan");
  await saveScreenshot(page, "video-intro-ready");

  // Captions were stored, not just shown: they come back after a reload.
  await page.reload();
  await expect(page.getByLabel("Transcript")).toHaveValue(/Casey Morgan/);

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("button", { name: "Delete video" }).click();
  await expect(page.getByText("Video deleted")).toBeVisible();
  await expect(preview.or(turnOn)).toBeVisible();
  expect((await page.request.get("/api/v1/me/video")).status()).toBe(404);
});
