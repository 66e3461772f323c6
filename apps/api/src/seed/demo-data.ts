import type { CreateJob } from "@hirefolio/shared";

export const demoPassword = "hirefolio-demo";

export const demoUsers = {
  recruiter: { name: "Riley Morgan", email: "recruiter@demo.hirefolio.dev", role: "recruiter" },
  interviewer1: { name: "Sam Patel", email: "interviewer1@demo.hirefolio.dev", role: "recruiter" },
  interviewer2: { name: "Alex Kim", email: "interviewer2@demo.hirefolio.dev", role: "recruiter" },
  candidate: { name: "Casey Jordan", email: "candidate@demo.hirefolio.dev", role: "candidate" },
  candidate2: { name: "Jamie Rivera", email: "jamie@demo.hirefolio.dev", role: "candidate" },
  admin: { name: "Ada Admin", email: "admin@demo.hirefolio.dev", role: "candidate" },
} as const;

export const demoEmployer = { name: "Northwind Labs", website: "https://northwind.example" };

export const demoJobs: CreateJob[] = [
  {
    title: "Senior Full-Stack Engineer",
    description:
      "Build the product our customers use every day with TypeScript, React and Node.js on PostgreSQL. You will own features end to end, from design review to production metrics, mentor engineers, and improve our CI and observability. Must have: 5+ years of TypeScript or JavaScript, React, Node.js, SQL. Nice to have: Kubernetes, AWS, GraphQL.",
    location: "Berlin, Germany",
    workplace: "hybrid",
    salaryMin: 85_000,
    salaryMax: 110_000,
    salaryCurrency: "EUR",
    status: "open",
  },
  {
    title: "Data Analyst",
    description:
      "Turn product and sales data into decisions. SQL, Python and dashboards in Metabase; work with product managers on experiments and A/B tests.",
    location: "Remote (EU time zones)",
    workplace: "remote",
    salaryMin: 55_000,
    salaryMax: 70_000,
    salaryCurrency: "EUR",
    status: "open",
  },
  {
    title: "Engineering Manager, Platform",
    description: "Lead the platform team of six engineers: developer experience, infrastructure and reliability.",
    location: "Berlin, Germany",
    workplace: "onsite",
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: "EUR",
    status: "draft",
  },
];

export const demoProfile = {
  headline: "Full-stack developer who ships accessible web apps",
  location: "Hamburg, Germany",
  timezone: "Europe/Berlin",
  targetRole: "Senior Full-Stack Engineer",
  skills: ["TypeScript", "React", "Node.js", "PostgreSQL", "Docker"],
};
