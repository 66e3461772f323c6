"use client";

import { ArrowDownIcon, ArrowUpIcon, GripIcon, TrashIcon } from "@/components/icons";
import type { DragReorder } from "../hooks/use-drag-reorder";

interface ReorderControlsProps {
  /** Names the item in the buttons' accessible names, e.g. "bullet 2". */
  itemLabel: string;
  index: number;
  count: number;
  /** Prefix of the buttons' ids, so focus can follow a moved item. */
  idPrefix: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** Adds a grip to drag the item with a pointer. */
  drag?: DragReorder;
}

const buttonClass =
  "grid size-8 place-items-center rounded-md text-slate-500 transition-colors hover:bg-slate-100 hover:text-slate-900 disabled:pointer-events-none disabled:opacity-30";

/** Move up, move down and remove buttons; after a move, focus follows the item to its new place. */
export function ReorderControls({ itemLabel, index, count, idPrefix, onMove, onRemove, drag }: ReorderControlsProps) {
  const move = (to: number, direction: "up" | "down") => {
    onMove(index, to);
    // The moved item's buttons are now the ones at `to`; keep the keyboard user on the item they moved.
    requestAnimationFrame(() => {
      const target = document.getElementById(`${idPrefix}-${to}-${direction}`);
      const fallback = document.getElementById(`${idPrefix}-${to}-${direction === "up" ? "down" : "up"}`);
      (target && !(target as HTMLButtonElement).disabled ? target : fallback)?.focus();
    });
  };
  return (
    <div className="flex shrink-0 items-center">
      {drag && count > 1 && (
        <span
          {...drag.handleProps(index)}
          title={`Drag to move ${itemLabel}`}
          className="grid size-8 cursor-grab place-items-center rounded-md text-slate-400 hover:bg-slate-100 hover:text-slate-700 active:cursor-grabbing"
        >
          <GripIcon className="size-4" />
        </span>
      )}
      <button
        type="button"
        id={`${idPrefix}-${index}-up`}
        className={buttonClass}
        disabled={index === 0}
        onClick={() => move(index - 1, "up")}
      >
        <ArrowUpIcon className="size-4" />
        <span className="sr-only">Move {itemLabel} up</span>
      </button>
      <button
        type="button"
        id={`${idPrefix}-${index}-down`}
        className={buttonClass}
        disabled={index === count - 1}
        onClick={() => move(index + 1, "down")}
      >
        <ArrowDownIcon className="size-4" />
        <span className="sr-only">Move {itemLabel} down</span>
      </button>
      <button
        type="button"
        className={`${buttonClass} hover:bg-rose-50 hover:text-rose-700`}
        onClick={() => onRemove(index)}
      >
        <TrashIcon className="size-4" />
        <span className="sr-only">Remove {itemLabel}</span>
      </button>
    </div>
  );
}
