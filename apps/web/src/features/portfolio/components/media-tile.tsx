"use client";

import type { Media } from "@hirefolio/shared";
import { useState } from "react";
import { ExternalLinkIcon, FileTextIcon, TrashIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { formatBytes } from "@/lib/format-bytes";
import { useDeleteMedia, useUpdateMedia } from "../hooks/use-media";

const kindLabels = { image: "Image", video: "Video", pdf: "PDF" } as const;

function Preview({ media }: { media: Media }) {
  if (media.kind === "video") {
    return (
      // biome-ignore lint/a11y/useMediaCaption: a candidate's own work sample; captions are theirs to add in the file
      <video src={media.url} controls preload="metadata" className="size-full bg-slate-900 object-contain" />
    );
  }
  if (media.previewUrl) {
    return (
      // biome-ignore lint/performance/noImgElement: signed, short-lived URLs from the API; Next's optimiser can't cache them
      <img
        src={media.previewUrl}
        alt={media.kind === "pdf" ? `First page of ${media.title || "the PDF"}` : media.caption || media.title}
        loading="lazy"
        className="size-full object-cover object-top"
      />
    );
  }
  return (
    <span className="grid size-full place-items-center text-slate-400">
      <FileTextIcon className="size-8" />
    </span>
  );
}

/** A thumbnail with its caption, edited in place (saved on blur or Enter), and a remove button. */
export function MediaTile({ media }: { media: Media }) {
  const update = useUpdateMedia();
  const remove = useDeleteMedia();
  const [caption, setCaption] = useState(media.caption);
  const name = media.title || kindLabels[media.kind];

  const saveCaption = () => {
    const next = caption.trim();
    if (next !== media.caption) update.mutate({ id: media.id, input: { caption: next } });
  };

  return (
    <li className="flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-card">
      <div className="relative aspect-[4/3] overflow-hidden bg-slate-100">
        <Preview media={media} />
        <div className="absolute top-2 left-2 flex gap-1">
          <Badge tone={media.kind === "pdf" ? "danger" : media.kind === "video" ? "violet" : "sky"}>
            {kindLabels[media.kind]}
            {media.pageCount ? ` · ${media.pageCount} ${media.pageCount === 1 ? "page" : "pages"}` : ""}
          </Badge>
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3">
        <div className="flex items-start justify-between gap-2">
          <p className="min-w-0 truncate text-sm font-medium text-slate-900" title={name}>
            {name}
          </p>
          <span className="shrink-0 text-xs text-slate-500">{formatBytes(media.bytes)}</span>
        </div>
        <input
          value={caption}
          onChange={(event) => setCaption(event.target.value)}
          onBlur={saveCaption}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              event.currentTarget.blur();
            }
          }}
          maxLength={500}
          placeholder="Add a caption"
          aria-label={`Caption for ${name}`}
          className="h-8 w-full rounded-md border border-transparent bg-slate-50 px-2 text-sm text-slate-700 placeholder:text-slate-400 hover:border-slate-200 focus:border-brand-600 focus:bg-white focus:outline-none focus:ring-2 focus:ring-brand-500/25"
        />
        {update.isError && <p className="text-xs text-rose-700">The caption wasn't saved; try again.</p>}
        <div className="mt-auto flex items-center justify-between gap-2">
          <a
            href={media.url}
            target="_blank"
            rel="noreferrer"
            className="inline-flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline"
          >
            <ExternalLinkIcon className="size-3.5" />
            Open
            <span className="sr-only">{name}</span>
          </a>
          <button
            type="button"
            onClick={() => remove.mutate(media.id)}
            className="inline-flex items-center gap-1 rounded px-1.5 py-1 text-xs font-medium text-slate-600 hover:bg-rose-50 hover:text-rose-700"
          >
            <TrashIcon className="size-3.5" />
            Remove
            <span className="sr-only">{name}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
