"use client";

import { PlusIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/form-field";
import { cx } from "@/lib/class-names";
import { hasPlaceholder } from "../apply-suggestion";
import { dropClasses, useDragReorder } from "../hooks/use-drag-reorder";
import { moveItem, removeItem } from "../list-edits";
import { fieldId, getAtPath } from "../resume-paths";
import { PlaceholderText } from "./placeholder-text";
import { ReorderControls } from "./reorder-controls";
import { useResumeEditorContext } from "./resume-editor-context";

interface TextListEditorProps {
  /** Path of the list, e.g. "work[0].highlights". */
  path: string;
  label: string;
  /** What one item is called, e.g. "bullet". */
  noun: string;
  placeholder?: string;
}

/** An editable bullet list: each bullet its own input, with add, remove and reorder. */
export function TextListEditor({ path, label, noun, placeholder }: TextListEditorProps) {
  const { editor, errors } = useResumeEditorContext();
  const items = (getAtPath(editor.document, path) as string[] | undefined) ?? [];
  const drag = useDragReorder((from, to) => editor.setField(path, moveItem(items, from, to)));

  const focusItem = (index: number) =>
    requestAnimationFrame(() => document.getElementById(fieldId(`${path}[${index}]`))?.focus());
  const add = () => {
    editor.setField(path, [...items, ""]);
    focusItem(items.length);
  };

  return (
    <fieldset id={fieldId(path)} tabIndex={-1} className="min-w-0 space-y-2 focus:outline-none">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {items.length > 0 && (
        <ul className="space-y-2">
          {items.map((item, index) => {
            const itemPath = `${path}[${index}]`;
            const unfilled = hasPlaceholder(item);
            const error = errors[itemPath];
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: bullets are plain strings; the position is their identity
                key={index}
                className={cx("space-y-1 rounded-md", dropClasses(drag.state(index)))}
                {...drag.itemProps(index)}
              >
                <div className="flex items-center gap-1">
                  <span aria-hidden="true" className="text-slate-400">
                    •
                  </span>
                  <input
                    id={fieldId(itemPath)}
                    aria-label={`${label}: ${noun} ${index + 1}`}
                    value={item}
                    placeholder={placeholder}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => editor.setField(itemPath, event.target.value)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter" && index === items.length - 1 && item.trim()) {
                        event.preventDefault();
                        add();
                      }
                    }}
                    className={cx(
                      controlClasses,
                      "h-9 min-w-0 flex-1 border-slate-300 focus:border-brand-600 focus:ring-brand-500/25",
                      unfilled && "border-amber-400 bg-amber-50/60",
                      error && "border-rose-400",
                    )}
                  />
                  <ReorderControls
                    itemLabel={`${noun} ${index + 1}`}
                    index={index}
                    count={items.length}
                    idPrefix={fieldId(path)}
                    onMove={(from, to) => editor.setField(path, moveItem(items, from, to))}
                    onRemove={(at) => editor.setField(path, removeItem(items, at))}
                    drag={drag}
                  />
                </div>
                {(unfilled || error) && (
                  <p className={cx("pl-4 text-xs", error ? "text-rose-700" : "text-amber-800")}>
                    {error ?? (
                      <>
                        Fill in the placeholders: <PlaceholderText text={item} />
                      </>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Button variant="ghost" size="sm" onClick={add}>
        <PlusIcon />
        Add {noun}
      </Button>
    </fieldset>
  );
}
