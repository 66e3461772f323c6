import { cx } from "@/lib/class-names";

/** Typography for Markdown the API rendered, in the spirit of a `prose` block, without a typography plugin. */
const proseClasses = cx(
  "text-sm leading-6 text-slate-700 [&>*+*]:mt-3",
  "[&_h1]:text-lg [&_h1]:font-semibold [&_h1]:text-slate-900 [&_h2]:text-base [&_h2]:font-semibold [&_h2]:text-slate-900",
  "[&_h3]:font-semibold [&_h3]:text-slate-900 [&_strong]:font-semibold [&_strong]:text-slate-900",
  "[&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:text-brand-800",
  "[&_ul]:list-disc [&_ol]:list-decimal [&_ul]:pl-5 [&_ol]:pl-5 [&_li+li]:mt-1",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-[0.8125rem]",
  "[&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-slate-900 [&_pre]:p-3 [&_pre]:text-slate-100",
  "[&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_pre_code]:text-inherit [&_hr]:border-slate-200",
);

/**
 * Markdown as the API rendered it. The server's renderer is the sanitiser (no raw HTML, no images, safe links), so
 * its output is inserted as given; nothing typed in the browser reaches this element unrendered.
 */
export function RenderedMarkdown({ html, className }: { html: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side by the portfolio's Markdown policy
  return <div className={cx(proseClasses, className)} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Shiki's HTML for a snippet: light colours inline, marked lines carrying `highlighted`, long lines scrolling. */
const codeClasses = cx(
  "overflow-hidden rounded-lg border border-slate-200 text-[0.8125rem] leading-6",
  "[&_pre]:overflow-x-auto [&_pre]:py-3 [&_code]:block [&_code]:min-w-max [&_code]:font-mono",
  "[&_.line]:inline-block [&_.line]:w-full [&_.line]:px-4 [&_.line]:min-h-6",
  "[&_.line.highlighted]:bg-amber-100/80 [&_.line.highlighted]:shadow-[inset_3px_0_0_var(--color-amber-500)]",
);

/** Shiki's <pre> carries tabindex="0" itself, so a long line can be scrolled from the keyboard. */
export function HighlightedCode({ html, label }: { html: string; label: string }) {
  return (
    <figure aria-label={label} className={codeClasses}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Shiki's output from the API; the code in it is escaped */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
