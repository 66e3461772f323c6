export type IcsErrorCode = "too-large" | "too-many-events" | "too-many-occurrences" | "malformed";

/** Why an iCalendar text was refused, with the 1-based line of the problem where there is one. */
export class IcsParseError extends Error {
  constructor(
    readonly code: IcsErrorCode,
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "IcsParseError";
  }
}
