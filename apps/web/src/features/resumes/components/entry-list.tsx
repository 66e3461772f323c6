"use client";

import type { ResumeSection } from "@hirefolio/shared";
import type { ReactNode } from "react";
import { PlusIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { cx } from "@/lib/class-names";
import { dropClasses, useDragReorder } from "../hooks/use-drag-reorder";
import { moveItem, removeItem } from "../list-edits";
import { fieldId } from "../resume-paths";
import { EditorSection } from "./editor-section";
import { ReorderControls } from "./reorder-controls";
import { useResumeEditorContext } from "./resume-editor-context";

interface EntryListProps<T> {
  /** A section holding a list of entries. */
  path: Exclude<ResumeSection, "basics" | "meta">;
  title: string;
  description: string;
  /** What one entry is called, e.g. "role", for button labels. */
  noun: string;
  items: readonly T[];
  newItem: () => T;
  /** A short name for the entry, e.g. "Engineer at Acme", shown in its header and the buttons' names. */
  entryLabel: (item: T, index: number) => string;
  children: (index: number) => ReactNode;
}

const entryClasses = "rounded-lg border border-slate-200 bg-slate-50/60";

/** A resume section of repeatable entries that can be added, removed and reordered from the keyboard. */
export function EntryList<T>({
  path,
  title,
  description,
  noun,
  items,
  newItem,
  entryLabel,
  children,
}: EntryListProps<T>) {
  const { editor } = useResumeEditorContext();
  const drag = useDragReorder((from, to) => editor.setField(path, moveItem(items, from, to)));

  const add = () => {
    editor.setField(path, [...items, newItem()]);
    requestAnimationFrame(() =>
      document
        .getElementById(fieldId(`${path}[${items.length}]`))
        ?.querySelector("input")
        ?.focus(),
    );
  };

  return (
    <EditorSection path={path} title={title} description={description}>
      {items.length > 0 && (
        <ol className="space-y-4">
          {items.map((item, index) => {
            const label = entryLabel(item, index);
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: entries have no ids; the position is their identity
                key={index}
                id={fieldId(`${path}[${index}]`)}
                className={cx(entryClasses, dropClasses(drag.state(index)))}
                {...drag.itemProps(index)}
              >
                <div className="flex items-center justify-between gap-2 border-b border-slate-200 py-1.5 pr-1.5 pl-4">
                  <h3 className="truncate text-sm font-medium text-slate-800">{label}</h3>
                  <ReorderControls
                    itemLabel={label}
                    index={index}
                    count={items.length}
                    idPrefix={fieldId(path)}
                    onMove={(from, to) => editor.setField(path, moveItem(items, from, to))}
                    onRemove={(at) => editor.setField(path, removeItem(items, at))}
                    drag={drag}
                  />
                </div>
                <div className="space-y-4 p-4">{children(index)}</div>
              </li>
            );
          })}
        </ol>
      )}
      <Button variant="secondary" size="sm" onClick={add}>
        <PlusIcon />
        Add {noun}
      </Button>
    </EditorSection>
  );
}
