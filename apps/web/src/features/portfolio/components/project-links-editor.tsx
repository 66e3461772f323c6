"use client";

import { PlusIcon, TrashIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";

export interface LinkDraft {
  label: string;
  url: string;
}

const maxLinks = 10;

/** Label + address rows; errors are keyed "links.<index>.<field>", as the API reports them. */
export function ProjectLinksEditor({
  links,
  onChange,
  errors,
}: {
  links: LinkDraft[];
  onChange: (links: LinkDraft[]) => void;
  errors: Record<string, string>;
}) {
  const edit = (index: number, change: Partial<LinkDraft>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...change } : link)));

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">Links</legend>
      {links.length === 0 && (
        <p className="text-sm text-slate-600">A live demo, the repository or a write-up: up to {maxLinks}.</p>
      )}
      {links.map((link, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
        <div key={index} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-start gap-2">
          <TextField
            label={`Link ${index + 1} label`}
            placeholder="Live demo"
            value={link.label}
            maxLength={60}
            onChange={(event) => edit(index, { label: event.target.value })}
            error={errors[`links.${index}.label`]}
          />
          <TextField
            label={`Link ${index + 1} address`}
            type="url"
            placeholder="https://…"
            value={link.url}
            onChange={(event) => edit(index, { url: event.target.value })}
            error={errors[`links.${index}.url`]}
          />
          <Button
            variant="ghost"
            size="sm"
            className="mt-7 h-10"
            onClick={() => onChange(links.filter((_, i) => i !== index))}
          >
            <TrashIcon />
            <span className="sr-only">Remove link {index + 1}</span>
          </Button>
        </div>
      ))}
      {links.length < maxLinks && (
        <Button variant="secondary" size="sm" onClick={() => onChange([...links, { label: "", url: "" }])}>
          <PlusIcon />
          Add link
        </Button>
      )}
    </fieldset>
  );
}
