/**
 * What the server accepts for a video introduction. The recorder stops at 60 s; the extra half second absorbs
 * container rounding and the recorder's last chunk. Frames above 1080p would cost more to decode than the 2-core
 * budget allows and add nothing to a 720p output.
 */
export const videoLimits = {
  maxDurationSeconds: 60.5,
  maxBytes: 150 * 1024 * 1024,
  maxLongSide: 1920,
  maxShortSide: 1080,
};

export type VideoLimits = typeof videoLimits;
