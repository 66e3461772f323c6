/**
 * Derives the compact reference data in `data/*.json.gz` from the raw data sets in ../shared/data
 * (O*NET 29.3, ESCO v1.1.1, BLS OEWS May 2024, Free Programming Books), so nothing reads ../shared at run time.
 *
 *   node --import tsx scripts/build-data.ts [--shared ../shared/data] [--out data]
 *
 * Output is deterministic: object keys are sorted, arrays are built in a fixed order and gzip has no mtime,
 * so re-running on the same inputs (and the same Node zlib) gives identical bytes.
 * The reader is apps/api/src/modules/reference-data/reference-data.ts; keep its zod schemas in step.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { constants, gzipSync } from "node:zlib";
import { buildSimilarityModel, encodeSimilarityRows } from "../apps/api/src/engines/career/occupation-similarity";
import { occupationSchema } from "../apps/api/src/modules/reference-data/reference-data";
import { CURATED_LEARNING_RESOURCES } from "./lib/curated-learning-resources";

type Kind = "tool" | "skill" | "knowledge" | "certification";
type Source = "onet" | "esco" | "curated";

interface SkillTerm {
  id: string;
  term: string;
  kind: Kind;
  aliases: string[];
  hot: boolean;
  inDemand: boolean;
  occupations: number;
  source: Source;
}

// ---------------------------------------------------------------------------------------------------------------
// Curated tables
// ---------------------------------------------------------------------------------------------------------------

/** O*NET Technology Skills names whose cleaned form is not what a resume or job ad says. */
const ONET_RENAMES: Record<string, string> = {
  "Structured query language SQL": "SQL",
  "The MathWorks MATLAB": "MATLAB",
  "Oracle Java": "Java",
  "Sun Microsystems Java": "Java",
  "JavaScript Object Notation JSON": "JSON",
  "Extensible markup language XML": "XML",
  "Hypertext markup language HTML": "HTML",
  "Cascading style sheets CSS": "CSS",
  "Hypertext preprocessor PHP": "PHP",
  "Rust programming language": "Rust",
  "Google Angular": "Angular",
  "Atlassian JIRA": "Jira",
  "Jenkins CI": "Jenkins",
  "Google Cloud software": "Google Cloud Platform",
  "Bidirectional encoder representations from transformers (BERT)": "BERT",
  "Microsoft transact-structural query language T-SQL": "Transact-SQL",
  "Microsoft Windows PowerShell": "Microsoft PowerShell",
  "Oracle PL/SQL": "PL/SQL",
  "Unity Technologies Unity": "Unity",
  "Unreal Technology Unreal Engine": "Unreal Engine",
  "StataCorp Stata": "Stata",
  "Intuit QuickBooks": "QuickBooks",
  "OpenAI ChatGPT": "ChatGPT",
  "IBM Terraform": "Terraform",
  "Google Workspace software": "Google Workspace",
  "Google Compute Engine (GCE)": "Google Compute Engine",
  "Jupyter software": "Jupyter Notebook",
};

/**
 * Vendor prefixes: "Microsoft Excel" also answers to "excel". Listed by hand because a first word shared by many
 * product names is often part of the product ("Amazon Web Services" must not answer to "web services").
 */
const VENDORS = [
  "Adobe",
  "Apache",
  "Apple",
  "Atlassian",
  "Autodesk",
  "Bentley",
  "Blackbaud",
  "Cadence",
  "Cerner",
  "Cisco",
  "Citrix",
  "Corel",
  "Dell",
  "EMC",
  "ESRI",
  "Epic",
  "Google",
  "HP",
  "Hewlett Packard",
  "Hewlett-Packard",
  "IBM",
  "Infor",
  "Intergraph",
  "Intuit",
  "LexisNexis",
  "McKesson",
  "Microsoft",
  "Oracle",
  "PTC",
  "Red Hat",
  "SAP",
  "Sage",
  "Salesforce",
  "Siemens",
  "Symantec",
  "Synopsys",
  "Teradata",
  "The MathWorks",
  "Thomson Reuters",
  "Trimble",
  "VMware",
];

/** Words too generic to stand for a vendor's product on their own ("Google Docs" must not answer to "docs"). */
const GENERIC_PRODUCT_WORDS = new Set("docs apps sites forms ads home mail maps news chat cloud play store".split(" "));

/** ESCO concepts whose label would take a form that means something else in job ads. */
const ESCO_RENAMES: Record<string, string> = {
  SPARK: "Spark Java framework",
  "ML (computer programming)": "Standard ML",
};

/** ESCO alternative labels that mislead as keywords ("mocha" is a test framework, not JavaScript). */
const ESCO_ALIAS_DROP = new Set(["mocha", "live script", "live-script", "escript"]);

/** Acronym-like tokens that are everyday words ("SET", "COM"): part of a name, never split off as an alias. */
const ACRONYM_STOP = new Set(
  (
    "ace act age aid aim air all and any arm art ask bat bed big box can cap car cat day dot end eye " +
    "fan far fit fix fly fun gap gas get hat key lab law let lot man map may net new now old one our " +
    "out own pay per pet pin put ram ran raw red run sat saw say see set she sit sky sun tab tax tea " +
    "ten the tie tip top toy try two use van war was way web win yes you com pace peak safe step team " +
    "time sage"
  ).split(" "),
);

interface CuratedAlias {
  term: string;
  kind: Kind;
  aliases: string[];
  /** Replace the display form of the matched entry with `term` (the old one becomes an alias). */
  rename?: boolean;
}

/**
 * Common abbreviations and surface forms that neither O*NET nor ESCO lists. Each one is merged into the entry whose
 * term or alias matches `term` or one of `aliases`; if none matches, a new entry (source "curated") is added.
 */
