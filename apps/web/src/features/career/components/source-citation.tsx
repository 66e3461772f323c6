import type { DataSource } from "@hirefolio/shared";

/** The data sets and periods behind a card's figures, so every number can be traced. */
export function SourceCitation({ sources }: { sources: DataSource[] }) {
  const unique = sources.filter((source, index) => sources.findIndex((s) => s.dataset === source.dataset) === index);
  return (
    <p className="mt-4 border-t border-slate-100 pt-3 text-xs text-slate-500">
      Source:{" "}
      {unique.map((source, index) => (
        <span key={source.dataset} title={source.citation}>
          {index > 0 && " · "}
          {source.dataset} ({source.period})
        </span>
      ))}
    </p>
  );
}
