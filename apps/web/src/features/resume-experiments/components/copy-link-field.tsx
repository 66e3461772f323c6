"use client";

import { useEffect, useState } from "react";
import { ExternalLinkIcon } from "@/components/icons";
import { CopyField } from "@/components/ui/copy-field";
import { sharedResumePath } from "../api";

/** A share link as the full address to paste elsewhere, with copy and open buttons. */
export function CopyLinkField({ slug, label = "Share link" }: { slug: string; label?: string }) {
  // The origin is only known in the browser; the server render shows the path.
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <CopyField value={`${origin}${sharedResumePath(slug)}`} label={label}>
      <a
        href={sharedResumePath(slug)}
        target="_blank"
        rel="noreferrer"
        aria-label={`Open ${label.toLowerCase()}`}
        className="grid size-8 shrink-0 place-items-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        <ExternalLinkIcon className="size-4" />
      </a>
    </CopyField>
  );
}
