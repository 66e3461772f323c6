/**
 * Free learning resources for skills outside software, picked by the Hirefolio contributors: facts only (title,
 * provider, link, kind) for public, free pages of governments, universities and open-textbook publishers. `skills`
 * holds O*NET Skills and Knowledge element names, which is how the career engine finds them for a gap.
 */
export interface CuratedLearningResource {
  title: string;
  provider: string;
  url: string;
  kind: "course" | "book" | "guide";
  skills: string[];
}

const openstax = (slug: string, title: string, skills: string[]): CuratedLearningResource => ({
  title,
  provider: "OpenStax, Rice University",
  url: `https://openstax.org/details/books/${slug}`,
  kind: "book",
  skills,
});

export const CURATED_LEARNING_RESOURCES: CuratedLearningResource[] = [
  openstax("principles-accounting-volume-1", "Principles of Accounting, Volume 1", ["Economics and Accounting"]),
  openstax("principles-finance", "Principles of Finance", [
    "Economics and Accounting",
    "Management of Financial Resources",
  ]),
  openstax("principles-economics-3e", "Principles of Economics 3e", ["Economics and Accounting"]),
  openstax("principles-management", "Principles of Management", [
    "Administration and Management",
    "Management of Personnel Resources",
    "Coordination",
  ]),
  openstax("organizational-behavior", "Organizational Behavior", [
    "Personnel and Human Resources",
    "Social Perceptiveness",
    "Management of Personnel Resources",
  ]),
  openstax("introduction-business", "Introduction to Business", ["Administration and Management", "Administrative"]),
  openstax("principles-marketing", "Principles of Marketing", ["Sales and Marketing", "Persuasion"]),
  openstax("entrepreneurship", "Entrepreneurship", ["Administration and Management", "Judgment and Decision Making"]),
  openstax("business-ethics", "Business Ethics", ["Judgment and Decision Making", "Law and Government"]),
  openstax("business-law-i-essentials", "Business Law I Essentials", ["Law and Government"]),
  openstax("workplace-software-skills", "Workplace Software and Skills", ["Clerical", "Computers and Electronics"]),
  openstax("writing-guide", "Writing Guide with Handbook", ["Writing", "English Language", "Reading Comprehension"]),
  openstax("psychology-2e", "Psychology 2e", ["Psychology", "Therapy and Counseling"]),
  openstax("introduction-sociology-3e", "Introduction to Sociology 3e", ["Sociology and Anthropology"]),
  openstax("anatomy-and-physiology-2e", "Anatomy and Physiology 2e", ["Biology", "Medicine and Dentistry"]),
  openstax("fundamentals-nursing", "Fundamentals of Nursing", ["Medicine and Dentistry", "Service Orientation"]),
  openstax("clinical-nursing-skills", "Clinical Nursing Skills", ["Medicine and Dentistry", "Monitoring"]),
  openstax("biology-2e", "Biology 2e", ["Biology", "Science"]),
  openstax("chemistry-2e", "Chemistry 2e", ["Chemistry", "Science"]),
  openstax("college-physics-2e", "College Physics 2e", ["Physics", "Science"]),
  openstax("introductory-statistics-2e", "Introductory Statistics 2e", ["Mathematics", "Operations Analysis"]),
  openstax("college-algebra-2e", "College Algebra 2e", ["Mathematics"]),
  openstax("american-government-3e", "American Government 3e", ["Law and Government"]),
  {
    title: "MedlinePlus health topics",
    provider: "U.S. National Library of Medicine",
    url: "https://medlineplus.gov/healthtopics.html",
    kind: "guide",
    skills: ["Medicine and Dentistry", "Customer and Personal Service"],
  },
  {
    title: "OSHA training resources",
    provider: "U.S. Occupational Safety and Health Administration",
    url: "https://www.osha.gov/training",
    kind: "course",
    skills: ["Public Safety and Security", "Equipment Maintenance", "Production and Processing"],
  },
  {
    title: "FEMA Emergency Management Institute independent study courses",
    provider: "U.S. Federal Emergency Management Agency",
    url: "https://training.fema.gov/is/",
    kind: "course",
    skills: ["Public Safety and Security", "Coordination", "Judgment and Decision Making"],
  },
  {
    title: "SBA Learning Platform",
    provider: "U.S. Small Business Administration",
    url: "https://www.sba.gov/sba-learning-platform",
    kind: "course",
    skills: ["Administration and Management", "Management of Financial Resources", "Sales and Marketing"],
  },
  {
    title: "FAA handbooks and manuals",
    provider: "U.S. Federal Aviation Administration",
    url: "https://www.faa.gov/regulations_policies/handbooks_manuals",
    kind: "guide",
    skills: ["Transportation", "Operation and Control", "Mechanical"],
  },
  {
    title: "Khan Academy: Economics and finance",
    provider: "Khan Academy",
    url: "https://www.khanacademy.org/economics-finance-domain",
    kind: "course",
    skills: ["Economics and Accounting", "Management of Financial Resources"],
  },
  {
    title: "Khan Academy: Math",
    provider: "Khan Academy",
    url: "https://www.khanacademy.org/math",
    kind: "course",
    skills: ["Mathematics"],
  },
];
