"use client";

import { type DragEvent, useState } from "react";

/**
 * Pointer drag-and-drop for one list, on top of the move buttons keyboard users have. Each list tracks its own
 * drag, so a bullet dragged over another role's bullets, or a role over bullets, is not dropped there.
 */
export function useDragReorder(onMove: (from: number, to: number) => void) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const reset = () => {
    setDragging(null);
    setOver(null);
  };

  return {
    /** Whether the item is being dragged, or is where the dragged item would land. */
    state: (index: number) => ({ dragged: dragging === index, target: over === index && dragging !== index }),
    handleProps: (index: number) => ({
      draggable: true,
      onDragStart: (event: DragEvent<HTMLElement>) => {
        event.stopPropagation();
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", String(index));
        // Show the whole item under the pointer, not just the grip.
        const item = event.currentTarget.closest("li");
        if (item) event.dataTransfer.setDragImage(item, 16, 16);
        setDragging(index);
      },
      onDragEnd: reset,
    }),
    itemProps: (index: number) => ({
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (dragging === null) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = "move";
        setOver(index);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (dragging === null) return;
        event.preventDefault();
        event.stopPropagation();
        if (dragging !== index) onMove(dragging, index);
        reset();
      },
    }),
  };
}

export type DragReorder = ReturnType<typeof useDragReorder>;

/** The dragged item fades; the one it would land on gets a ring. */
export function dropClasses({ dragged, target }: { dragged: boolean; target: boolean }) {
  if (dragged) return "opacity-50";
  return target ? "ring-2 ring-brand-400 ring-offset-2" : undefined;
}
