"use client";

import type { OccupationRef } from "@hirefolio/shared";
import { useEffect, useId, useState } from "react";
import { SearchIcon } from "@/components/icons";
import { controlClasses } from "@/components/ui/form-field";
import { Spinner } from "@/components/ui/spinner";
import { useDebouncedValue } from "@/features/jobs/hooks/use-debounced-value";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useOccupationSearch } from "../api";

interface OccupationPickerProps {
  label: string;
  value: OccupationRef | null;
  onChange: (occupation: OccupationRef) => void;
  /** Typed into the box before the person does anything, e.g. their profile's target role. */
  initialQuery?: string;
}

/** A type-ahead over O*NET occupations: searches as the person types and shows why each one matched. */
export function OccupationPicker({ label, value, onChange, initialQuery = "" }: OccupationPickerProps) {
  const id = useId();
  const [text, setText] = useState(value?.title ?? initialQuery);
  const [open, setOpen] = useState(false);
  // A choice made elsewhere (e.g. "Set as target" on a next role) shows up in the box too.
  const [shownCode, setShownCode] = useState(value?.code);
  if (value && value.code !== shownCode) {
    setShownCode(value.code);
    setText(value.title);
  }
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text, 200);
  const search = useOccupationSearch(query);
  const items = search.data?.items ?? [];
  const listId = `${id}-list`;

  // A prefill from the profile picks its best match, so the explorer shows data before anything is typed.
  // Only while the box still holds the prefill: a late answer must never overwrite what the person typed.
  const bestPrefillMatch =
    initialQuery && !value && text === initialQuery && query === initialQuery ? items[0] : undefined;
  useEffect(() => {
    if (bestPrefillMatch) {
      onChange(bestPrefillMatch);
      setText(bestPrefillMatch.title);
    }
  }, [bestPrefillMatch, onChange]);

  function choose(occupation: OccupationRef) {
    onChange(occupation);
    setText(occupation.title);
    setOpen(false);
  }

  return (
    <div className="relative space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="relative">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
        <input
          id={id}
          role="combobox"
          aria-expanded={open && items.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && items[active] ? `${id}-${items[active].code}` : undefined}
          autoComplete="off"
          placeholder="Type a job title, e.g. frontend developer"
          className={cx(
            controlClasses,
            "h-10 border-slate-300 pr-9 pl-9 hover:border-slate-400 focus:border-brand-600 focus:ring-brand-500/25",
          )}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, items.length - 1));
            else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
            else if (event.key === "Enter" && open && items[active]) {
              event.preventDefault();
              choose(items[active]);
            } else if (event.key === "Escape") setOpen(false);
          }}
        />
        {search.isFetching && <Spinner className="absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-400" />}
      </div>
      {value && (
        <p className="text-xs text-slate-500">
          Selected: <span className="font-medium text-slate-700">{value.title}</span> · {value.code}
        </p>
      )}
      {open && query.trim().length >= 2 && (
        <div
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {search.error ? (
            <p className="px-3 py-2 text-sm text-rose-700">{errorMessage(search.error)}</p>
          ) : items.length === 0 ? (
            <p className="px-3 py-2 text-sm text-slate-600">
              {search.isFetching ? "Searching…" : "No occupation matches that title."}
            </p>
          ) : (
            items.map((item, index) => (
              <div
                key={item.code}
                id={`${id}-${item.code}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className={cx("cursor-pointer px-3 py-2", index === active && "bg-brand-50")}
                onMouseEnter={() => setActive(index)}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(item);
                }}
              >
                <div className="flex items-baseline justify-between gap-3">
                  <span className="text-sm font-medium text-slate-900">{item.title}</span>
                  <span className="shrink-0 font-mono text-xs text-slate-500">{item.code}</span>
                </div>
                {item.matchedTitle !== item.title && (
                  <p className="text-xs text-slate-500">Matched “{item.matchedTitle}”</p>
                )}
              </div>
            ))
          )}
        </div>
      )}
    </div>
  );
}
