/**
 * Copies `text` and says so for two seconds (page-script.ts does the copying); the label stays readable for
 * screen readers through aria-live.
 */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
  return (
    <button type="button" className={className} data-copy={text} data-label={label}>
      <span aria-live="polite">{label}</span>
    </button>
  );
}
