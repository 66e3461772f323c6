"use client";

import { useCallback, useReducer } from "react";

interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The field last edited and when, so a burst of typing in one field undoes as one step. */
  lastKey?: string;
  lastAt: number;
}

type Action<T> =
  | { type: "set"; value: T; key?: string; at: number }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "reset"; value: T };

const maxSteps = 200;
const groupWithinMs = 1000;

function reducer<T>(state: History<T>, action: Action<T>): History<T> {
  switch (action.type) {
    case "set": {
      if (action.value === state.present) return state;
      const grouped =
        action.key !== undefined && action.key === state.lastKey && action.at - state.lastAt < groupWithinMs;
      return {
        past: grouped ? state.past : [...state.past, state.present].slice(-maxSteps),
        present: action.value,
        future: [],
        lastKey: action.key,
        lastAt: action.at,
      };
    }
    case "undo": {
      const previous = state.past.at(-1);
      if (previous === undefined) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], lastAt: 0 };
    }
    case "redo": {
      const [next, ...future] = state.future;
      if (next === undefined) return state;
      return { past: [...state.past, state.present], present: next, future, lastAt: 0 };
    }
    case "reset":
      return { past: [], present: action.value, future: [], lastAt: 0 };
  }
}

/** A value with an in-memory undo/redo history. Edits sharing a `key` within a second count as one step. */
export function useUndoable<T>(initial: T) {
  const [state, dispatch] = useReducer(reducer<T>, { past: [], present: initial, future: [], lastAt: 0 });
  const set = useCallback((value: T, key?: string) => dispatch({ type: "set", value, key, at: Date.now() }), []);
  const undo = useCallback(() => dispatch({ type: "undo" }), []);
  const redo = useCallback(() => dispatch({ type: "redo" }), []);
  const reset = useCallback((value: T) => dispatch({ type: "reset", value }), []);
  return {
    value: state.present,
    set,
    undo,
    redo,
    reset,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
  };
}
