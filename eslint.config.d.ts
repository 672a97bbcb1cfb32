import type { Linter } from 'eslint';

/** The project's ESLint configuration (eslint.config.js), typed for the test that proves its layer rules bite. */
declare const config: Linter.Config[];
export default config;
export declare const LAYER_ZONES: { target: string; from: string | string[]; except?: string[]; message: string }[];
/** The rooms of src/shared, lowest first; rooms on one step never import each other. */
export declare const SHARED_ROOMS: string[][];
