export { detectLanguage, explainDetection } from './detect.js';
export type { DetectedLanguage, Detection, Explanation, ScoreParts } from './detect.js';
