import { Fragment } from "react";
import { type InlineRun, type MarkdownBlock, parseChatMarkdown } from "../chat-markdown";

function Runs({ runs }: { runs: InlineRun[] }) {
  return runs.map((run, index) =>
    run.bold ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional text with no identity of their own
      <strong key={index} className="font-semibold text-slate-900">
        {run.text}
      </strong>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: as above
      <Fragment key={index}>{run.text}</Fragment>
    ),
  );
}

function Block({ block }: { block: MarkdownBlock }) {
  switch (block.kind) {
    case "paragraph":
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case "citation":
      return (
        <p className="mt-3 inline-flex max-w-full items-start gap-1.5 rounded-md bg-slate-50 px-2 py-1 text-xs text-slate-500 ring-1 ring-slate-200 ring-inset">
          <Runs runs={block.runs} />
        </p>
      );
    case "bullets":
      return (
        <ul className="list-disc space-y-1 pl-5 marker:text-slate-400">
          {block.items.map((runs, item) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items are positional
            <li key={item}>
              <Runs runs={runs} />
            </li>
          ))}
        </ul>
      );
    case "numbered":
      return (
        <ol start={block.start} className="list-decimal space-y-1 pl-5 marker:text-slate-400">
          {block.items.map((runs, item) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items are positional
            <li key={item}>
              <Runs runs={runs} />
            </li>
          ))}
        </ol>
      );
  }
}

/** The coach's text as paragraphs and lists, its "Source: …" line set apart as a citation. */
export function MarkdownText({ text }: { text: string }) {
  return (
    <div className="space-y-2 text-[0.9375rem] leading-relaxed text-slate-800">
      {parseChatMarkdown(text).map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional and re-parsed as the text streams
        <Block key={`${block.kind}-${index}`} block={block} />
      ))}
    </div>
  );
}
