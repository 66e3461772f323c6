import type { Occupation } from "../../modules/reference-data/reference-data";

/**
 * The engine works on the occupation records the reference-data loader validates (O*NET 29.3, ESCO v1.1.1 skills,
 * BLS OEWS May 2024 wages); it only reads them.
 */
export type CareerOccupation = Occupation;
