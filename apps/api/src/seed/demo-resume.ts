import type { CreateResume } from "@hirefolio/shared";

/**
 * Casey's resume: solid, but with the gaps the ATS check is built to find (a vague bullet, one without a
 * figure, no Kubernetes mention for the flagship job), so a first look at the builder shows the score rise.
 */
export const demoResume: CreateResume = {
  title: "Casey Jordan — Full-Stack",
  templateId: "software-engineering",
  document: {
    basics: {
      name: "Casey Jordan",
      label: "Full-Stack Developer",
      email: "candidate@demo.hirefolio.dev",
      phone: "+49 40 5550 1234",
      url: "https://casey.example",
      summary:
        "Full-stack developer with six years of experience shipping accessible web apps in TypeScript, React and Node.js.",
      location: { city: "Hamburg", countryCode: "DE" },
      profiles: [{ network: "GitHub", username: "caseyjordan", url: "https://github.com/caseyjordan" }],
    },
    work: [
      {
        name: "Hanse Logistics",
        position: "Senior Software Engineer",
        location: "Hamburg",
        startDate: "2021-04",
        highlights: [
          "Led the rebuild of the shipment tracking app in React and TypeScript, cutting page load time by 45%.",
          "Designed a Node.js event pipeline on PostgreSQL that processes 2 million tracking events a day.",
          "Responsible for code reviews and mentoring of junior developers.",
        ],
      },
      {
        name: "Brightside Studio",
        position: "Full-Stack Developer",
        location: "Berlin",
        startDate: "2018-09",
        endDate: "2021-03",
        highlights: [
          "Built booking and payment flows for 12 client projects with React, Express and Stripe.",
          "Helped with migrating the deployment to Docker containers.",
        ],
      },
    ],
    education: [
      {
        institution: "Universität Hamburg",
        studyType: "Bachelor of Science",
        area: "Computer Science",
        startDate: "2014-10",
        endDate: "2018-07",
      },
    ],
    skills: [
      { name: "Languages", keywords: ["TypeScript", "JavaScript", "SQL"] },
      { name: "Frameworks", keywords: ["React", "Node.js", "Express", "Next.js"] },
      { name: "Tools", keywords: ["PostgreSQL", "Docker", "Git", "GitHub Actions"] },
    ],
    certificates: [{ name: "AWS Certified Developer – Associate", issuer: "Amazon Web Services", date: "2022-05" }],
    languages: [
      { language: "German", fluency: "Native" },
      { language: "English", fluency: "Fluent (C1)" },
    ],
    volunteer: [],
    awards: [],
    publications: [],
    interests: [],
    references: [],
    projects: [],
  },
};
