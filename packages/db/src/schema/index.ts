export * from "./auth";
export * from "./career-chat";
export * from "./hiring";
export * from "./platform";
export * from "./profiles";
export * from "./resume-experiments";
export * from "./resumes";
export * from "./scheduling";
