"use client";

import {
  bulletGlyph,
  contactSeparator,
  getResumeTemplate,
  lineText,
  type RenderBlock,
  type ResumeDocument,
  renderModel,
  subtitleSeparator,
} from "@hirefolio/shared";
import { useDeferredValue, useMemo } from "react";

function PreviewBlock({ block, accent, standalone }: { block: RenderBlock; accent: string; standalone: boolean }) {
  switch (block.kind) {
    case "name": {
      // On a page of its own the person's name is the page's heading; inside the editor the page has one already.
      const Name = standalone ? "h1" : "p";
      return <Name className="text-[20px] leading-tight font-bold">{block.span.text}</Name>;
    }
    case "tagline":
      return <p className="mt-1 text-[12px]">{block.span.text}</p>;
    case "contact":
      return <p className="mt-1 text-[9.5px] text-[#333]">{block.spans.map((s) => s.text).join(contactSeparator)}</p>;
    case "heading":
      return (
        <h3 className="mt-3 mb-1 border-b pb-0.5 text-[12px] font-bold" style={{ color: accent, borderColor: accent }}>
          {block.span.text}
        </h3>
      );
    case "entry":
      return (
        <div className="mt-1.5">
          <div className="flex justify-between gap-2">
            <p className="font-bold">{block.title?.text}</p>
            {block.dates && <p className="shrink-0">{block.dates.text}</p>}
          </div>
          {block.subtitle.length > 0 && (
            <p className="italic">{block.subtitle.map((s) => s.text).join(subtitleSeparator)}</p>
          )}
        </div>
      );
    case "paragraph":
      return <p className="mt-0.5">{block.span.text}</p>;
    case "bullet":
      return (
        <p className="mt-px flex pl-1.5">
          <span aria-hidden="true" className="w-2.5 shrink-0">
            {bulletGlyph}
          </span>
          <span>{block.span.text}</span>
        </p>
      );
    case "line":
      return <p className="mt-0.5">{lineText(block)}</p>;
  }
}

interface ResumePreviewProps {
  document: ResumeDocument;
  templateId: string;
  /** Shown as a page of its own (share link, application): the name becomes the page heading. */
  standalone?: boolean;
  label?: string;
}

/**
 * The chosen template drawn from the same render model the PDF and DOCX exports use, updated as the user types.
 * Sizes are the PDF's points at 1px each, on a letter-width sheet; page breaks are left to the real export.
 */
export function ResumePreview({
  document,
  templateId,
  standalone = false,
  label = "Live preview",
}: ResumePreviewProps) {
  // Typing stays responsive on long resumes: the preview catches up a frame later.
  const deferred = useDeferredValue(document);
  const template = getResumeTemplate(templateId);
  const blocks = useMemo(() => renderModel(deferred, template), [deferred, template]);
  return (
    <div className={standalone ? "" : "overflow-hidden rounded-lg border border-slate-200 bg-slate-100 p-3"}>
      <article
        aria-label={label}
        // A page of its own is read on screen, not proofed against the PDF: the whole sheet is drawn larger.
        style={standalone ? { zoom: 1.3 } : undefined}
        className={`mx-auto w-full max-w-[612px] bg-white px-[8%] py-[6%] text-[10px] leading-[1.35] text-[#111] ${standalone ? "rounded-sm shadow-raised ring-1 ring-slate-200" : "shadow-sm"}`}
      >
        {blocks.length ? (
          blocks.map((block, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are rebuilt from the document on every change
            <PreviewBlock key={index} block={block} accent={template.accent} standalone={standalone} />
          ))
        ) : (
          <p className="py-12 text-center text-slate-500">Start typing and your resume appears here.</p>
        )}
      </article>
    </div>
  );
}