const CURATED_ALIASES: CuratedAlias[] = [
  // Languages, frameworks, runtimes
  {
    term: "JavaScript",
    kind: "tool",
    aliases: ["js", "ecmascript", "es6", "es2015", "vanilla js", "vanilla javascript"],
  },
  { term: "TypeScript", kind: "tool", aliases: ["ts"] },
  { term: "Python", kind: "tool", aliases: ["python3", "python 3", "python (computer programming)"] },
  { term: "Java", kind: "tool", aliases: ["core java", "java se", "java ee", "j2ee", "java (computer programming)"] },
  { term: "C#", kind: "tool", aliases: ["c sharp", "csharp"] },
  { term: "C++", kind: "tool", aliases: ["cpp", "c plus plus"] },
  { term: "Go", kind: "tool", aliases: ["golang", "go lang"] },
  { term: "Ruby on Rails", kind: "tool", aliases: ["rails", "ror"] },
  { term: "Node.js", kind: "tool", aliases: ["node", "nodejs", "node js"] },
  { term: "React", kind: "tool", aliases: ["react.js", "reactjs", "react js"] },
  { term: "React Native", kind: "tool", aliases: ["react-native"] },
  { term: "Vue.js", kind: "tool", aliases: ["vue", "vuejs", "vue js"] },
  { term: "Angular", kind: "tool", aliases: ["angularjs", "angular.js"] },
  { term: "Next.js", kind: "tool", aliases: ["nextjs", "next js"] },
  { term: "Express.js", kind: "tool", aliases: ["expressjs", "express js"] },
  { term: "Spring Boot", kind: "tool", aliases: ["springboot", "spring-boot"] },
  { term: "Microsoft .NET Framework", kind: "tool", aliases: [".net", "dotnet", ".net core", ".net framework"] },
  { term: "Microsoft ASP.NET", kind: "tool", aliases: ["asp.net", "asp .net"] },
  { term: "HTML", kind: "tool", aliases: ["html5"] },
  { term: "CSS", kind: "tool", aliases: ["css3"] },
  { term: "SQL", kind: "tool", aliases: ["structured query language", "ansi sql"] },
  { term: "PostgreSQL", kind: "tool", aliases: ["postgres", "psql", "pgsql"] },
  { term: "Microsoft SQL Server", kind: "tool", aliases: ["mssql", "ms sql", "ms sql server", "sql server"] },
  { term: "MongoDB", kind: "tool", aliases: ["mongo"] },
  { term: "Elasticsearch", kind: "tool", aliases: ["elastic search"] },
  {
    term: "RESTful API",
    kind: "tool",
    aliases: ["rest api", "rest apis", "restful", "restful apis", "restful services"],
  },
  { term: "scikit-learn", kind: "tool", aliases: ["sklearn", "scikit learn"] },
  { term: "Jupyter Notebook", kind: "tool", aliases: ["jupyter", "jupyter notebooks"] },
  { term: "Shell script", kind: "tool", aliases: ["shell scripting", "shell scripts"] },
  { term: "Bash", kind: "tool", aliases: ["bash scripting", "bash script"] },
  { term: "Microsoft PowerShell", kind: "tool", aliases: ["powershell", "windows powershell"] },
  { term: "Transact-SQL", kind: "tool", aliases: ["t-sql", "tsql"] },
  { term: "Microsoft Visual Studio", kind: "tool", aliases: ["visual studio"] },
  { term: "Visual Studio Code", kind: "tool", aliases: ["vs code", "vscode"] },
  // Cloud, infrastructure, delivery
  { term: "Kubernetes", kind: "tool", aliases: ["k8s", "kube"] },
  { term: "Docker", kind: "tool", aliases: ["docker containers", "docker container"] },
  { term: "Amazon Web Services", kind: "tool", aliases: ["aws", "amazon aws"] },
  { term: "Microsoft Azure", kind: "tool", aliases: ["azure", "ms azure", "azure cloud"] },
  { term: "Google Cloud Platform", kind: "tool", aliases: ["gcp", "google cloud"] },
  { term: "Terraform", kind: "tool", aliases: ["hashicorp terraform"] },
  { term: "Snowflake", kind: "tool", aliases: ["snowflake data cloud"] },
  { term: "Apache Spark", kind: "tool", aliases: ["spark"] },
  { term: "Git", kind: "tool", aliases: ["git scm"] },
  { term: "Jira", kind: "tool", aliases: ["jira software"] },
  { term: "Linux", kind: "tool", aliases: ["gnu/linux"] },
  { term: "Red Hat Enterprise Linux", kind: "tool", aliases: ["rhel"] },
  { term: "Amazon Elastic Compute Cloud EC2", kind: "tool", aliases: ["ec2", "amazon ec2", "aws ec2"] },
  { term: "Amazon Simple Storage Service S3", kind: "tool", aliases: ["s3", "amazon s3", "aws s3"] },
  { term: "Selenium", kind: "tool", aliases: ["selenium webdriver"] },
  {
    term: "CI/CD",
    kind: "skill",
    aliases: [
      "ci cd",
      "cicd",
      "continuous integration",
      "continuous delivery",
      "continuous deployment",
      "continuous integration/continuous delivery",
      "continuous integration/continuous deployment",
    ],
  },
  { term: "DevOps", kind: "knowledge", aliases: ["dev ops"] },
  {
    term: "Microservices",
    kind: "skill",
    aliases: ["microservice", "microservice architecture", "microservices architecture"],
  },
  { term: "Test-driven development", kind: "skill", aliases: ["tdd", "test driven development"] },
  { term: "cloud technologies", kind: "knowledge", aliases: ["cloud computing"] },
  { term: "cyber security", kind: "knowledge", aliases: ["cybersecurity", "cyber-security"] },
  // Office and business software
  { term: "Microsoft Excel", kind: "tool", aliases: ["excel", "ms excel"] },
  { term: "Microsoft PowerPoint", kind: "tool", aliases: ["powerpoint", "ms powerpoint"] },
  { term: "Microsoft Word", kind: "tool", aliases: ["ms word"] },
  { term: "Microsoft Outlook", kind: "tool", aliases: ["outlook", "ms outlook"] },
  {
    term: "Microsoft Office",
    kind: "tool",
    aliases: ["ms office", "office 365", "microsoft 365", "m365", "o365", "microsoft office suite"],
  },
  { term: "Microsoft Teams", kind: "tool", aliases: ["ms teams"] },
  { term: "Microsoft Windows", kind: "tool", aliases: ["ms windows"] },
  { term: "Google Workspace", kind: "tool", aliases: ["g suite", "gsuite", "google apps"] },
  { term: "Microsoft Power BI", kind: "tool", aliases: ["power bi", "powerbi"] },
  { term: "Salesforce", kind: "tool", aliases: ["sfdc"] },
  { term: "QuickBooks", kind: "tool", aliases: ["quickbooks online", "qbo"] },
  { term: "Autodesk AutoCAD", kind: "tool", aliases: ["autocad", "auto cad"] },
  { term: "ChatGPT", kind: "tool", aliases: ["chat gpt"] },
  // Data and AI concepts
  { term: "machine learning", kind: "knowledge", aliases: ["ml"] },
  {
    term: "artificial intelligence",
    kind: "knowledge",
    aliases: ["ai", "principles of artificial intelligence"],
    rename: true,
  },
  { term: "natural language processing", kind: "knowledge", aliases: ["nlp"] },
  { term: "deep learning", kind: "knowledge", aliases: ["deep neural networks"] },
  { term: "Large language models", kind: "knowledge", aliases: ["llm", "llms", "large language model"] },
  { term: "Generative AI", kind: "knowledge", aliases: ["genai", "gen ai", "generative artificial intelligence"] },
  { term: "data analysis", kind: "skill", aliases: ["perform data analysis", "data analyses"], rename: true },
  { term: "Data science", kind: "knowledge", aliases: ["data sciences"] },
  { term: "ETL", kind: "skill", aliases: ["extract transform load", "extract, transform, load", "etl pipelines"] },
  { term: "data warehouse", kind: "knowledge", aliases: ["data warehousing", "dwh"] },
  {
    term: "object-oriented programming",
    kind: "skill",
    aliases: ["oop", "object oriented programming", "use object-oriented programming"],
    rename: true,
  },
  { term: "customer relationship management", kind: "knowledge", aliases: ["crm"] },
  { term: "enterprise resource planning", kind: "knowledge", aliases: ["erp", "erp systems"] },
  // Ways of working
  {
    term: "Agile development",
    kind: "knowledge",
    aliases: ["agile", "agile methodology", "agile methodologies", "agile software development"],
  },
  { term: "Scrum", kind: "knowledge", aliases: ["scrum methodology", "scrum framework"] },
  { term: "Kanban", kind: "knowledge", aliases: ["kanban method"] },
  { term: "lean manufacturing", kind: "knowledge", aliases: ["lean production"] },
  { term: "project management", kind: "knowledge", aliases: ["project mgmt"] },
  {
    term: "UX design",
    kind: "skill",
    aliases: ["ux", "user experience design", "ux/ui design", "ui/ux design", "ui/ux"],
  },
  { term: "design user interface", kind: "skill", aliases: ["ui design", "user interface design"] },
  { term: "search engine optimisation", kind: "knowledge", aliases: ["seo"] },
  // Transversal skills as job ads write them
  { term: "work in teams", kind: "skill", aliases: ["teamwork", "team work"] },
  { term: "lead others", kind: "skill", aliases: ["leadership", "team leadership"] },
  { term: "solve problems", kind: "skill", aliases: ["problem solving", "problem-solving"] },
  { term: "think critically", kind: "skill", aliases: ["critical thinking"] },
  { term: "manage time", kind: "skill", aliases: ["time management"] },
  { term: "communication", kind: "knowledge", aliases: ["communication skills"] },
  { term: "address an audience", kind: "skill", aliases: ["public speaking"] },
  { term: "attend to detail", kind: "skill", aliases: ["attention to detail"] },
  { term: "customer service", kind: "knowledge", aliases: ["customer service skills"] },
];

/** Widely known certifications and licences, with the forms job ads use. */
const CERTIFICATIONS: { term: string; aliases: string[] }[] = [
  {
    term: "Project Management Professional (PMP)",
    aliases: ["pmp", "project management professional", "pmp certification"],
  },
  { term: "Certified Associate in Project Management (CAPM)", aliases: ["capm"] },
  { term: "PRINCE2", aliases: ["prince2 practitioner", "prince2 foundation", "prince 2"] },
  {
    term: "Certified ScrumMaster (CSM)",
    aliases: ["csm", "certified scrum master", "certified scrummaster", "scrum master certification"],
  },
  { term: "Professional Scrum Master (PSM)", aliases: ["psm", "psm i", "professional scrum master"] },
  { term: "Six Sigma Green Belt", aliases: ["lean six sigma green belt", "green belt", "cssgb"] },
  { term: "Six Sigma Black Belt", aliases: ["lean six sigma black belt", "black belt", "cssbb"] },
  { term: "ITIL Foundation", aliases: ["itil", "itil v4", "itil 4", "itil certification"] },
  { term: "Certified Public Accountant (CPA)", aliases: ["cpa", "certified public accountant"] },
  { term: "Chartered Financial Analyst (CFA)", aliases: ["cfa", "chartered financial analyst", "cfa charterholder"] },
  { term: "Certified Management Accountant (CMA)", aliases: ["certified management accountant"] },
  { term: "Certified Internal Auditor (CIA)", aliases: ["certified internal auditor"] },
  { term: "Certified Financial Planner (CFP)", aliases: ["cfp", "certified financial planner"] },
  { term: "Financial Risk Manager (FRM)", aliases: ["frm", "financial risk manager"] },
  { term: "FINRA Series 7", aliases: ["series 7", "series 7 license"] },
  { term: "Certified Information Systems Security Professional (CISSP)", aliases: ["cissp"] },
  { term: "Certified Information Systems Auditor (CISA)", aliases: ["cisa"] },
  { term: "Certified Information Security Manager (CISM)", aliases: ["cism"] },
  { term: "CompTIA Security+", aliases: ["security+", "security plus", "comptia security plus"] },
  { term: "CompTIA Network+", aliases: ["network+", "comptia network plus"] },
  { term: "CompTIA A+", aliases: ["comptia a plus"] },
  { term: "Certified Ethical Hacker (CEH)", aliases: ["ceh", "certified ethical hacker"] },
  { term: "Offensive Security Certified Professional (OSCP)", aliases: ["oscp"] },
  { term: "Cisco Certified Network Associate (CCNA)", aliases: ["ccna"] },
  { term: "Cisco Certified Network Professional (CCNP)", aliases: ["ccnp"] },
  {
    term: "AWS Certified Solutions Architect",
    aliases: [
      "aws solutions architect",
      "aws certified solutions architect associate",
      "aws certified solutions architect professional",
      "aws csa",
    ],
  },
  { term: "AWS Certified Developer", aliases: ["aws certified developer associate", "aws developer associate"] },
  { term: "AWS Certified Cloud Practitioner", aliases: ["aws cloud practitioner"] },
  { term: "Microsoft Certified: Azure Fundamentals", aliases: ["az-900", "azure fundamentals"] },
  { term: "Microsoft Certified: Azure Administrator Associate", aliases: ["az-104", "azure administrator associate"] },
  { term: "Microsoft Certified: Azure Solutions Architect Expert", aliases: ["az-305", "azure solutions architect"] },
  {
    term: "Google Cloud Professional Cloud Architect",
    aliases: ["gcp professional cloud architect", "professional cloud architect"],
  },
  { term: "Certified Kubernetes Administrator (CKA)", aliases: ["cka", "certified kubernetes administrator"] },
  { term: "Certified Kubernetes Application Developer (CKAD)", aliases: ["ckad"] },
  { term: "HashiCorp Certified: Terraform Associate", aliases: ["terraform associate"] },
  {
    term: "Oracle Certified Professional, Java SE Programmer",
    aliases: ["ocp java", "ocpjp", "oracle certified java programmer"],
  },
  {
    term: "Salesforce Certified Administrator",
    aliases: ["salesforce administrator certification", "salesforce certified admin"],
  },
  { term: "SHRM Certified Professional (SHRM-CP)", aliases: ["shrm-cp", "shrm cp"] },
  { term: "SHRM Senior Certified Professional (SHRM-SCP)", aliases: ["shrm-scp", "shrm scp"] },
  { term: "Professional in Human Resources (PHR)", aliases: ["phr"] },
  { term: "Senior Professional in Human Resources (SPHR)", aliases: ["sphr"] },
  {
    term: "Registered Nurse (RN) license",
    aliases: ["rn", "rn license", "registered nurse license", "licensed registered nurse"],
  },
  {
    term: "Licensed Practical Nurse (LPN) license",
    aliases: ["lpn", "lvn", "licensed practical nurse", "licensed vocational nurse"],
  },
  {
    term: "Certified Nursing Assistant (CNA)",
    aliases: ["cna", "certified nursing assistant", "certified nurse aide"],
  },
  { term: "Basic Life Support (BLS)", aliases: ["bls", "bls certification", "basic life support"] },
  { term: "Advanced Cardiovascular Life Support (ACLS)", aliases: ["acls", "advanced cardiac life support"] },
  { term: "Pediatric Advanced Life Support (PALS)", aliases: ["pals"] },
  { term: "CPR certification", aliases: ["cpr", "cpr certified", "cpr/aed", "first aid/cpr"] },
  { term: "Emergency Medical Technician (EMT) certification", aliases: ["emt", "emt-b", "emt basic"] },
  {
    term: "Commercial Driver's License (CDL)",
    aliases: ["cdl", "class a cdl", "cdl class a", "commercial driver's license", "commercial drivers license"],
  },
  { term: "OSHA 30-Hour", aliases: ["osha 30", "osha 30 hour"] },
  { term: "OSHA 10-Hour", aliases: ["osha 10", "osha 10 hour"] },
  {
    term: "Professional Engineer (PE) license",
    aliases: ["pe license", "professional engineer license", "licensed professional engineer"],
  },
  { term: "LEED Accredited Professional", aliases: ["leed ap", "leed green associate"] },
  { term: "ServSafe Food Protection Manager", aliases: ["servsafe", "servsafe certification", "servsafe manager"] },
  { term: "Certified Supply Chain Professional (CSCP)", aliases: ["cscp"] },
  { term: "Google Analytics Certification", aliases: ["google analytics certified", "gaiq"] },
];

