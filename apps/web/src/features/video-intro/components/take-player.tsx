"use client";

import { useEffect, useRef } from "react";
import { useObjectUrl } from "@/features/profile/hooks/use-object-url";

/**
 * Plays the take just recorded. MediaRecorder's WebM has no duration in its header, so Chromium reports
 * Infinity and the scrubber doesn't work; seeking far past the end makes the browser scan the file and learn
 * the real length, after which the player jumps back to the start.
 */
export function TakePlayer({ file }: { file: File }) {
  const url = useObjectUrl(file);
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !url) return;
    const learnDuration = () => {
      if (video.duration !== Number.POSITIVE_INFINITY) return;
      video.addEventListener(
        "timeupdate",
        () => {
          video.currentTime = 0;
        },
        { once: true },
      );
      video.currentTime = Number.MAX_SAFE_INTEGER;
    };
    video.addEventListener("loadedmetadata", learnDuration);
    return () => video.removeEventListener("loadedmetadata", learnDuration);
  }, [url]);

  if (!url) return null;
  return (
    // biome-ignore lint/a11y/useMediaCaption: the take was just recorded; captions are added after upload
    <video
      ref={videoRef}
      src={url}
      controls
      playsInline
      preload="metadata"
      aria-label="Your recording"
      className="size-full bg-black object-contain"
    />
  );
}
