"use client";

import { useEffect, useState } from "react";

/**
 * An element's width in CSS pixels, followed as it resizes. Charts draw at this width so they keep one height and
 * their labels one size in a narrow card and a wide one, instead of scaling like an image.
 */
export function useElementWidth(element: HTMLElement | null, initial: number) {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