/** First words of O*NET task statements that are not resume action verbs (weak, modal or adverbs). */
const WEAK_OR_NON_VERBS = new Set(
  (
    "help assist work do be responsible may visually otherwise attend participate stay keep take make use " +
    "get have try feel stand act comply adhere follow consider put talk ask learn"
  ).split(" "),
);

/** Strong resume verbs that task statements rarely start with. */
const CURATED_ACTION_VERBS = (
  "accelerate achieve architect automate boost champion consolidate cut deliver drive earn exceed " +
  "expand found generate grow improve increase launch lead mentor migrate modernize negotiate optimize " +
  "orchestrate overhaul own pioneer redesign reduce refactor revamp save scale ship spearhead " +
  "streamline transform win"
).split(" ");

const IRREGULAR_PAST: Record<string, string> = Object.fromEntries(
  (
    "become:became begin:began bend:bent bind:bound bleed:bled break:broke breed:bred bring:brought " +
    "broadcast:broadcast build:built buy:bought cast:cast catch:caught choose:chose come:came cut:cut " +
    "deal:dealt dig:dug draw:drew drive:drove eat:ate feed:fed find:found fit:fit fly:flew " +
    "forecast:forecast freeze:froze give:gave go:went grind:ground grow:grew hang:hung hold:held " +
    "input:input keep:kept know:knew lay:laid lead:led lend:lent light:lit make:made meet:met " +
    "mislead:misled oversee:oversaw overtake:overtook pay:paid proofread:proofread put:put read:read " +
    "rebuild:rebuilt reset:reset rewrite:rewrote ride:rode rise:rose run:ran see:saw seek:sought " +
    "sell:sold send:sent set:set shoot:shot shut:shut sing:sang sit:sat speak:spoke spend:spent spin:spun " +
    "split:split spread:spread strike:struck string:strung sweep:swept swing:swung teach:taught " +
    "troubleshoot:troubleshot tear:tore tell:told think:thought throw:threw undertake:undertook " +
    "upset:upset wear:wore win:won wind:wound withdraw:withdrew write:wrote"
  )
    .split(" ")
    .map((pair) => pair.split(":")),
);

/** Verbs of more than one syllable that double their last consonant (US spelling). */
const DOUBLING_VERBS = new Set(
  (
    "admit commit compel confer control defer deter emit equip excel expel infer occur omit patrol permit " +
    "prefer program propel refer regret repel submit transfer transmit unclip"
  ).split(" "),
);

// ---------------------------------------------------------------------------------------------------------------
// Parsing helpers
// ---------------------------------------------------------------------------------------------------------------

function readText(file: string): string {
  return readFileSync(file, "utf8").replace(/^\uFEFF/, "");
}

/** O*NET text files: tab-separated, header row, no quoting. */
function readTsv(file: string): { header: string[]; rows: string[][] } {
  const lines = readText(file).split(/\r?\n/).filter(Boolean);
  const [head, ...rest] = lines;
  return { header: head!.split("\t"), rows: rest.map((l) => l.split("\t")) };
}

function readTsvRecords(file: string): Record<string, string>[] {
  const { header, rows } = readTsv(file);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
function readCsv(file: string): Record<string, string>[] {
  const text = readText(file);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = "";
    if (text[i] === '"') {
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw new Error(`${file}: unterminated quoted field`);
        if (text[quote + 1] === '"') {
          value += text.slice(from, quote + 1);
          from = quote + 2;
        } else {
          value += text.slice(from, quote);
          i = quote + 1;
          break;
        }
      }
    } else {
      let end = i;
      while (end < text.length && text[end] !== "," && text[end] !== "\n" && text[end] !== "\r") end++;
      value = text.slice(i, end);
      i = end;
    }
    row.push(value);
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, j) => [h, r[j] ?? ""])));
}

