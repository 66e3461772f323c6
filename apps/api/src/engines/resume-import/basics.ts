import type { ResumeDocumentInput } from "@hirefolio/shared";
import { parseDateRange } from "./dates";
import { emailPattern, gridColumns, isBodyText, isLocation, isUrl, phonePattern } from "./entries";
import { paragraphsOf, webUrl } from "./section-entries";
import { knownHeading } from "./sections";
import { type Line, lineText } from "./text-lines";

type Basics = NonNullable<ResumeDocumentInput["basics"]>;
type Profile = NonNullable<Basics["profiles"]>[number];

const networks: Record<string, string> = {
  linkedin: "LinkedIn",
  github: "GitHub",
  gitlab: "GitLab",
  stackoverflow: "StackOverflow",
  twitter: "Twitter",
  x: "X",
  dribbble: "Dribbble",
  behance: "Behance",
  medium: "Medium",
  instagram: "Instagram",
  facebook: "Facebook",
  youtube: "YouTube",
  mastodon: "Mastodon",
  bitbucket: "Bitbucket",
  kaggle: "Kaggle",
  xing: "XING",
};
const networkOf = (text: string) => networks[text.toLowerCase().replace(/[^a-z]/g, "")];

/** The pieces of a contact line: cells, then text between separators such as "|" and "•". */
const piecesOf = (lines: Line[]) =>
  lines
    .flatMap((l) => l.cells.flatMap((c) => c.text.split(/\s+[|•·◦⋅]\s+|\s{2,}/)))
    .map((p) => p.trim())
    .filter(Boolean);

function looksLikeName(text: string) {
  const words = text.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    /^[\p{Lu}][\p{L}'’.-]*(\s+[\p{L}'’.-]+)+$/u.test(text) &&
    !knownHeading(text) &&
    !/\b(resume|curriculum|vitae|cv)\b/i.test(text)
  );
}

function locationOf(text: string): Basics["location"] {
  const [city, second] = text.split(/,\s*/);
  const postal = second?.match(/^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/);
  if (postal) return { city, region: postal[1], postalCode: postal[2] };
  return { city: city?.slice(0, 200), ...(second ? { region: second.slice(0, 200) } : {}) };
}

/** A profile from a link ("github.com/jane") or null when the link is a personal site. */
function profileFromUrl(text: string): Profile | undefined {
  const url = webUrl(text);
  if (!url) return undefined;
  const { hostname, pathname } = new URL(url);
  const network = networkOf(hostname.replace(/^www\./, "").split(".")[0] ?? "");
  if (!network) return undefined;
  const username = pathname.split("/").filter((p) => p && p !== "in")[0];
  return { network, url, ...(username ? { username } : {}) };
}

/** Profiles listed as username and network name on separate lines or cells, or as links. */
export function profilesOf(lines: Line[]): Profile[] {
  const profiles: Profile[] = [];
  for (const piece of gridColumns(lines).flatMap(piecesOf)) {
    const labelled = piece.match(/^([A-Za-z ]{1,20}):\s*(\S+)$/);
    const last = profiles.at(-1);
    if (labelled && networkOf(labelled[1]!)) {
      const fromUrl = isUrl(labelled[2]!) ? profileFromUrl(labelled[2]!) : undefined;
      profiles.push(fromUrl ?? { network: networkOf(labelled[1]!), username: labelled[2]! });
    } else if (isUrl(piece) && profileFromUrl(piece)) profiles.push(profileFromUrl(piece)!);
    else if (networkOf(piece)) {
      if (last && !last.network && last.username) last.network = networkOf(piece);
      else profiles.push({ network: networkOf(piece) });
    } else if (/^@?[\w.-]{2,40}$/.test(piece)) {
      if (last?.network && !last.username) last.username = piece.replace(/^@/, "");
      else profiles.push({ username: piece.replace(/^@/, "") });
    }
  }
  return profiles.filter((p) => p.network).slice(0, 20);
}

const isContactLine = (line: Line) =>
  piecesOf([line]).some((p) => emailPattern.test(p) || isUrl(p) || isLocation(p) || phonePattern.test(p));

/**
 * Name, headline and contact details from the lines above the first heading (and a contact section): the name is
 * the largest name-like text, the headline the short line under it.
 */
export function basicsOf(preamble: Line[], contact: Line[], profiles: Line[]) {
  const lines = [...preamble, ...contact];
  const nameLine = lines
    .filter((l) => l.cells.length === 1 && looksLikeName(lineText(l)))
    .reduce<Line | undefined>((best, l) => (!best || l.fontSize > best.fontSize + 0.1 ? l : best), undefined);
  const basics: Basics = {};
  if (nameLine) basics.name = lineText(nameLine).slice(0, 200);

  const used = new Set<Line>(nameLine ? [nameLine] : []);
  const afterName = nameLine ? lines.slice(lines.indexOf(nameLine) + 1) : [];
  // The headline is the first short phrase after the name; contact details and handles may come in between
  // (a sidebar's preamble is read before the main column's).
  let label: string | undefined;
  let labelLine: Line | undefined;
  for (const l of afterName) {
    const text = lineText(l);
    const wraps =
      labelLine && lines[lines.indexOf(l) - 1] === labelLine && !l.startsParagraph && l.fontSize === labelLine.fontSize;
    if (wraps && !isContactLine(l) && l.cells.length === 1) {
      label = `${label} ${text}`;
      labelLine = l;
      used.add(l);
      continue;
    }
    // A lone lower-case word is a handle ("johndoe") beside the name, not a headline.
    if (isContactLine(l) || /^@?[a-z0-9_.-]+$/.test(text)) {
      if (label === undefined) continue;
      break;
    }
    if (l.cells.length > 1 || text.split(/\s+/).length > 10 || parseDateRange(text) || isBodyText(text)) break;
    if (label !== undefined) break;
    label = text;
    labelLine = l;
    used.add(l);
  }
  if (label) basics.label = label.slice(0, 200);

  const summaryLines: Line[] = [];
  const links: Profile[] = [];
  for (const l of lines) {
    if (used.has(l)) continue;
    const continues = !l.startsParagraph && summaryLines.at(-1) === lines[lines.indexOf(l) - 1];
    if (!isContactLine(l) && (continues || isBodyText(lineText(l)))) {
      summaryLines.push(l);
      continue;
    }
    for (const piece of piecesOf([l])) {
      const email = piece.replace(/^mailto:/i, "").match(emailPattern)?.[0];
      const digits = piece.replace(/\D/g, "").length;
      if (email) basics.email ??= email.slice(0, 254);
      else if (isUrl(piece)) {
        const profile = profileFromUrl(piece);
        if (profile) links.push(profile);
        else basics.url ??= webUrl(piece);
      } else if (phonePattern.test(piece) && digits >= 7 && digits <= 15 && !parseDateRange(piece))
        basics.phone ??= piece.replace(/^(phone|tel|mobile)[:.]?\s*/i, "").slice(0, 60);
      else if (isLocation(piece)) basics.location ??= locationOf(piece);
    }
  }
  if (summaryLines.length) basics.summary = paragraphsOf(summaryLines).join(" ").slice(0, 5000);
  const listed = [...links, ...profilesOf(profiles)];
  const unique = listed.filter((p, i) => listed.findIndex((q) => q.network === p.network) === i);
  if (unique.length) basics.profiles = unique;
  return basics;
}
