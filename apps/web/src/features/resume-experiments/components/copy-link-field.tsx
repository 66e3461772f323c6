"use client";

import { useEffect, useState } from "react";
import { CheckIcon, CopyIcon, ExternalLinkIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { sharedResumePath } from "../api";

/** A share link as the full address to paste elsewhere, with copy and open buttons. */
export function CopyLinkField({ slug, label = "Share link" }: { slug: string; label?: string }) {
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  // The origin is only known in the browser; the server render shows the path.
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const url = `${origin}${sharedResumePath(slug)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.show("Copy failed; select the link and copy it yourself.", "danger");
    }
  };

  return (
    <div className="flex min-w-0 items-center gap-1.5">
      <input
        readOnly
        aria-label={label}
        value={url}
        onFocus={(event) => event.target.select()}
        className="h-8 min-w-0 flex-1 truncate rounded-md border border-slate-200 bg-slate-50 px-2 font-mono text-xs text-slate-700"
      />
      <Button variant="secondary" size="sm" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
        {copied ? <CheckIcon /> : <CopyIcon />}
        {copied ? "Copied" : "Copy"}
      </Button>
      <a
        href={sharedResumePath(slug)}
        target="_blank"
        rel="noreferrer"
        aria-label={`Open ${label.toLowerCase()}`}
        className="grid size-8 shrink-0 place-items-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        <ExternalLinkIcon className="size-4" />
      </a>
    </div>
  );
}