/** Lowercased, whitespace-collapsed surface form: the key entries are deduplicated and matched on. */
function surface(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/).length;
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/\+\+/g, "pp")
      .replace(/\+/g, "-plus")
      .replace(/#/g, "sharp")
      .replace(/^\./, "dot")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

// ---------------------------------------------------------------------------------------------------------------
// British → US spelling for ESCO labels (O*NET and US job ads use US spelling)
// ---------------------------------------------------------------------------------------------------------------

const US_WORDS: Record<string, string> = Object.fromEntries(
  (
    "programme:program programmes:programs modelling:modeling modelled:modeled labelling:labeling " +
    "labelled:labeled travelling:traveling cancelled:canceled signalling:signaling levelling:leveling " +
    "fuelling:fueling counselling:counseling labour:labor behaviour:behavior behaviours:behaviors " +
    "behavioural:behavioral colour:color colours:colors favour:favor honour:honor humour:humor " +
    "neighbour:neighbor odour:odor odours:odors vapour:vapor harbour:harbor flavour:flavor " +
    "flavours:flavors centre:center centres:centers metre:meter metres:meters litre:liter fibre:fiber " +
    "fibres:fibers theatre:theater theatres:theaters licence:license licences:licenses defence:defense " +
    "offence:offense catalogue:catalog catalogues:catalogs tyre:tire tyres:tires aluminium:aluminum " +
    "ageing:aging jewellery:jewelry mould:mold moulds:molds moulding:molding grey:gray cheque:check " +
    "cheques:checks manoeuvre:maneuver manoeuvres:maneuvers practise:practice paediatric:pediatric " +
    "paediatrics:pediatrics anaesthesia:anesthesia anaesthetic:anesthetic anaesthetics:anesthetics " +
    "orthopaedic:orthopedic orthopaedics:orthopedics gynaecology:gynecology haematology:hematology " +
    "oedema:edema foetal:fetal oesophageal:esophageal plough:plow enrolment:enrollment fulfil:fulfill " +
    "skilful:skillful practising:practicing practised:practiced vapourisation:vaporization " +
    "improvisation:improvisation improvisations:improvisations"
  )
    .split(" ")
    .map((pair) => pair.split(":")),
);

/** -ise words that keep the s in US spelling. */
const ISE_KEEP = new Set(
  (
    "advise advertise surmise mise crise remise prise expertise exercise supervise revise comprise " +
    "devise surprise enterprise premise promise franchise merchandise compromise improvise televise " +
    "chastise despise excise incise precise concise arise otherwise likewise clockwise treatise " +
    "paradise demise reprise apprise circumcise mortise valise rise wise sunrise noise raise praise " +
    "poise cruise bruise guise anise"
  ).split(" "),
);

function americanizeWord(w: string): string {
  const direct = US_WORDS[w];
  if (direct) return direct;
  const isation = /^(.+)isation(s?)$/.exec(w);
  if (isation) return `${isation[1]}ization${isation[2]}`;
  const yse = /^(.+)ys(e|ed|es|ing|er|ers)$/.exec(w);
  if (yse && /(anal|paral|catal|dial)$/.test(yse[1]!)) return `${yse[1]}yz${yse[2]}`;
  const ise = /^(.*[bcdfghjklmnpqrstvwxz])is(e|ed|es|ing|er|ers)$/.exec(w);
  if (ise && !ISE_KEEP.has(`${ise[1]}ise`)) return `${ise[1]}iz${ise[2]}`;
  return w;
}

function americanize(phrase: string): string {
  return phrase.replace(/[a-z]+/g, americanizeWord);
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

interface Draft {
  term: string;
  kind: Kind;
  aliases: Set<string>;
  /** Aliases added by the curated table: they win alias conflicts. */
  curatedAliases: Set<string>;
  hot: boolean;
  inDemand: boolean;
  occupationCodes: Set<string>;
  source: Source;
}

/**
 * How often each word occurs in lowercase in running prose (O*NET task statements and occupation descriptions, ESCO
 * skill descriptions). A word seen at all is an everyday word, not a brand; labels are left out because ESCO
 * lowercases product names in alternative labels ("microsoft access").
 */
function proseWordCounts(shared: string, esco: Record<string, string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const w of text.split(/[^A-Za-z'-]+/)) if (/^[a-z][a-z'-]*$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const r of readTsvRecords(path.join(shared, "onet-29.3/Task Statements.txt"))) add(r.Task!);
  for (const r of readTsvRecords(path.join(shared, "onet-29.3/Occupation Data.txt"))) add(r.Description!);
  for (const r of esco) add(r.description!);
  return counts;
}

/** Single-word ESCO alternative labels this frequent in prose are too vague ("data" for statistics). */
const MAX_SINGLE_WORD_ALIAS_FREQUENCY = 25;

const ACRONYM_SKIP_WORDS = new Set(["and", "of", "for", "the", "&", "to", "in", "on", "with", "a", "an", "from", "by"]);

/** Whether `acronym` abbreviates `words` (each non-stop word gives its initial, optionally more of its letters). */
function abbreviates(acronym: string, words: string[]): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, "");
  const ws = words.flatMap((w) => w.toLowerCase().split(/[-/]/)).filter(Boolean);
  // One word may carry an acronym of three or more letters ("Subversion SVN"), never a two-letter one.
  if (letters.length < 2 || ws.length < (letters.length >= 3 ? 1 : 2)) return false;
  const go = (li: number, wi: number): boolean => {
    if (wi === ws.length) return li === letters.length;
    const w = ws[wi]!;
    if (ACRONYM_SKIP_WORDS.has(w) && go(li, wi + 1)) return true;
    if (li >= letters.length || w[0] !== letters[li]) return false;
    let lj = li + 1;
    if (go(lj, wi + 1)) return true;
    for (let p = 1; p < w.length && lj < letters.length; p++) {
      if (w[p] === letters[lj]) {
        lj++;
        if (go(lj, wi + 1)) return true;
      }
    }
    return false;
  };
  return go(0, 0);
}

function isAcronym(token: string): boolean {
  return /^[A-Z][A-Za-z0-9&/+-]*$/.test(token) && (token.match(/[A-Z]/g) ?? []).length >= 2 && token.length <= 10;
}

/**
 * Cleans an O*NET Technology Skills name into a display term and aliases:
 * "Amazon Web Services AWS software" → "Amazon Web Services" + ["aws", "amazon web services aws software"];
 * "SAP software" → "SAP"; "Accounting software" stays (stripping would leave a generic word).
 */
function cleanToolName(raw: string, common: Set<string>): { term: string; aliases: string[]; acronym?: string } {
  const aliases: string[] = [];
  let acronym: string | undefined;
  let term = ONET_RENAMES[raw];
  if (!term) {
    term = raw;
    const hadSoftware = / software$/.test(raw);
    let stem = hadSoftware ? raw.slice(0, -" software".length) : raw;
    let acronymFound = false;
    // An acronym that is also an everyday word ("SET", "COM") is part of the name, not an abbreviation to strip.
    const usable = (token: string) =>
      isAcronym(token) && !ACRONYM_STOP.has(token.toLowerCase()) && !common.has(token.toLowerCase());
    const paren = /^(.*\S)\s*\(([^()\s]+)\)$/.exec(stem);
    if (paren && usable(paren[2]!)) {
      acronym = paren[2]!.toLowerCase();
      stem = paren[1]!;
      acronymFound = true;
    } else {
      // "Geographic information system GIS systems": a generic noun after the acronym goes too.
      const words = stem.split(" ");
      if (
        words.length >= 4 &&
        /^(systems?|software|programs?|tools?)$/.test(words.at(-1)!) &&
        isAcronym(words.at(-2)!)
      ) {
        words.pop();
      }
      const last = words.at(-1)!;
      if (words.length >= 3 && usable(last)) {
        const before = words.slice(0, -1);
        for (let k = 1; k <= before.length; k++) {
          if (abbreviates(last, before.slice(-k))) {
            acronym = last.toLowerCase();
            stem = before.join(" ");
            acronymFound = true;
            break;
          }
        }
      }
    }
    if (acronymFound) term = stem;
    else if (hadSoftware && isProperName(stem, common)) term = stem;
  }
  if (acronym) aliases.push(acronym);
  if (term !== raw) aliases.push(surface(raw));
  const vendorAlias = vendorRemainder(term, common);
  if (vendorAlias) aliases.push(vendorAlias);
  return { term, aliases, acronym };
}

/** A name like "Adobe Creative Cloud" or "Alteryx": a brand first word and nothing generic after it. */
function isProperName(stem: string, common: Set<string>): boolean {
  const words = stem.split(" ");
  const [first, ...rest] = words;
  const brand = (w: string) => /[A-Z0-9]/.test(w.slice(1)) || !common.has(w.toLowerCase());
  return brand(first!) && rest.every((w) => /^[A-Z0-9]/.test(w));
}

/** "Microsoft Excel" → "excel", "Apache Kafka" → "kafka"; not "Microsoft Project" → "project" (a common word). */
function vendorRemainder(term: string, common: Set<string>): string | undefined {
  const vendor = VENDORS.find((v) => term.startsWith(`${v} `));
  if (!vendor) return undefined;
  const rest = term.slice(vendor.length).trim();
  if (!/^[A-Z0-9.]/.test(rest)) return undefined;
  const key = surface(rest);
  if (!key.includes(" ") && (common.has(key) || GENERIC_PRODUCT_WORDS.has(key) || key.length < 3)) return undefined;
  return key;
}

/** Applies the ESCO selection filter; see the comment in buildVocabulary for the rules and counts. */
function selectEsco(shared: string, skills: Record<string, string>[]) {
  const digital = new Set(
    readCsv(path.join(shared, "esco-1.1.1/digitalSkillsCollection_en.csv")).map((r) => r.conceptUri!),
  );
  const transversal = new Set(
    readCsv(path.join(shared, "esco-1.1.1/transversalSkillsCollection_en.csv")).map((r) => r.conceptUri!),
  );
  const linkedOccupations = new Map<string, number>();
  for (const r of readCsv(path.join(shared, "esco-1.1.1/occupationSkillRelations.csv"))) {
    linkedOccupations.set(r.skillUri!, (linkedOccupations.get(r.skillUri!) ?? 0) + 1);
  }
  const counts = { knowledge: 0, digital: 0, transversal: 0, linked: 0 };
  const selected = skills.filter((s) => {
    if (s.status !== "released" || !s.preferredLabel) return false;
    const words = wordCount(s.preferredLabel);
    const uri = s.conceptUri!;
    if ((digital.has(uri) || transversal.has(uri) || s.reuseLevel === "transversal") && words <= 5) {
      counts[digital.has(uri) ? "digital" : "transversal"]++;
      return true;
    }
    if (s.skillType === "knowledge" && words <= 4) {
      counts.knowledge++;
      return true;
    }
    if (s.skillType === "skill/competence" && words <= 3 && (linkedOccupations.get(uri) ?? 0) >= 3) {
      counts.linked++;
      return true;
    }
    return false;
  });
  return { selected, counts };
}

