import { placeholderPattern } from "../apply-suggestion";

/** The text with placeholders such as "[N]" marked, so the user sees what still needs a real figure. */
export function PlaceholderText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${placeholderPattern.source})`));
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder
          <mark key={index} className="rounded bg-amber-200 px-0.5 font-medium text-amber-950">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
