import type { Occupation } from "./reference-data";

/**
 * Occupation records held packed. As parsed JSON the 1,016 records take about 17 MB of heap: 62,000 skill and
 * knowledge objects, 32,000 technology objects, 75,000 short strings, most of them repeated. Packed, each record keeps
 * its scalar fields and two typed arrays (names as ids into one shared table, scores as doubles), and its prose
 * (description, tasks, alternate and reported titles, read by a few requests only) as one JSON text: under 6 MB.
 *
 * The packed fields are own enumerable getters, so a record still reads, spreads, compares and serialises as the
 * plain `Occupation` it was; each read builds the array afresh (microseconds) and callers must not mutate it.
 */

interface Packed {
  /** Skill names, knowledge names, technologies (name id × 4 + hot × 2 + inDemand), ESCO skill names. */
  ids: Int32Array;
  /** Importance and level (NaN for a suppressed level) of each skill, then of each knowledge area. */
  scores: Float64Array;
  skills: number;
  knowledge: number;
  technologies: number;
  /** UTF-8 JSON of the prose fields (`Prose`): outside the JS heap, which it would otherwise grow by far more. */
  prose: Buffer;
  names: readonly string[];
}

type Prose = Pick<Occupation, "description" | "tasks" | "alternateTitles" | "reportedTitles">;

const packed = Symbol("packed");
type PackedOccupation = Occupation & { [packed]: Packed };

// The title index reads an occupation's alternate then reported titles: one parse serves both.
let lastProse: { bytes: Buffer; value: Prose } | undefined;

function prose(record: PackedOccupation): Prose {
  const bytes = record[packed].prose;
  if (lastProse?.bytes !== bytes) lastProse = { bytes, value: JSON.parse(bytes.toString("utf8")) as Prose };
  return lastProse.value;
}

function elements(p: Packed, from: number, count: number): Occupation["skills"] {
  return Array.from({ length: count }, (_, k) => {
    const level = p.scores[2 * (from + k) + 1]!;
    return {
      name: p.names[p.ids[from + k]!]!,
      importance: p.scores[2 * (from + k)]!,
      level: Number.isNaN(level) ? null : level,
    };
  });
}

/** Shared by every record, so all records keep one hidden class and no per-record closures. */
const getters: PropertyDescriptorMap = {
  skills: {
    enumerable: true,
    get(this: PackedOccupation) {
      return elements(this[packed], 0, this[packed].skills);
    },
  },
  knowledge: {
    enumerable: true,
    get(this: PackedOccupation) {
      const p = this[packed];
      return elements(p, p.skills, p.knowledge);
    },
  },
  technologies: {
    enumerable: true,
    get(this: PackedOccupation): Occupation["technologies"] {
      const p = this[packed];
      const start = p.skills + p.knowledge;
      return Array.from(p.ids.subarray(start, start + p.technologies), (id) => ({
        name: p.names[id >> 2]!,
        hot: (id & 2) !== 0,
        inDemand: (id & 1) !== 0,
      }));
    },
  },
  escoSkills: {
    enumerable: true,
    get(this: PackedOccupation) {
      const p = this[packed];
      return Array.from(p.ids.subarray(p.skills + p.knowledge + p.technologies), (id) => p.names[id]!);
    },
  },
  description: { enumerable: true, get: fromProse("description") },
  tasks: { enumerable: true, get: fromProse("tasks") },
  alternateTitles: { enumerable: true, get: fromProse("alternateTitles") },
  reportedTitles: { enumerable: true, get: fromProse("reportedTitles") },
};

function fromProse<K extends keyof Prose>(key: K) {
  return function (this: PackedOccupation): Prose[K] {
    return prose(this)[key];
  };
}

/**
 * A packer for one load of the occupations file: names repeated across records (skill, technology and ESCO skill
 * names, related codes, wage periods) are stored once.
 */
export function occupationPacker(): (record: Occupation) => Occupation {
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  const nameId = (name: string) => {
    let id = nameIds.get(name);
    if (id === undefined) {
      id = names.length;
      names.push(name);
      nameIds.set(name, id);
    }
    return id;
  };
  const intern = (text: string) => names[nameId(text)]!;

  return (o) => {
    const elementScores = [...o.skills, ...o.knowledge];
    const ids = Int32Array.from([
      ...elementScores.map((e) => nameId(e.name)),
      ...o.technologies.map((t) => nameId(t.name) * 4 + (t.hot ? 2 : 0) + (t.inDemand ? 1 : 0)),
      ...o.escoSkills.map(nameId),
    ]);
    const scores = Float64Array.from(elementScores.flatMap((e) => [e.importance, e.level ?? Number.NaN]));
    const { description, tasks, alternateTitles, reportedTitles } = o;
    const record = {
      code: o.code,
      title: o.title,
      jobZone: o.jobZone,
      skillsFrom: o.skillsFrom,
      interests: o.interests,
      related: o.related.map(intern),
      wages: o.wages && { ...o.wages, period: intern(o.wages.period) },
    };
    Object.defineProperty(record, packed, {
      value: {
        ids,
        scores,
        skills: o.skills.length,
        knowledge: o.knowledge.length,
        technologies: o.technologies.length,
        prose: Buffer.from(JSON.stringify({ description, tasks, alternateTitles, reportedTitles })),
        names,
      } satisfies Packed,
    });
    return Object.defineProperties(record, getters) as Occupation;
  };
}