function buildVocabulary(shared: string) {
  const escoSkills = readCsv(path.join(shared, "esco-1.1.1/skills_en.csv"));
  const proseCounts = proseWordCounts(shared, escoSkills);
  const common = new Set(proseCounts.keys());
  const techRows = readTsvRecords(path.join(shared, "onet-29.3/Technology Skills.txt"));

  const drafts = new Map<string, Draft>();
  /** alias → first entry that listed it, so later sources merge into the entry a form already names. */
  const aliasIndex = new Map<string, Draft>();
  const addAlias = (d: Draft, alias: string, curated = false) => {
    d.aliases.add(alias);
    if (curated) d.curatedAliases.add(alias);
    if (!aliasIndex.has(alias)) aliasIndex.set(alias, d);
  };

  // 1. O*NET Technology Skills.
  const toolByRaw = new Map<string, string>();
  const acronyms = new Map<string, string>();
  for (const r of techRows) {
    const raw = r.Example!;
    const { term, aliases, acronym } = cleanToolName(raw, common);
    const key = surface(term);
    toolByRaw.set(raw, key);
    if (acronym) acronyms.set(key, acronym);
    let d = drafts.get(key);
    if (!d) {
      d = {
        term,
        kind: "tool",
        aliases: new Set(),
        curatedAliases: new Set(),
        hot: false,
        inDemand: false,
        occupationCodes: new Set(),
        source: "onet",
      };
      drafts.set(key, d);
    }
    for (const a of aliases) if (a !== key) addAlias(d, a);
    d.occupationCodes.add(r["O*NET-SOC Code"]!);
    if (r["Hot Technology"] === "Y") d.hot = true;
    if (r["In Demand"] === "Y") d.inDemand = true;
  }
  // "Enterprise resource planning ERP software" and "ERP software" name one thing: merge an expansion with the
  // entry named by its acronym, keeping the display form more occupations use.
  const redirect = new Map<string, string>();
  for (const [key, acronym] of [...acronyms].sort(([a], [b]) => compareStrings(a, b))) {
    const a = drafts.get(key);
    const b = drafts.get(acronym);
    if (!a || !b || a === b) continue;
    const [keep, drop, dropKey] = a.occupationCodes.size >= b.occupationCodes.size ? [a, b, acronym] : [b, a, key];
    const keepKey = surface(keep.term);
    drafts.delete(dropKey);
    redirect.set(dropKey, keepKey);
    for (const alias of [dropKey, ...drop.aliases]) if (alias !== keepKey) keep.aliases.add(alias);
    for (const code of drop.occupationCodes) keep.occupationCodes.add(code);
    keep.hot ||= drop.hot;
    keep.inDemand ||= drop.inDemand;
  }
  for (const [raw, key] of toolByRaw) if (redirect.has(key)) toolByRaw.set(raw, redirect.get(key)!);
  aliasIndex.clear();
  for (const d of drafts.values()) for (const a of d.aliases) if (!aliasIndex.has(a)) aliasIndex.set(a, d);
  const onetCount = drafts.size;

  // 2. ESCO. ESCO has 13,896 concepts, most of them long verb phrases ("manage musical staff"), so keep only what
  //    reads like a resume keyword:
  //    - every concept of the digital skills collection or the transversal skills (collection or reuseLevel
  //      "transversal") whose label has at most 5 words;
  //    - knowledge concepts of at most 4 words (subjects, methods, languages: "financial forecasting", "Haskell");
  //    - other skill/competence concepts of at most 3 words that at least 3 ESCO occupations list as essential or
  //      optional (drops one-off phrases like "cure tobacco leaves").
  //    Alternative labels of at most 4 words become aliases, plus the US spelling of British labels; a one-word
  //    alternative label that is frequent in prose is too vague to keep ("data" for "statistics").
  //    With ESCO v1.1.1 this selects 6,509 concepts (digital 1,107, other transversal 421, knowledge 2,263, linked
  //    skills 2,718); 84 merge into an entry of the same name (mostly O*NET products), 6,425 become entries.
  const { selected, counts: escoCounts } = selectEsco(shared, escoSkills);
  const strippedCount = new Map<string, number>();
  const qualifier = /^(.*\S)\s+\(([^()]+)\)$/;
  for (const s of selected) {
    const m = qualifier.exec(s.preferredLabel!.trim());
    if (m) strippedCount.set(surface(m[1]!), (strippedCount.get(surface(m[1]!)) ?? 0) + 1);
  }
  let escoMerged = 0;
  let escoAdded = 0;
  const sortedEsco = [...selected].sort((a, b) => compareStrings(a.conceptUri!, b.conceptUri!));
  for (const s of sortedEsco) {
    const label = ESCO_RENAMES[s.preferredLabel!.trim()] ?? s.preferredLabel!.trim().replace(/\s+/g, " ");
    const forms = new Set<string>();
    let term = label;
    const m = qualifier.exec(label);
    // "Python (computer programming)" → "Python", unless two concepts would share the bare label or the bare label
    // is an everyday word that no O*NET product already names ("Assembly", "Scratch", "Canvas").
    const bare = m ? surface(m[1]!) : "";
    const everyday = !bare.includes(" ") && common.has(bare) && !drafts.has(bare);
    if (m && strippedCount.get(bare) === 1 && !everyday && !drafts.has(surface(label))) {
      term = m[1]!;
      forms.add(surface(label));
      if (isAcronym(m[2]!)) forms.add(m[2]!.toLowerCase());
    }
    const singular = (w: string) => w.replace(/s$/, "");
    for (const alt of s.altLabels!.split("\n")) {
      const a = surface(alt);
      if (!a || wordCount(a) > 4 || ESCO_ALIAS_DROP.has(a)) continue;
      const vague = !a.includes(" ") && (proseCounts.get(a) ?? 0) >= MAX_SINGLE_WORD_ALIAS_FREQUENCY;
      if (vague && singular(a) !== singular(surface(term))) continue;
      forms.add(a);
    }
    for (const f of [...forms, surface(term)]) {
      const us = americanize(f);
      if (us !== f) forms.add(us);
    }
    const key = surface(term);
    forms.delete(key);
    // Merge into an entry of the same name (in either spelling), or into an O*NET product that lists the name as an
    // alias ("SQL Server" → "Microsoft SQL Server"); two ESCO concepts stay apart even when one lists the other's
    // label as an alternative.
    const existing =
      drafts.get(key) ??
      drafts.get(americanize(key)) ??
      (aliasIndex.get(key)?.source === "onet" ? aliasIndex.get(key) : undefined);
    if (existing) {
      escoMerged++;
      for (const f of [key, ...forms]) if (f !== surface(existing.term)) addAlias(existing, f);
      continue;
    }
    escoAdded++;
    const d: Draft = {
      term,
      kind: s.skillType === "knowledge" ? "knowledge" : "skill",
      aliases: new Set(),
      curatedAliases: new Set(),
      hot: false,
      inDemand: false,
      occupationCodes: new Set(),
      source: "esco",
    };
    drafts.set(key, d);
    for (const f of forms) addAlias(d, f);
  }

  // 3. Curated aliases and certifications.
  const curatedAdded: string[] = [];
  const addCurated = (c: CuratedAlias) => {
    const key = surface(c.term);
    const forms = c.aliases.map(surface);
    // Prefer an entry named exactly by the term or an alias; otherwise one of the O*NET products that lists the
    // form as an alias. ESCO alternative labels are too broad to attach to ("scrum" is an alternative label of
    // "ICT project management methodologies").
    let d = drafts.get(key);
    if (!d && c.kind !== "certification") {
      d =
        forms.map((f) => drafts.get(f)).find(Boolean) ??
        [key, ...forms].map((f) => aliasIndex.get(f)).find((e) => e?.source === "onet");
    }
    if (process.env.BUILD_DATA_DEBUG) console.log(`  curated ${c.term} → ${d ? d.term : "(new)"}`);
    if (d && c.kind === "certification" && d.kind !== "certification") {
      throw new Error(`certification "${c.term}" collides with the ${d.kind} "${d.term}"`);
    }
    if (!d) {
      d = {
        term: c.term,
        kind: c.kind,
        aliases: new Set(),
        curatedAliases: new Set(),
        hot: false,
        inDemand: false,
        occupationCodes: new Set(),
        source: "curated",
      };
      drafts.set(key, d);
      curatedAdded.push(c.term);
    } else if (c.rename && surface(d.term) !== key && forms.includes(surface(d.term))) {
      const oldKey = surface(d.term);
      addAlias(d, oldKey);
      drafts.delete(oldKey);
      d.term = c.term;
      drafts.set(key, d);
    }
    const ownKey = surface(d.term);
    for (const f of [key, ...forms]) {
      if (f !== ownKey) addAlias(d, f, true);
    }
  };
  for (const c of CURATED_ALIASES) addCurated(c);
  for (const c of CERTIFICATIONS) addCurated({ ...c, kind: "certification" });

  // 4. Every surface form names one entry: an alias that is another entry's term is dropped, and an alias two
  //    entries share goes to the curated one, then to the one more occupations list, then to the first by term.
  const rank = (d: Draft) => [d.source === "curated" ? 0 : 1, -d.occupationCodes.size, surface(d.term)] as const;
  const better = (a: Draft, b: Draft) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! < rb[i]!;
    return false;
  };
  const owner = new Map<string, Draft>();
  let droppedAliases = 0;
  for (const d of drafts.values()) {
    for (const a of d.aliases) {
      if (drafts.has(a)) continue;
      const current = owner.get(a);
      if (!current) owner.set(a, d);
      else {
        const aCurated = d.curatedAliases.has(a);
        const cCurated = current.curatedAliases.has(a);
        if ((aCurated && !cCurated) || (aCurated === cCurated && better(d, current))) owner.set(a, d);
      }
    }
  }
  for (const d of drafts.values()) {
    for (const a of [...d.aliases]) {
      if (drafts.has(a) || owner.get(a) !== d) {
        if (d.curatedAliases.has(a) && drafts.get(a) !== d) {
          console.warn(
            `  note: curated alias "${a}" of "${d.term}" is claimed by "${(drafts.get(a) ?? owner.get(a))?.term}"`,
          );
        }
        d.aliases.delete(a);
        droppedAliases++;
      }
    }
  }

  // 5. Stable ids from the term.
  const entries = [...drafts.entries()].sort(([a], [b]) => compareStrings(a, b));
  const used = new Set<string>();
  const vocabulary: SkillTerm[] = entries.map(([, d]) => {
    const base = slug(d.term);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return {
      id,
      term: d.term,
      kind: d.kind,
      aliases: uniqueSorted(d.aliases),
      hot: d.hot,
      inDemand: d.inDemand,
      occupations: d.occupationCodes.size,
      source: d.source,
    };
  });
  vocabulary.sort((a, b) => compareStrings(a.id, b.id));

  const termByKey = new Map(entries.map(([k, d]) => [k, d.term]));
  const stats = {
    onetTools: onetCount,
    escoSelected: selected.length,
    escoCounts,
    escoMerged,
    escoAdded,
    curatedAdded,
    droppedAliases,
  };
  return { vocabulary, toolByRaw, termByKey, techRows, stats };
}

