"use client";

import { type Ref, useEffect, useMemo, useRef } from "react";
import { useObjectUrl } from "@/features/profile/hooks/use-object-url";

interface IntroPlayerProps {
  videoUrl: string;
  posterUrl: string | null;
  captionsVtt: string | null;
  ref?: Ref<HTMLVideoElement>;
}

/**
 * The processed video with its poster and captions. Captions come from the WebVTT the page already has, as a
 * blob: URL, so an edit shows in the player the moment it's saved without waiting for a new signed URL.
 */
export function IntroPlayer({ videoUrl, posterUrl, captionsVtt, ref }: IntroPlayerProps) {
  const captionsBlob = useMemo(
    () => (captionsVtt ? new Blob([captionsVtt], { type: "text/vtt" }) : null),
    [captionsVtt],
  );
  const captionsUrl = useObjectUrl(captionsBlob);
  const trackRef = useRef<HTMLTrackElement>(null);

  // A <track> added after the video loaded isn't shown by default in every browser; turn it on explicitly.
  useEffect(() => {
    const track = trackRef.current?.track;
    if (track && captionsUrl) track.mode = "showing";
  }, [captionsUrl]);

  return (
    // biome-ignore lint/a11y/useMediaCaption: the caption track is rendered as soon as the candidate has written captions
    <video
      ref={ref}
      src={videoUrl}
      poster={posterUrl ?? undefined}
      controls
      playsInline
      preload="metadata"
      aria-label="Your video introduction"
      className="aspect-video w-full bg-black object-contain"
    >
      {captionsUrl && (
        <track
          ref={trackRef}
          key={captionsUrl}
          kind="captions"
          srcLang="en"
          label="English"
          src={captionsUrl}
          default
        />
      )}
    </video>
  );
}
