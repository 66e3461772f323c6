/** Watched share of the video that counts as completed. */
const completedShare = 0.9;

/**
 * Everything the public page does in the browser: copy buttons, the QR dialog, and reports of video plays,
 * completions and link clicks to the API. The page is served without React's client runtime (see
 * pages/p/[handle].tsx), so this is one plain function written into the page as source text: it must not refer to
 * anything outside itself. Listeners are delegated from the document; the markup opts in with data attributes
 * (`data-copy`, `data-open-dialog`, `data-close-dialog`, `data-track` on links) and the video by its id.
 * sendBeacon survives the navigation a link click starts.
 */
function publicPageScript(eventsUrl: string, videoId: string, completedAt: number) {
  const send = (event: { type: string; target?: string }) => {
    const body = new Blob([JSON.stringify(event)], { type: "application/json" });
    if (!navigator.sendBeacon?.(eventsUrl, body)) {
      void fetch(eventsUrl, { method: "POST", body, keepalive: true, headers: { "content-type": "application/json" } });
    }
  };

  const copy = (button: Element) => {
    const label = button.querySelector("[aria-live]");
    void navigator.clipboard.writeText(button.getAttribute("data-copy") ?? "").then(() => {
      if (!label) return;
      label.textContent = "Copied";
      setTimeout(() => {
        label.textContent = button.getAttribute("data-label");
      }, 2000);
    });
  };

  document.addEventListener(
    "click",
    (event) => {
      const clicked = event.target instanceof Element ? event.target : null;
      if (!clicked) return;
      const copyButton = clicked.closest("[data-copy]");
      if (copyButton) return copy(copyButton);
      const opener = clicked.closest("[data-open-dialog]");
      const dialog = document.getElementById(opener?.getAttribute("data-open-dialog") ?? "");
      if (dialog instanceof HTMLDialogElement) return dialog.showModal();
      // The close button, or a click on the backdrop, which lands on the dialog element itself.
      if (clicked.closest("[data-close-dialog]") || (clicked instanceof HTMLDialogElement && clicked.open)) {
        return clicked.closest("dialog")?.close();
      }
      // The attribute as rendered, not the normalised `href` property: the API matches it to the page's links.
      const target = clicked.closest("a[data-track]")?.getAttribute("href");
      if (target) send({ type: "link_click", target });
    },
    { capture: true },
  );

  const video = document.getElementById(videoId);
  if (!(video instanceof HTMLVideoElement)) return;
  let played = false;
  let completed = false;
  video.addEventListener("play", () => {
    if (!played) send({ type: "video_play" });
    played = true;
  });
  video.addEventListener("timeupdate", () => {
    if (completed || !video.duration || video.currentTime / video.duration < completedAt) return;
    completed = true;
    send({ type: "video_complete" });
  });
}

/** JSON that is safe inside a <script> element (no `</script>` or `<!--` can close or confuse it). */
const scriptLiteral = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The script's source with its arguments, for an inline <script>. */
export function publicPageScriptSource(eventsUrl: string, videoId: string) {
  return `(${publicPageScript.toString()})(${[eventsUrl, videoId, completedShare].map(scriptLiteral).join(",")});`;
}