// ---------------------------------------------------------------------------------------------------------------
// Job titles
// ---------------------------------------------------------------------------------------------------------------

const MAX_ALTERNATES = 40;
const MAX_ALTERNATE_WORDS = 6;
const MAX_ALTERNATE_CHARS = 50;

function singular(title: string): string | undefined {
  if (/[,/]| and | or /.test(title)) return undefined;
  const words = title.split(" ");
  const last = words.at(-1)!;
  let one: string;
  if (/ies$/.test(last)) one = last.replace(/ies$/, "y");
  else if (/(ss|ch|sh|x)es$/.test(last)) one = last.slice(0, -2);
  else if (/[^s]s$/.test(last)) one = last.slice(0, -1);
  else return undefined;
  return surface([...words.slice(0, -1), one].join(" "));
}

/** "Chief Executive Officer (CEO)" → ["chief executive officer", "ceo"]. */
function titleForms(title: string): string[] {
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(title.trim());
  if (!m) return [surface(title)];
  return [surface(m[1]!), surface(m[2]!)];
}

function buildJobTitles(shared: string) {
  const occupations = readTsvRecords(path.join(shared, "onet-29.3/Occupation Data.txt"));
  const { rows: altRows } = readTsv(path.join(shared, "onet-29.3/Alternate Titles.tsv"));
  const reported = readTsvRecords(path.join(shared, "onet-29.3/Sample of Reported Titles.txt"));

  /** Candidates per occupation with a rank: reported titles shown in My Next Move first, then by source count. */
  const candidates = new Map<string, Map<string, number>>();
  const offer = (code: string, form: string, rank: number) => {
    if (!form || wordCount(form) > MAX_ALTERNATE_WORDS || form.length > MAX_ALTERNATE_CHARS) return;
    const m = getOrCreate(candidates, code, () => new Map<string, number>());
    const prev = m.get(form);
    if (prev === undefined || rank < prev) m.set(form, rank);
  };
  for (const r of reported) {
    for (const f of titleForms(r["Reported Job Title"]!))
      offer(r["O*NET-SOC Code"]!, f, r["Shown in My Next Move"] === "Y" ? 0 : 1);
  }
  // Empty "Short Title" cells were dropped by the Excel conversion: 4 cells = code, title, alternate, sources.
  for (const row of altRows) {
    const [code, , alternate, a, b] = row;
    const shortTitle = row.length >= 5 ? a : undefined;
    const sources = (row.length >= 5 ? b : a) ?? "";
    const rank = 10 - Math.min(sources.split(",").length, 5);
    for (const f of titleForms(alternate!)) offer(code!, f, rank);
    if (shortTitle) offer(code!, surface(shortTitle), rank);
  }

  const used = new Set<string>();
  const titles = occupations
    .map((o) => {
      const code = o["O*NET-SOC Code"]!;
      const title = o.Title!;
      const own = surface(title);
      const m = candidates.get(code) ?? new Map<string, number>();
      const one = singular(title);
      if (one) m.set(one, -1);
      m.delete(own);
      const alternates = [...m]
        .sort(([fa, ra], [fb, rb]) => ra - rb || fa.length - fb.length || compareStrings(fa, fb))
        .slice(0, MAX_ALTERNATES)
        .map(([f]) => f);
      let id = slug(title);
      if (used.has(id)) id = `${id}-${slug(code)}`;
      used.add(id);
      return { id, title, onetCode: code, alternates };
    })
    .sort((a, b) => compareStrings(a.onetCode, b.onetCode));
  return titles;
}

// ---------------------------------------------------------------------------------------------------------------
// Action verbs
// ---------------------------------------------------------------------------------------------------------------

const MIN_VERB_COUNT = 5;

function pastTense(verb: string): string {
  const irregular = IRREGULAR_PAST[verb];
  if (irregular) return irregular;
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (verb.endsWith("c")) return `${verb}ked`;
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0;
  if ((syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(verb)) || DOUBLING_VERBS.has(verb)) {
    return `${verb}${verb.at(-1)}ed`;
  }
  return `${verb}ed`;
}

/** Leading verbs of a task: "Plan, direct, or coordinate …" → plan, direct, coordinate. */
function leadingVerbs(task: string): string[] {
  const tokens = task.trim().split(/\s+/);
  const clean = (t: string) => t.replace(/[^A-Za-z-]/g, "").toLowerCase();
  const verbs = [clean(tokens[0] ?? "")];
  let i = 0;
  while (i < tokens.length - 1) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.endsWith(",")) {
      i++;
      if (["and", "or", "and/or"].includes(tokens[i]!)) i++;
    } else if (["and", "or", "and/or"].includes(next) && i === verbs.length - 1 && tokens[i + 2]) {
      i += 2;
    } else break;
    const v = clean(tokens[i] ?? "");
    if (!v) break;
    verbs.push(v);
    if (!tokens[i]!.endsWith(",")) break;
  }
  return verbs.filter(Boolean);
}

function buildActionVerbs(shared: string) {
  const tasks = readTsvRecords(path.join(shared, "onet-29.3/Task Statements.txt"));
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const verbs = new Set(leadingVerbs(t.Task!));
    for (const v of verbs) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const keep = new Set(
    [...counts]
      .filter(([v, n]) => n >= MIN_VERB_COUNT && !WEAK_OR_NON_VERBS.has(v) && !v.endsWith("ly") && /^[a-z-]+$/.test(v))
      .map(([v]) => v),
  );
  for (const v of CURATED_ACTION_VERBS) keep.add(v);
  return [...keep]
    .map((verb) => ({ verb, past: pastTense(verb), count: counts.get(verb) ?? 0 }))
    .sort((a, b) => b.count - a.count || compareStrings(a.verb, b.verb));
}

// ---------------------------------------------------------------------------------------------------------------
// Occupations
// ---------------------------------------------------------------------------------------------------------------

interface ElementScore {
  name: string;
  importance: number;
  level: number | null;
}

interface ElementDraft {
  name: string;
  im?: number;
  lv?: number | null;
  suppressed: boolean;
}

/**
 * Skills.tsv / Knowledge.tsv were converted from Excel, which dropped empty cells, so columns after the first empty
 * one shift left. The first seven columns are always present; the date closes the optional ones. Among the optional
 * Y/N flags, LV rows always carry "Not Relevant" last and "Recommend Suppress" before it when present; IM rows only
 * carry "Recommend Suppress".
 */
function readElementScores(file: string): Map<string, ElementScore[]> {
  const { rows } = readTsv(file);
  const byCode = new Map<string, Map<string, ElementDraft>>();
  for (const r of rows) {
    const [code, , elementId, name, scale, , value] = r;
    const dateAt = r.findIndex((c, i) => i >= 7 && /^\d\d\/\d{4}$/.test(c));
    const flags = r.slice(7, dateAt < 0 ? undefined : dateAt).filter((c) => c === "Y" || c === "N");
    const suppressed = scale === "IM" ? flags[0] === "Y" : flags.length === 2 && flags[0] === "Y";
    const m = getOrCreate(byCode, code!, () => new Map());
    const e = getOrCreate(m, elementId!, (): ElementDraft => ({ name: name!, suppressed: false }));
    if (scale === "IM") {
      e.im = Number(value);
      if (suppressed) e.suppressed = true;
    } else if (scale === "LV") e.lv = suppressed ? null : Number(value);
  }
  const out = new Map<string, ElementScore[]>();
  for (const [code, m] of byCode) {
    out.set(
      code,
      [...m.values()]
        .filter((e) => e.im !== undefined && !e.suppressed)
        .map((e) => ({ name: e.name, importance: e.im!, level: e.lv ?? null })),
    );
  }
  return out;
}

function topElements(list: ElementScore[] | undefined, n: number): ElementScore[] {
  return [...(list ?? [])]
    .sort((a, b) => b.importance - a.importance || (b.level ?? -1) - (a.level ?? -1) || compareStrings(a.name, b.name))
    .slice(0, n);
}

const MAX_ESCO_MATCHES = 3;
const MAX_ESCO_SKILLS = 30;

/**
 * Career-coach details per O*NET code: RIASEC occupational interests (1–7), task statements (core first; O*NET Task Ratings are not in the data set, so
 * the core/supplemental type stands for importance), every alternate and reported title, and ESCO essential skills.
 * ESCO has no crosswalk to SOC 2019 here, so ESCO stays a parallel set joined by title: an ESCO occupation whose
 * preferred or alternative label equals one of the O*NET occupation's own titles lends its essential skills.
 */
