"use client";

import { type Snippet, snippetLanguages, snippetMaxChars, snippetMaxLines } from "@hirefolio/shared";
import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { ApiError, errorMessage } from "@/lib/api-client";
import type { FieldErrors } from "@/lib/validation";
import { useSaveSnippet } from "../hooks/use-snippets";
import { formatLineRanges, parseLineRanges } from "../line-ranges";
import { HighlightedCode } from "./rendered-markdown";

/** Names people recognise for the language ids the highlighter uses. */
const languageNames: Partial<Record<(typeof snippetLanguages)[number], string>> = {
  cpp: "C++",
  csharp: "C#",
  javascript: "JavaScript",
  typescript: "TypeScript",
  jsx: "JSX",
  tsx: "TSX",
  graphql: "GraphQL",
  php: "PHP",
  sql: "SQL",
  html: "HTML",
  css: "CSS",
  scss: "SCSS",
  json: "JSON",
  xml: "XML",
  yaml: "YAML",
  toml: "TOML",
  r: "R",
  powershell: "PowerShell",
};
export const languageName = (id: (typeof snippetLanguages)[number]) =>
  languageNames[id] ?? id.charAt(0).toUpperCase() + id.slice(1);

type Language = (typeof snippetLanguages)[number];

function SnippetForm({
  projectId,
  snippet,
  onDone,
}: {
  projectId: string | null;
  snippet: Snippet | null;
  onDone: () => void;
}) {
  const save = useSaveSnippet();
  const toast = useToast();
  const [title, setTitle] = useState(snippet?.title ?? "");
  const [language, setLanguage] = useState<Language>(snippet?.language ?? "typescript");
  const [code, setCode] = useState(snippet?.code ?? "");
  const [lines, setLines] = useState(formatLineRanges(snippet?.highlightLines ?? []));
  const [errors, setErrors] = useState<FieldErrors>({});
  const lineCount = code.split("\n").length;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!code.trim()) found.code = "Paste the code to show";
    else if (code.length > snippetMaxChars) found.code = `At most ${snippetMaxChars.toLocaleString()} characters`;
    else if (lineCount > snippetMaxLines) found.code = `At most ${snippetMaxLines} lines`;
    const highlighted = parseLineRanges(lines, lineCount);
    if (!highlighted.ok) found.highlightLines = highlighted.error;
    if (Object.keys(found).length || !highlighted.ok) {
      setErrors(found);
      return;
    }
    save.mutate(
      {
        id: snippet?.id ?? null,
        input: { projectId, title: title.trim(), language, code, highlightLines: highlighted.lines },
      },
      {
        onSuccess: () => {
          toast.show(snippet ? "Snippet saved" : "Snippet added");
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors);
        },
      },
    );
  };

  const besideFields = save.error instanceof ApiError && Object.keys(save.error.fieldErrors).length > 0;
  const clear = (field: string) => setErrors(({ [field]: _gone, ...rest }) => rest);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <TextField
          label="Title"
          optional
          placeholder="e.g. Retry with backoff"
          value={title}
          maxLength={120}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
        />
        <SelectField
          label="Language"
          value={language}
          onChange={(event) => {
            setLanguage(event.target.value as Language);
            clear("language");
          }}
          error={errors.language}
        >
          {snippetLanguages.map((id) => (
            <option key={id} value={id}>
              {languageName(id)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label="Code"
        hint={`${lineCount} ${lineCount === 1 ? "line" : "lines"}; up to ${snippetMaxLines}.`}
        rows={12}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        value={code}
        onChange={(event) => {
          setCode(event.target.value);
          clear("code");
        }}
        style={{ fontFamily: "var(--font-mono)", tabSize: 2 }}
        error={errors.code}
      />
      <TextField
        label="Highlight lines"
        optional
        placeholder="e.g. 3-5, 9"
        hint="Line numbers or ranges to mark, separated by commas."
        value={lines}
        onChange={(event) => {
          setLines(event.target.value);
          clear("highlightLines");
        }}
        error={errors.highlightLines}
      />
      {snippet && (
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-slate-800">Saved version</p>
          <HighlightedCode html={snippet.html} label={`Saved version of ${snippet.title || "the snippet"}`} />
        </div>
      )}
      <FormError message={save.error && !besideFields ? errorMessage(save.error) : null} />
      <div className="flex justify-end gap-2 border-t border-slate-100 pt-4">
        <Button type="submit" loading={save.isPending}>
          {snippet ? "Save snippet" : "Add snippet"}
        </Button>
      </div>
    </form>
  );
}

export function SnippetDialog({
  open,
  projectId,
  snippet,
  onClose,
}: {
  open: boolean;
  projectId: string | null;
  snippet: Snippet | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      variant="sheet"
      title={snippet ? "Edit code snippet" : "Add a code snippet"}
      description="Highlighted on the server exactly as visitors will see it."
    >
      {open && <SnippetForm key={snippet?.id ?? "new"} projectId={projectId} snippet={snippet} onDone={onClose} />}
    </Dialog>
  );
}
