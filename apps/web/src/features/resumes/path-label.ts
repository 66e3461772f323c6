import { parsePath } from "./resume-paths";

const sectionNames: Record<string, string> = {
  basics: "Basics",
  work: "Work",
  education: "Education",
  skills: "Skills",
  projects: "Projects",
  certificates: "Certificates",
  volunteer: "Volunteering",
  awards: "Awards",
  languages: "Languages",
};

const fieldNames: Record<string, string> = {
  label: "headline",
  name: "name",
  url: "website",
  countryCode: "country",
  studyType: "degree",
  area: "field of study",
  startDate: "start date",
  endDate: "end date",
  highlights: "bullet",
  keywords: "keyword",
};

/** A readable name for a resume path: "work[0].highlights[2]" → "Work 1 · bullet 3". */
export function describePath(path: string): string {
  const parts: string[] = [];
  const segments = parsePath(path);
  segments.forEach((segment, index) => {
    if (index === 0) {
      parts.push(sectionNames[segment as string] ?? String(segment));
    } else if (typeof segment === "number") {
      const previous = parts.pop() ?? "";
      parts.push(`${previous} ${segment + 1}`);
    } else if (segment !== "location") {
      const next = segments[index + 1];
      const name = fieldNames[segment] ?? segment;
      parts.push(typeof next === "number" || segment !== "highlights" ? name : "bullets");
    }
  });
  return parts.join(" · ");
}