function readCareerDetails(shared: string, occupations: Record<string, string>[]) {
  // Task Type is blank (null here) for the 1,157 tasks of occupations O*NET has not yet rated.
  const tasks = new Map<string, { statement: string; core: boolean | null }[]>();
  for (const r of readTsvRecords(path.join(shared, "onet-29.3/Task Statements.txt"))) {
    const type = r["Task Type"];
    const core = type === "Core" ? true : type === "Supplemental" ? false : null;
    getOrCreate(tasks, r["O*NET-SOC Code"]!, () => []).push({ statement: r.Task!, core });
  }
  const coreOrder = (core: boolean | null) => (core === true ? 0 : core === null ? 1 : 2);
  for (const list of tasks.values()) list.sort((a, b) => coreOrder(a.core) - coreOrder(b.core));

  const reportedTitles = new Map<string, string[]>();
  for (const r of readTsvRecords(path.join(shared, "onet-29.3/Sample of Reported Titles.txt"))) {
    getOrCreate(reportedTitles, r["O*NET-SOC Code"]!, () => []).push(r["Reported Job Title"]!);
  }
  const alternateSets = new Map<string, Set<string>>();
  for (const [code, , alternate] of readTsv(path.join(shared, "onet-29.3/Alternate Titles.tsv")).rows) {
    const form = surface(alternate!);
    if (wordCount(form) <= MAX_ALTERNATE_WORDS) getOrCreate(alternateSets, code!, () => new Set()).add(form);
  }
  const alternateTitles = new Map([...alternateSets].map(([code, set]) => [code, uniqueSorted(set)]));

  const escoByLabel = new Map<string, string[]>();
  for (const o of readCsv(path.join(shared, "esco-1.1.1/occupations_en.csv"))) {
    const labels = [o.preferredLabel!, ...(o.altLabels ?? "").split("\n")].map(surface).filter(Boolean);
    for (const label of new Set(labels)) getOrCreate(escoByLabel, label, () => []).push(o.conceptUri!);
  }
  const skillLabel = new Map(
    readCsv(path.join(shared, "esco-1.1.1/skills_en.csv")).map((s) => [s.conceptUri!, s.preferredLabel!]),
  );
  const essential = new Map<string, string[]>();
  for (const r of readCsv(path.join(shared, "esco-1.1.1/occupationSkillRelations.csv"))) {
    const label = skillLabel.get(r.skillUri!);
    if (r.relationType === "essential" && label) getOrCreate(essential, r.occupationUri!, () => []).push(label);
  }
  const escoSkills = new Map<string, string[]>();
  for (const o of occupations) {
    const code = o["O*NET-SOC Code"]!;
    const own = [...titleForms(o.Title!), singular(o.Title!) ?? ""];
    const forms = [
      ...own,
      ...(reportedTitles.get(code) ?? []).flatMap(titleForms),
      ...(alternateTitles.get(code) ?? []),
    ];
    const hits = new Map<string, number>();
    for (const form of new Set(forms)) {
      for (const uri of escoByLabel.get(form) ?? []) hits.set(uri, (hits.get(uri) ?? 0) + 1);
    }
    const matched = [...hits]
      .sort(([ua, a], [ub, b]) => b - a || compareStrings(ua, ub))
      .slice(0, MAX_ESCO_MATCHES)
      .map(([uri]) => uri);
    const votes = new Map<string, number>();
    for (const uri of matched)
      for (const label of essential.get(uri) ?? []) votes.set(label, (votes.get(label) ?? 0) + 1);
    const ranked = [...votes].sort(([la, a], [lb, b]) => b - a || compareStrings(la, lb)).map(([label]) => label);
    if (ranked.length > 0) escoSkills.set(code, ranked.slice(0, MAX_ESCO_SKILLS));
  }
  const interests = new Map<string, Record<string, number>>();
  for (const r of readTsvRecords(path.join(shared, "onet-29.3/Interests.txt"))) {
    if (r["Scale ID"] !== "OI") continue;
    getOrCreate(interests, r["O*NET-SOC Code"]!, (): Record<string, number> => ({}))[r["Element Name"]!.toLowerCase()] =
      Number(r["Data Value"]);
  }
  return { tasks, reportedTitles, alternateTitles, escoSkills, interests };
}

// ---------------------------------------------------------------------------------------------------------------
// Learning resources
// ---------------------------------------------------------------------------------------------------------------

interface LearningResource {
  title: string;
  url: string;
  kind: "course" | "book" | "guide";
  provider: string | null;
  /** Lowercased topics (Free Programming Books headings) or O*NET element names it teaches. */
  topics: string[];
  source: "free-programming-books" | "curated";
}

/** "### <a id="csharp"></a>C\\#" → "c#". */
function headingTopic(line: string): string {
  return surface(
    line
      .replace(/^#+\s*/, "")
      .replace(/<a [^>]*><\/a>/g, "")
      .replace(/\\/g, ""),
  );
}

/** Free Programming Books lists: `### Topic` headings (`####` for a subtopic) over `* [Title](url) - Author` lines. */
function readFreeProgrammingBooks(file: string, kind: LearningResource["kind"]): LearningResource[] {
  const out: LearningResource[] = [];
  let topic: string | undefined;
  let subtopic: string | undefined;
  for (const line of readText(file).split(/\r?\n/)) {
    if (/^###\s/.test(line)) {
      topic = headingTopic(line);
      subtopic = undefined;
      continue;
    }
    if (/^####\s/.test(line)) {
      subtopic = headingTopic(line);
      continue;
    }
    const m = /^\s*\* \[([^\]]+)\]\((https?:\/\/[^)\s]+)\)(?:\s+-\s+(.*))?$/.exec(line);
    if (!m || !topic || topic === "index") continue;
    const provider = m[3]
      ?.replace(/\s*\(.*$/, "")
      .replace(/\*/g, "")
      .trim();
    out.push({
      title: m[1]!.trim(),
      url: m[2]!,
      kind,
      provider: provider ? provider.slice(0, 120) : null,
      topics: subtopic ? [subtopic, topic] : [topic],
      source: "free-programming-books",
    });
  }
  return out;
}

