"use client";

import { useEffect, useRef } from "react";

/** The camera as a mirror: people expect to see themselves flipped; the recording itself is not. */
export function LivePreview({ stream }: { stream: MediaStream }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (videoRef.current) videoRef.current.srcObject = stream;
  }, [stream]);
  return (
    <video
      ref={videoRef}
      autoPlay
      muted
      playsInline
      aria-label="Camera preview"
      className="size-full -scale-x-100 bg-black object-cover"
    />
  );
}
