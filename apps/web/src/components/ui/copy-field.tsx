"use client";

import type { ReactNode } from "react";
import { useState } from "react";
import { CheckIcon, CopyIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

/** A secret or shareable address, shown read-only with a copy button (and, e.g., an "open" link after it). */
export function CopyField({ value, label, children }: { value: string; label: string; children?: ReactNode }) {
  const toast = useToast();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.show("Copy failed; select the address and copy it yourself.", "danger");
    }
  };

  return (
    <div className="flex min-w-0 items-center gap-1.5">
      <input
        readOnly
        aria-label={label}
        value={value}
        onFocus={(event) => event.target.select()}
        className="h-8 min-w-0 flex-1 truncate rounded-md border border-slate-200 bg-slate-50 px-2 font-mono text-xs text-slate-700"
      />
      <Button variant="secondary" size="sm" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
        {copied ? <CheckIcon /> : <CopyIcon />}
        {copied ? "Copied" : "Copy"}
      </Button>
      {children}
    </div>
  );
}