function buildLearningResources(shared: string): LearningResource[] {
  const dir = path.join(shared, "learning-resources");
  const curated = CURATED_LEARNING_RESOURCES.map(
    ({ skills, ...r }): LearningResource => ({ ...r, topics: skills.map(surface), source: "curated" }),
  );
  const seen = new Set<string>();
  return [
    ...curated,
    ...readFreeProgrammingBooks(path.join(dir, "free-courses-en.md"), "course"),
    ...readFreeProgrammingBooks(path.join(dir, "free-programming-books-langs.md"), "book"),
    ...readFreeProgrammingBooks(path.join(dir, "free-programming-books-subjects.md"), "book"),
  ].filter((r) => {
    const key = `${r.url} ${r.topics.join("|")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const TOP_CODED_ANNUAL = 239_200;
const TOP_CODED_HOURLY = 115;

function buildOccupations(
  shared: string,
  vocab: { toolByRaw: Map<string, string>; termByKey: Map<string, string>; techRows: Record<string, string>[] },
  vocabulary: SkillTerm[],
) {
  const occupations = readTsvRecords(path.join(shared, "onet-29.3/Occupation Data.txt"));
  const career = readCareerDetails(shared, occupations);
  const jobZones = new Map(
    readTsvRecords(path.join(shared, "onet-29.3/Job Zones.txt")).map((r) => [
      r["O*NET-SOC Code"]!,
      Number(r["Job Zone"]),
    ]),
  );
  const skills = readElementScores(path.join(shared, "onet-29.3/Skills.tsv"));
  const knowledge = readElementScores(path.join(shared, "onet-29.3/Knowledge.tsv"));

  const tierOrder: Record<string, number> = { "Primary-Short": 0, "Primary-Long": 1, Supplemental: 2 };
  const related = new Map<string, { code: string; tier: number; index: number }[]>();
  for (const r of readTsvRecords(path.join(shared, "onet-29.3/Related Occupations.txt"))) {
    const list = related.get(r["O*NET-SOC Code"]!) ?? [];
    list.push({
      code: r["Related O*NET-SOC Code"]!,
      tier: tierOrder[r["Relatedness Tier"]!] ?? 3,
      index: Number(r.Index),
    });
    related.set(r["O*NET-SOC Code"]!, list);
  }

  const popularity = new Map(vocabulary.map((v) => [surface(v.term), v]));
  const techByCode = new Map<string, Map<string, { hot: boolean; inDemand: boolean; occupations: number }>>();
  for (const r of vocab.techRows) {
    const key = vocab.toolByRaw.get(r.Example!)!;
    const entry = popularity.get(key);
    const term = vocab.termByKey.get(key) ?? r.Example!;
    const m = getOrCreate(techByCode, r["O*NET-SOC Code"]!, () => new Map());
    const prev = m.get(term);
    m.set(term, {
      hot: (prev?.hot ?? false) || r["Hot Technology"] === "Y",
      inDemand: (prev?.inDemand ?? false) || r["In Demand"] === "Y",
      occupations: entry?.occupations ?? 0,
    });
  }

  const wages = readWages(shared);
  const relatedCodes = (code: string) =>
    (related.get(code) ?? [])
      .sort((a, b) => a.tier - b.tier || a.index - b.index)
      .slice(0, 10)
      .map((r) => r.code);
  // O*NET rates Skills and Knowledge for 879 of 1,016 codes (not, for example, 15-1252.00 Software Developers).
  // The others borrow the ratings of their parent code, else of the closest related occupation that has them;
  // `skillsFrom` names the code the ratings came from.
  const ratingsSource = (code: string): string | null => {
    if (skills.has(code)) return code;
    const parent = `${code.slice(0, 7)}.00`;
    if (skills.has(parent)) return parent;
    return relatedCodes(code).find((c) => skills.has(c)) ?? null;
  };
  let withWages = 0;
  let broadWages = 0;
  let borrowedSkills = 0;
  const result = occupations
    .map((o) => {
      const code = o["O*NET-SOC Code"]!;
      const skillsFrom = ratingsSource(code);
      if (skillsFrom && skillsFrom !== code) borrowedSkills++;
      const tech = [...(techByCode.get(code) ?? new Map())]
        .sort(
          ([na, a], [nb, b]) =>
            Number(b.hot) - Number(a.hot) ||
            Number(b.inDemand) - Number(a.inDemand) ||
            b.occupations - a.occupations ||
            compareStrings(na, nb),
        )
        .map(([name, t]) => ({ name, hot: t.hot, inDemand: t.inDemand }));
      const soc = code.slice(0, 7);
      const wage = wages.detailed.get(soc) ?? wages.broad.get(`${soc.slice(0, 6)}0`) ?? null;
      if (wage) withWages++;
      if (wage && wage.socCode !== soc) broadWages++;
      return {
        code,
        title: o.Title!,
        description: o.Description!,
        jobZone: jobZones.get(code) ?? null,
        skillsFrom,
        skills: skillsFrom ? topElements(skills.get(skillsFrom), Infinity) : [],
        knowledge: skillsFrom ? topElements(knowledge.get(skillsFrom), Infinity) : [],
        technologies: tech,
        interests: career.interests.get(code) ?? null,
        tasks: career.tasks.get(code) ?? [],
        alternateTitles: career.alternateTitles.get(code) ?? [],
        reportedTitles: career.reportedTitles.get(code) ?? [],
        escoSkills: career.escoSkills.get(code) ?? [],
        related: relatedCodes(code),
        wages: wage,
      };
    })
    .sort((a, b) => compareStrings(a.code, b.code));
  return { occupations: result, withWages, broadWages, borrowedSkills };
}

interface Percentiles {
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

interface Wages {
  socCode: string;
  socTitle: string;
  /** OEWS reference month and year. */
  period: string;
  employment: number | null;
  annual: Percentiles;
  hourly: Percentiles;
  topCoded: boolean;
}

const WAGE_PERIOD = "May 2024";

/**
 * OEWS national rows keyed by 6-digit SOC. O*NET codes join on their first 7 characters to a detailed row; where
 * OEWS only publishes the broad group (for example 15-1250 for some computer occupations) that row is used and
 * `socCode` says so.
 */
function readWages(shared: string) {
  const rows = readCsv(path.join(shared, "bls-oews-2024/oews_national_M2024.csv"));
  const detailed = new Map<string, Wages>();
  const broad = new Map<string, Wages>();
  for (const r of rows) {
    if (r.NAICS !== "000000" || r.AREA !== "99") continue;
    let topCoded = false;
    const num = (v: string | undefined, top?: number) => {
      if (v === "#" && top !== undefined) {
        topCoded = true;
        return top;
      }
      if (!v || v === "*" || v === "**") return null;
      const n = Number(v.replace(/,/g, ""));
      return Number.isFinite(n) ? n : null;
    };
    const percentiles = (prefix: "A" | "H", top: number): Percentiles => ({
      p10: num(r[`${prefix}_PCT10`], top),
      p25: num(r[`${prefix}_PCT25`], top),
      median: num(r[`${prefix}_MEDIAN`], top),
      p75: num(r[`${prefix}_PCT75`], top),
      p90: num(r[`${prefix}_PCT90`], top),
    });
    const w: Wages = {
      socCode: r.OCC_CODE!,
      socTitle: r.OCC_TITLE!,
      period: WAGE_PERIOD,
      employment: num(r.TOT_EMP),
      annual: percentiles("A", TOP_CODED_ANNUAL),
      hourly: percentiles("H", TOP_CODED_HOURLY),
      topCoded: false,
    };
    w.topCoded = topCoded;
    if (r.O_GROUP === "detailed") detailed.set(r.OCC_CODE!, w);
    else if (r.O_GROUP === "broad") broad.set(r.OCC_CODE!, w);
  }
  return { detailed, broad };
}

// ---------------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------------

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort(compareStrings)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * Writes a JSON array, gzipped. With `recordPerLine` each record sits on its own line (still one valid JSON array),
 * so the reader can parse and validate record by record instead of holding the whole parsed tree twice.
 */
function writeGzipJson(
  outDir: string,
  name: string,
  value: unknown[],
  details: string[],
  layout: "compact" | "recordPerLine" = "compact",
): number {
  const sorted = sortKeys(value) as unknown[];
  const json =
    layout === "compact"
      ? JSON.stringify(sorted)
      : `[\n${sorted.map((record) => JSON.stringify(record)).join(",\n")}\n]\n`;
  const gz = gzipSync(json, { level: constants.Z_BEST_COMPRESSION });
  gz[9] = 3; // gzip header OS byte: always "Unix", so the bytes do not depend on the build machine.
  writeFileSync(path.join(outDir, name), gz);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${name}: ${kb(gz.length)} gzip (${kb(json.length)} JSON), ${value.length} records`);
  for (const line of details) console.log(`  ${line}`);
  return gz.length;
}

function main() {
  const started = performance.now();
  const { values } = parseArgs({ options: { shared: { type: "string" }, out: { type: "string" } } });
  const repoRoot = path.resolve(import.meta.dirname, "..");
  const shared = path.resolve(values.shared ?? path.join(repoRoot, "../shared/data"));
  const outDir = path.resolve(values.out ?? path.join(repoRoot, "data"));
  mkdirSync(outDir, { recursive: true });
  console.log(`reading ${shared}\nwriting ${outDir}`);

  const vocab = buildVocabulary(shared);
  const { vocabulary, stats } = vocab;
  const count = <T>(list: T[], test: (item: T) => boolean) => list.filter(test).length;
  const byKind = (k: Kind) => count(vocabulary, (v) => v.kind === k);
  const bySource = (s: Source) => count(vocabulary, (v) => v.source === s);
  const esco = stats.escoCounts;
  let total = writeGzipJson(outDir, "skill-vocabulary.json.gz", vocabulary, [
    `kinds: ${byKind("tool")} tools, ${byKind("skill")} skills, ${byKind("knowledge")} knowledge, ` +
      `${byKind("certification")} certifications; ${count(vocabulary, (v) => v.hot)} hot`,
    `sources: onet ${bySource("onet")}, esco ${bySource("esco")}, curated ${bySource("curated")}; ` +
      `${vocabulary.reduce((n, v) => n + v.aliases.length, 0)} aliases (${stats.droppedAliases} conflicting dropped)`,
    `O*NET: ${stats.onetTools} tools after cleaning and merging`,
    `ESCO: ${stats.escoSelected} selected (digital ${esco.digital}, transversal ${esco.transversal}, ` +
      `knowledge ${esco.knowledge}, linked skills ${esco.linked}); ` +
      `${stats.escoAdded} added, ${stats.escoMerged} merged into an existing entry`,
    `curated entries added: ${stats.curatedAdded.filter((t) => !CERTIFICATIONS.some((c) => c.term === t)).join(", ")}` +
      ` and ${CERTIFICATIONS.length} certifications`,
  ]);

  const titles = buildJobTitles(shared);
  total += writeGzipJson(outDir, "job-titles.json.gz", titles, [
    `${titles.reduce((n, t) => n + t.alternates.length, 0)} alternates (at most ${MAX_ALTERNATES} per occupation)`,
  ]);

  const verbs = buildActionVerbs(shared);
  total += writeGzipJson(outDir, "action-verbs.json.gz", verbs, [
    `task-statement verbs seen at least ${MIN_VERB_COUNT} times, plus ${CURATED_ACTION_VERBS.length} curated`,
  ]);

  const occ = buildOccupations(shared, vocab, vocabulary);
  const occupations = occ.occupations;
  total += writeGzipJson(
    outDir,
    "occupations.json.gz",
    occupations,
    [
      `${count(occupations, (o) => o.skills.length > 0)} with skills ` +
        `(${occ.borrowedSkills} borrowed from another code)`,
      `${occ.withWages} with wages (${occ.broadWages} from the broad SOC group), ` +
        `${count(occupations, (o) => o.wages?.topCoded === true)} top-coded`,
      `${occupations.reduce((n, o) => n + o.tasks.length, 0)} tasks, ` +
        `${occupations.reduce((n, o) => n + o.alternateTitles.length + o.reportedTitles.length, 0)} alternate and ` +
        `reported titles, ${count(occupations, (o) => o.escoSkills.length > 0)} with ESCO essential skills`,
    ],
    "recordPerLine",
  );

  // The server would spend a second and tens of megabytes of scratch memory on this at every start. Parsing with the
  // reader's schema also fails the build, rather than the server's start, if the two drift apart.
  const similarity = buildSimilarityModel(occupations.map((o) => occupationSchema.parse(o)));
  total += writeGzipJson(
    outDir,
    "occupation-similarity.json.gz",
    encodeSimilarityRows(similarity).map((below, i) => ({ code: occupations[i]!.code, below })),
    [`${occupations.length}² similarities in 16 bits (lower triangle, base64), for occupations.json.gz in its order`],
    "recordPerLine",
  );

  const resources = buildLearningResources(shared);
  total += writeGzipJson(
    outDir,
    "learning-resources.json.gz",
    resources,
    [
      `${count(resources, (r) => r.source === "curated")} curated, ` +
        `${count(resources, (r) => r.source === "free-programming-books")} from Free Programming Books`,
    ],
    "recordPerLine",
  );

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`total ${(total / 1024 / 1024).toFixed(2)} MB, built in ${seconds} s`);
}

main();
