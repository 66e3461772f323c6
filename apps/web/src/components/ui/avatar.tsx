"use client";

import { useState } from "react";
import { cx } from "@/lib/class-names";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts.at(-1)![0]] : [parts[0]?.[0]];
  return letters.join("").toUpperCase() || "?";
}

/**
 * A person's picture, or their initials when there is none. Decorative: the name is always written nearby.
 * Picture URLs are signed and expire, so one that fails to load falls back to the initials instead of a broken image.
 * `className` sets the size (32px without one); the initials scale with it, so callers never set a font size.
 */
export function Avatar({ name, src, className }: { name: string; src?: string | null; className?: string }) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const showPicture = !!src && src !== failedSrc;
  return (
    <span
      aria-hidden="true"
      className={cx(
        "@container grid shrink-0 place-items-center overflow-hidden rounded-full bg-linear-to-br from-brand-100 to-violet-100 font-semibold text-brand-800 ring-1 ring-brand-200",
        className ?? "size-8",
      )}
    >
      {showPicture ? (
        // biome-ignore lint/performance/noImgElement: a small signed, expiring URL; the optimiser would cache one copy per signature
        <img src={src} alt="" className="size-full object-cover" onError={() => setFailedSrc(src)} />
      ) : (
        <span className="text-[length:36cqw] leading-none">{initials(name)}</span>
      )}
    </span>
  );
}
