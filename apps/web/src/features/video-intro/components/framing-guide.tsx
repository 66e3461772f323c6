/**
 * A head-and-shoulders outline with rule-of-thirds lines, to help people frame themselves before they record.
 * It is cropped the way the preview is (`slice` ≈ object-cover), so the outline stays on the face on phones too.
 */
export function FramingGuide() {
  return (
    <svg
      viewBox="0 0 160 90"
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      className="pointer-events-none absolute inset-0 size-full text-white/70"
    >
      <g stroke="currentColor" fill="none" strokeWidth="0.35" opacity="0.35">
        <path d="M53.3 0v90M106.7 0v90M0 30h160M0 60h160" />
      </g>
      <g stroke="currentColor" fill="none" strokeWidth="0.6" strokeDasharray="2 1.5">
        <ellipse cx="80" cy="38" rx="14" ry="18" />
        <path d="M48 90c2-15 14-24 32-24s30 9 32 24" />
      </g>
    </svg>
  );
}
