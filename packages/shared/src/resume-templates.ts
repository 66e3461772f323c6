import { z } from "zod";
import type { ResumeSection } from "./resume";

/** Sections a template can place; `basics` is the summary (the contact block always opens the resume). */
export type TemplateSection = Exclude<ResumeSection, "meta">;

export interface ResumeTemplate {
  id: IndustryTemplateId;
  name: string;
  industry: string;
  description: string;
  /** Single column, top to bottom. Sections left out are not rendered. */
  sectionOrder: TemplateSection[];
  /** Standard names only: exact-match parsers miss custom titles such as "Relevant Experience". */
  headings: Record<TemplateSection, string>;
  guidance: string[];
  /** Headings and rules; body text stays black for contrast. */
  accent: `#${string}`;
}

const standardHeadings: Record<TemplateSection, string> = {
  basics: "Summary",
  work: "Experience",
  volunteer: "Volunteer Experience",
  education: "Education",
  awards: "Awards",
  certificates: "Certifications",
  publications: "Publications",
  skills: "Skills",
  languages: "Languages",
  interests: "Interests",
  references: "References",
  projects: "Projects",
};

export const industryTemplateIds = [
  "software-engineering",
  "data-analytics",
  "finance",
  "healthcare",
  "creative-design",
  "academic-research",
] as const;
export type IndustryTemplateId = (typeof industryTemplateIds)[number];
/**
 * The templates that can be rendered. Named apart from `resumeTemplateIdSchema` in ./resume, which accepts any
 * well-formed id for storage so that templates can be added without rejecting saved resumes.
 */
export const industryTemplateIdSchema = z.enum(industryTemplateIds);

export const resumeTemplates: ResumeTemplate[] = [
  {
    id: "software-engineering",
    name: "Software Engineering",
    industry: "Software engineering",
    description: "Skills near the top, then experience and projects; suits engineers, SREs and engineering managers.",
    sectionOrder: ["basics", "skills", "work", "projects", "education", "certificates", "awards", "languages"],
    headings: standardHeadings,
    guidance: [
      "Name the languages, frameworks and cloud services exactly as the job description spells them.",
      "Lead each bullet with an action verb and end it with a measured result (latency, cost, users, uptime).",
      "Describe scope: team size, traffic, data volume or the systems you owned.",
      "List open-source work and side projects under Projects with a link.",
    ],
    accent: "#1f4e79",
  },
  {
    id: "data-analytics",
    name: "Data & Analytics",
    industry: "Data science and analytics",
    description: "Technical skills first, then experience and projects that show analyses and their business impact.",
    sectionOrder: ["basics", "skills", "work", "projects", "education", "certificates", "publications", "languages"],
    headings: { ...standardHeadings, skills: "Technical Skills" },
    guidance: [
      "Name tools and methods precisely: SQL dialect, Python libraries, BI tools, statistical methods.",
      "Tie every analysis to a decision it changed or the money or time it saved.",
      "Give data sizes and sources so the scale of your work is clear.",
      "Put certifications such as cloud data or analytics credentials under Certifications with the issuer.",
    ],
    accent: "#0b6e4f",
  },
  {
    id: "finance",
    name: "Finance",
    industry: "Finance, banking and accounting",
    description: "Conservative layout; experience and education first, licences and certifications prominent.",
    sectionOrder: ["basics", "work", "education", "certificates", "skills", "awards", "languages"],
    headings: standardHeadings,
    guidance: [
      "Quantify with amounts: assets managed, deal sizes, budgets, savings, error rates.",
      "Spell out licences and designations in full once, with the acronym (Chartered Financial Analyst (CFA)).",
      "Mention regulations and standards you worked under, such as GAAP, IFRS or SOX.",
      "Keep it to one page early in your career and use plain, formal wording.",
    ],
    accent: "#2b2d42",
  },
  {
    id: "healthcare",
    name: "Healthcare",
    industry: "Healthcare and clinical roles",
    description: "Licences and certifications right after the summary; clinical experience and education follow.",
    sectionOrder: ["basics", "certificates", "work", "education", "skills", "volunteer", "languages"],
    headings: { ...standardHeadings, certificates: "Licenses and Certifications" },
    guidance: [
      "List each licence with its issuing board, number where expected, and expiry date.",
      "Name the care settings, units and patient populations you worked with.",
      "Include the EHR systems you used, such as Epic or Cerner, under Skills.",
      "Quantify outcomes: patient load, readmission rates, audit scores, training delivered.",
    ],
    accent: "#005f73",
  },
  {
    id: "creative-design",
    name: "Creative & Design",
    industry: "Design, marketing and creative roles",
    description: "Projects right after experience so portfolio work is easy to find, in a single ATS-safe column.",
    sectionOrder: ["basics", "work", "projects", "skills", "education", "awards", "languages"],
    headings: standardHeadings,
    guidance: [
      "Link your portfolio in the contact line; the file itself stays plain text for the ATS.",
      "Name the design tools and methods you use exactly (Figma, Adobe Illustrator, user research).",
      "Describe each project by its goal, your role and a result such as conversion or engagement.",
      "Keep visual flair for the portfolio: icons and columns in a resume confuse parsers.",
    ],
    accent: "#8e3b46",
  },
  {
    id: "academic-research",
    name: "Academic & Research",
    industry: "Academia and research",
    description: "Education and publications first, then research and teaching experience, awards and grants.",
    sectionOrder: ["basics", "education", "publications", "work", "awards", "projects", "skills", "languages"],
    headings: { ...standardHeadings, awards: "Honors and Awards" },
    guidance: [
      "List publications in a consistent citation style, newest first.",
      "Name your research methods, instruments and software so keyword searches find them.",
      "Give grants with the funder and amount, and teaching with the course and number of students.",
      "Put your thesis title and advisor under Education.",
    ],
    accent: "#4a3f8c",
  },
];

const byId = new Map(resumeTemplates.map((template) => [template.id, template]));

/** Resumes store any well-formed template id; an unknown one renders with the default template. */
export function getResumeTemplate(id: string | undefined): ResumeTemplate {
  return byId.get(id as IndustryTemplateId) ?? (byId.get("software-engineering") as ResumeTemplate);
}

export const resumeTemplateSchema = z.object({
  id: industryTemplateIdSchema,
  name: z.string(),
  industry: z.string(),
  description: z.string(),
  sectionOrder: z.array(z.string()),
  headings: z.record(z.string(), z.string()),
  guidance: z.array(z.string()),
  accent: z.string(),
});

export const resumeExportQuerySchema = z.object({
  template: industryTemplateIdSchema.optional().describe("Defaults to the resume's own template"),
  paper: z.enum(["letter", "a4"]).default("letter"),
});
export type ResumeExportQuery = z.infer<typeof resumeExportQuerySchema>;
