"use client";

import type { PortfolioEvent } from "@hirefolio/shared";
import { useEffect } from "react";

/** Watched share of the video that counts as completed. */
const completedShare = 0.9;

/**
 * Reports video plays, completions and link clicks to the API; renders nothing. Listeners are delegated from the
 * document so the page's markup stays server-rendered: links opt in with `data-track`, the video by its id.
 * sendBeacon survives the navigation a link click starts.
 */
export function PageAnalytics({ eventsUrl, videoId }: { eventsUrl: string; videoId: string }) {
  useEffect(() => {
    const send = (event: PortfolioEvent) => {
      const body = new Blob([JSON.stringify(event)], { type: "application/json" });
      if (!navigator.sendBeacon?.(eventsUrl, body)) {
        void fetch(eventsUrl, {
          method: "POST",
          body,
          keepalive: true,
          headers: { "content-type": "application/json" },
        });
      }
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[data-track]");
      // The attribute as rendered, not the normalised `href` property: the API matches it to the page's links.
      const target = link?.getAttribute("href");
      if (target) send({ type: "link_click", target });
    };
    document.addEventListener("click", onClick, { capture: true });

    const video = document.getElementById(videoId);
    let played = false;
    let completed = false;
    const onPlay = () => {
      if (!played) send({ type: "video_play" });
      played = true;
    };
    const onProgress = () => {
      if (!(video instanceof HTMLVideoElement) || completed || !video.duration) return;
      if (video.currentTime / video.duration >= completedShare) {
        completed = true;
        send({ type: "video_complete" });
      }
    };
    video?.addEventListener("play", onPlay);
    video?.addEventListener("timeupdate", onProgress);
    return () => {
      document.removeEventListener("click", onClick, { capture: true });
      video?.removeEventListener("play", onPlay);
      video?.removeEventListener("timeupdate", onProgress);
    };
  }, [eventsUrl, videoId]);
  return null;
}
