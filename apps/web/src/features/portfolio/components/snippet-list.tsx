"use client";

import type { Snippet } from "@hirefolio/shared";
import { useState } from "react";
import { CheckIcon, CopyIcon, PencilIcon, PlusIcon, TrashIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { useDeleteSnippet } from "../hooks/use-snippets";
import { HighlightedCode } from "./rendered-markdown";
import { languageName, SnippetDialog } from "./snippet-dialog";

function CopyCodeButton({ code, name }: { code: string; name: string }) {
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(code);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          toast.show("Copy failed; select the code and copy it yourself.", "danger");
        }
      }}
    >
      {copied ? <CheckIcon /> : <CopyIcon />}
      {copied ? "Copied" : "Copy"}
      <span className="sr-only">{name}</span>
    </Button>
  );
}

function SnippetCard({ snippet, onEdit }: { snippet: Snippet; onEdit: () => void }) {
  const remove = useDeleteSnippet();
  const name = snippet.title || `${languageName(snippet.language)} snippet`;
  return (
    <li className="overflow-hidden rounded-xl border border-slate-200 bg-white">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-3 py-2">
        <div className="flex min-w-0 items-center gap-2">
          <p className="truncate text-sm font-medium text-slate-900">{name}</p>
          <Badge>{languageName(snippet.language)}</Badge>
        </div>
        <div className="flex items-center">
          <CopyCodeButton code={snippet.code} name={name} />
          <Button variant="ghost" size="sm" onClick={onEdit}>
            <PencilIcon />
            Edit
            <span className="sr-only">{name}</span>
          </Button>
          <Button variant="ghost" size="sm" onClick={() => remove.mutate(snippet.id)}>
            <TrashIcon />
            Remove
            <span className="sr-only">{name}</span>
          </Button>
        </div>
      </div>
      <HighlightedCode html={snippet.html} label={name} />
    </li>
  );
}

/** A project's snippets as visitors will see them, with add, edit and remove. */
export function SnippetList({ projectId, snippets }: { projectId: string | null; snippets: Snippet[] }) {
  const [editing, setEditing] = useState<Snippet | "new" | null>(null);
  return (
    <div className="space-y-3">
      {snippets.length > 0 && (
        <ul aria-label="Code snippets" className="space-y-3 [&_figure]:rounded-none [&_figure]:border-0">
          {snippets.map((snippet) => (
            <SnippetCard key={snippet.id} snippet={snippet} onEdit={() => setEditing(snippet)} />
          ))}
        </ul>
      )}
      <Button variant="secondary" size="sm" onClick={() => setEditing("new")}>
        <PlusIcon />
        Add code snippet
      </Button>
      <SnippetDialog
        open={editing !== null}
        projectId={projectId}
        snippet={editing === "new" ? null : editing}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}
