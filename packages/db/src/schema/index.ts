export * from "./auth";
export * from "./hiring";
export * from "./platform";
export * from "./profiles";
export * from "./resumes";
export * from "./resume-experiments";
