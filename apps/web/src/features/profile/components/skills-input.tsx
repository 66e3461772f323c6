"use client";

import { AnimatePresence, motion } from "motion/react";
import { type KeyboardEvent, useId, useState } from "react";
import { PlusIcon, XIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/form-field";
import { cx } from "@/lib/class-names";

const maxSkillLength = 60;

interface SkillsInputProps {
  skills: string[];
  onChange: (skills: string[]) => void;
  error?: string;
  label?: string;
  hint?: string;
  placeholder?: string;
  /** Names the list of chips for screen readers. */
  listLabel?: string;
  /** The input's id, when something else must find it. */
  id?: string;
}

/** Skills as removable chips; Enter or comma adds what's typed, duplicates are ignored regardless of case. */
export function SkillsInput({
  skills,
  onChange,
  error,
  label = "Skills",
  hint = "Press Enter to add a skill. Employers search by these.",
  placeholder = "e.g. TypeScript",
  listLabel = "Your skills",
  id: givenId,
}: SkillsInputProps) {
  const [draft, setDraft] = useState("");
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;

  const add = () => {
    const skill = draft.trim().replace(/,+$/, "").slice(0, maxSkillLength);
    if (skill && !skills.some((existing) => existing.toLowerCase() === skill.toLowerCase())) {
      onChange([...skills, skill]);
    }
    setDraft("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add();
    }
  };

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          maxLength={maxSkillLength}
          placeholder={placeholder}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          className={cx(
            controlClasses,
            "h-10 border-slate-300 focus:border-brand-600 focus:ring-brand-500/25",
            error && "border-rose-400",
          )}
        />
        <Button variant="secondary" onClick={add} disabled={!draft.trim()}>
          <PlusIcon />
          Add
        </Button>
      </div>
      <p id={hintId} className={cx("text-sm", error ? "text-rose-700" : "text-slate-600")}>
        {error ?? hint}
      </p>
      {skills.length > 0 && (
        <ul aria-label={listLabel} className="flex flex-wrap gap-2 pt-1">
          <AnimatePresence initial={false}>
            {skills.map((skill) => (
              <motion.li
                key={skill}
                layout
                initial={{ opacity: 0, scale: 0.9 }}
                animate={{ opacity: 1, scale: 1 }}
                exit={{ opacity: 0, scale: 0.9 }}
                transition={{ duration: 0.15 }}
                className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pr-1 pl-3 text-sm font-medium text-brand-800 ring-1 ring-brand-200"
              >
                {skill}
                <button
                  type="button"
                  onClick={() => onChange(skills.filter((s) => s !== skill))}
                  className="grid size-5 place-items-center rounded-full text-brand-600 hover:bg-brand-100 hover:text-brand-900"
                >
                  <XIcon className="size-3.5" />
                  <span className="sr-only">Remove {skill}</span>
                </button>
              </motion.li>
            ))}
          </AnimatePresence>
        </ul>
      )}
    </div>
  );
}
