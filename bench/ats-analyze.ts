/**
 * ATS analyser speed: builds the vocabulary index once, then analyses a two-page (~900-word) resume against a
 * ~600-word job description 500 times. Target: p95 under 30 ms.
 *
 *   node --import tsx bench/ats-analyze.ts
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AtsResumeInput } from "@hirefolio/shared";
import { analyzeResume } from "../apps/api/src/engines/ats/analyze-resume";
import { countWords } from "../apps/api/src/engines/ats/normalise";
import { collectResumeFields } from "../apps/api/src/engines/ats/resume-text";
import { buildVocabularyIndex } from "../apps/api/src/engines/ats/vocabulary-index";
import { loadAtsReferenceData, repoRoot } from "./data/ats-vocabulary";

const RUNS = 500;
const WARM_UP = 50;
const TARGET_P95_MS = 30;

const loaded = await loadAtsReferenceData();
const coldStarted = performance.now();
let index = buildVocabularyIndex(loaded.vocabulary, loaded.jobTitles);
const coldBuildMs = performance.now() - coldStarted;
const buildTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  index = buildVocabularyIndex(loaded.vocabulary, loaded.jobTitles);
  buildTimes.push(performance.now() - started);
}

const jobDescription = readFileSync(
  path.join(repoRoot, "bench/data/job-descriptions/01-software-engineer.txt"),
  "utf8",
);
const resume = twoPageResume();
const resumeWords = collectResumeFields(resume).reduce((sum, f) => sum + countWords(f.text), 0);

const actionVerbs = loaded.actionVerbs;
let result = analyzeResume({ resume, jobDescription, index, actionVerbs });
for (let i = 0; i < WARM_UP; i++) result = analyzeResume({ resume, jobDescription, index, actionVerbs });
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  result = analyzeResume({ resume, jobDescription, index, actionVerbs });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const ms = (n: number) => Number(n.toFixed(3));

console.log(`\nATS analyser (vocabulary: ${loaded.source})`);
console.table([
  { what: "reference data read + validate (ms)", value: ms(loaded.loadMs) },
  { what: "index build, first (cold) (ms)", value: ms(coldBuildMs) },
  { what: "index build, median of 5 more (ms)", value: ms(buildTimes.sort((a, b) => a - b)[2]!) },
  { what: "indexed phrases", value: index.phraseCount },
  { what: "resume words", value: resumeWords },
  { what: "job description words", value: countWords(jobDescription) },
  { what: `analyze p50 over ${RUNS} runs (ms)`, value: ms(at(0.5)) },
  { what: "analyze p95 (ms)", value: ms(at(0.95)) },
  { what: "analyze p99 (ms)", value: ms(at(0.99)) },
  { what: "analyze max (ms)", value: ms(times.at(-1)!) },
  { what: "score", value: result.score },
  {
    what: "keywords matched / missing",
    value: `${result.keywords.matched.length} / ${result.keywords.missing.length}`,
  },
  { what: "checks / suggestions", value: `${result.checks.length} / ${result.suggestions.length}` },
]);
console.log(`p95 ${ms(at(0.95))} ms (target under ${TARGET_P95_MS} ms): ${at(0.95) < TARGET_P95_MS ? "ok" : "MISSED"}`);
if (at(0.95) >= TARGET_P95_MS) process.exitCode = 1;

/** A realistic two-page resume of about 900 words: five roles, 33 bullets, volunteering, projects and skills. */
function twoPageResume(): AtsResumeInput {
  const role = (
    name: string,
    position: string,
    startDate: string,
    endDate: string | undefined,
    highlights: string[],
  ) => ({
    name,
    position,
    startDate,
    ...(endDate ? { endDate } : {}),
    summary: `${name} builds software for customers in logistics, retail and finance across North America. The engineering organisation works in small product teams that own their services end to end, from design through on-call.`,
    highlights,
  });
  return {
    basics: {
      name: "Jordan Alvarez",
      label: "Senior Backend Software Engineer",
      email: "jordan.alvarez@example.com",
      phone: "+1 (312) 555-0142",
      url: "https://jordanalvarez.example.com",
      summary:
        "Backend software engineer with ten years of experience building distributed systems in Java, Kotlin and Go. I have led teams through migrations to Kubernetes on AWS, cut cloud spend, and shipped event-driven platforms on Apache Kafka that process millions of messages a day. Detail-oriented team player who enjoys mentoring engineers and writing clear design documents.",
      location: { city: "Chicago", region: "Illinois", countryCode: "US" },
      profiles: [{ network: "LinkedIn", username: "jalvarez", url: "https://www.linkedin.com/in/jalvarez" }],
    },
    work: [
      role("Freightline", "Senior Software Engineer", "2021-04", undefined, [
        "Designed a load-matching service in Kotlin and Spring Boot that assigns 40,000 shipments a day to carriers",
        "Led the migration of 35 services from virtual machines to Kubernetes on AWS with zero customer-facing downtime",
        "Cut p99 latency of the pricing API from 1.2 s to 180 ms by adding Redis caching and query tuning in PostgreSQL",
        "Introduced contract testing for REST APIs, which reduced integration incidents by 45% over two quarters",
        "Mentored five engineers through code reviews, design documents and on-call shadowing",
        "Responsible for the on-call rotation and incident reviews for the dispatch domain",
        "Partnered with product and design to launch carrier self-service onboarding, which now handles 70% of sign-ups",
        "Wrote the service template that 12 teams use to start new Kotlin services with tracing, metrics and alerts",
      ]),
      role("Cartwheel Commerce", "Software Engineer II", "2018-02", "2021-03", [
        "Built an order event pipeline on Apache Kafka that processes 3 million messages a day with exactly-once delivery",
        "Rewrote the checkout service in Java, raising throughput from 300 to 2,100 requests per second",
        "Automated deployments with Jenkins and Docker, shortening release time from two days to forty minutes",
        "Worked on the payments team to add support for Apple Pay and Google Pay",
        "Improved search relevance for the product catalogue",
        "Added feature flags and canary releases to the checkout service, halving rollbacks in the first quarter",
        "Ran weekly architecture reviews for the payments guild and documented decisions as lightweight ADRs",
      ]),
      role("Brightpath Health", "Software Engineer", "2016-01", "2018-01", [
        "Developed HL7 and FHIR integrations that connect 60 clinics to the scheduling platform",
        "Designed PostgreSQL schemas for appointment data and cut report generation time by 70%",
        "Helped with the migration from Python 2 to Python 3 across twelve services",
        "Wrote unit tests and integration tests that raised coverage from 35% to 80%",
        "Created internal tools for support staff to look up patient appointments",
        "Built a reminder service that sends 50,000 SMS and email reminders a week, cutting no-shows by 18%",
        "Moved the clinic directory to Elasticsearch so front-desk staff find providers in under a second",
      ]),
      role("Lakeshore Bank", "Junior Developer", "2014-06", "2015-12", [
        "Maintained account statement batch jobs written in Java and Oracle PL/SQL",
        "Reduced nightly batch failures by 60% by adding retries and alerting",
        "Built a small internal dashboard in React for the operations team",
        "Participated in the move from SVN to Git for a team of 25 developers",
        "Documented runbooks for the statement pipeline",
        "Tuned Oracle queries behind the teller dashboard, cutting its load time from 9 seconds to 2",
      ]),
      role("University IT Services", "Student Developer", "2012-09", "2014-05", [
        "Developed a room booking web app in PHP and MySQL used by 4,000 students each term",
        "Answered help desk tickets and fixed bugs in the course registration system",
        "Automated account provisioning scripts in Bash and Python",
        "Trained three new student developers",
        "Migrated the booking database to a new server",
      ]),
    ],
    education: [
      {
        institution: "University of Illinois Chicago",
        area: "Computer Science",
        studyType: "Bachelor of Science",
        startDate: "2010-08",
        endDate: "2014-05",
        courses: ["Distributed Systems", "Database Systems", "Algorithms and Data Structures"],
      },
    ],
    skills: [
      { name: "Languages", keywords: ["Java", "Kotlin", "Go", "Python", "SQL", "TypeScript", "Bash"] },
      { name: "Platforms", keywords: ["AWS", "Kubernetes", "Docker", "Apache Kafka", "PostgreSQL", "Redis", "Linux"] },
      { name: "Practices", keywords: ["microservices", "CI/CD", "unit testing", "observability", "Agile"] },
    ],
    volunteer: [
      {
        organization: "Code Your Future Chicago",
        position: "Volunteer Mentor",
        startDate: "2019-01",
        summary: "Free coding courses for refugees and people from low-income backgrounds.",
        highlights: [
          "Mentored 14 students through a 28-week web development course; 11 now work as developers",
          "Designed a Git and code review workshop that the charity now runs in three cities",
        ],
      },
    ],
    projects: [
      {
        name: "Open-source Kafka consumer library",
        description: "A Kotlin library for idempotent Kafka consumers with retries and dead-letter queues.",
        highlights: [
          "Published a library with 1,200 GitHub stars that several logistics companies run in production",
          "Wrote benchmarks comparing three retry strategies under 10,000 messages per second",
        ],
      },
      {
        name: "Freight rate estimator",
        description: "A side project that predicts spot freight rates from public load-board data.",
        highlights: [
          "Trained a gradient-boosted model in Python on 2 years of lane data with a median error of 6%",
          "Served predictions from a small Go API deployed on Google Cloud Run for under $5 a month",
        ],
      },
    ],
    languages: [
      { language: "English", fluency: "Native speaker" },
      { language: "Spanish", fluency: "Professional working proficiency" },
    ],
    interests: [{ name: "Cycling", keywords: ["Gravel racing", "Bike maintenance", "Route planning"] }],
    certificates: [
      { name: "AWS Certified Solutions Architect - Associate", issuer: "Amazon Web Services", date: "2022-03" },
    ],
  };
}
