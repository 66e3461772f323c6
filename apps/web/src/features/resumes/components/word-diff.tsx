import type { ResumeChange } from "@hirefolio/shared";
import { cx } from "@/lib/class-names";

function asText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 1);
}

/** A change's before and after; texts that align show word by word what was added and removed. */
export function WordDiff({ change }: { change: ResumeChange }) {
  if (change.words) {
    return (
      <p className="text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-800">
        {change.words.map((word, index) =>
          word.added ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the words of one diff never reorder
            <ins key={index} className="rounded bg-emerald-100 px-0.5 text-emerald-900 no-underline">
              <span className="sr-only">added: </span>
              {word.value}
            </ins>
          ) : word.removed ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <del key={index} className="rounded bg-rose-100 px-0.5 text-rose-900 decoration-rose-400">
              <span className="sr-only">removed: </span>
              {word.value}
            </del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <span key={index}>{word.value}</span>
          ),
        )}
      </p>
    );
  }
  const before = asText(change.before);
  const after = asText(change.after);
  return (
    <div className="space-y-1 text-sm">
      {before && (
        <p className={cx("rounded bg-rose-50 px-2 py-1 break-words whitespace-pre-wrap text-rose-900")}>
          <span className="sr-only">Before: </span>
          <del className="decoration-rose-300">{before}</del>
        </p>
      )}
      {after && (
        <p className="rounded bg-emerald-50 px-2 py-1 break-words whitespace-pre-wrap text-emerald-900">
          <span className="sr-only">After: </span>
          <ins className="no-underline">{after}</ins>
        </p>
      )}
    </div>
  );
}
