// Types of spbe-engine (hand-written; `e2e/package.test.mjs` checks them with `tsc --noEmit`
// against an example that uses every export).

/** A bundled framework, as `models` lists it. */
export interface ModelEntry {
  id: string;
  name: { id: string; en: string };
  version: string;
  legalBasis: string;
  status: 'official' | 'reconstructed';
  /** How many values a set of levels has (one per indicator). */
  indicators: number;
  scale: { min: number; max: number; decimals: number };
  /** The lower edge of each predicate band. */
  bands: number[];
}

/** The bundled frameworks, without loading any (load one with `await load(id)`). */
export const models: ModelEntry[];

/** What `load`, `useFramework` and `validateFramework` resolve to. */
export interface Loaded {
  id: string;
  /** The framework file's version: every result is for this version. */
  version: string;
  indicators: number;
}

/** Options of `score`: the predicate basis, the language of names, and the framework's open
 * rules (Pemdi `bandEdge`; SPBE 2018 `aspect7` and `indexRounding`). */
export interface ScoreOptions {
  predicateBasis?: 'exact' | 'rounded';
  lang?: 'id' | 'en';
  bandEdge?: 'lower-inclusive' | 'upper-inclusive';
  aspect7?: 'six-items' | 'four-indicators';
  indexRounding?: 'truncate' | 'half-up';
  [variant: string]: string | undefined;
}

export interface Part {
  id: string;
  name: string;
  /** Half up to two decimals. */
  index: number;
}

export interface ScoreResult {
  /** The official figure: the exact index brought to two decimals by the framework's rule. */
  index: number;
  /** The exact index as decimal text (a repeating decimal is cut and ends in "…"). */
  exact: string;
  predicate: string;
  predicateId: string;
  /** Empty for a framework without domains (Pemdi). */
  domains: Part[];
  aspects: Part[];
}

export interface PlanOptions {
  /** A predicate (id, Indonesian or English name) or an index such as 3.1. */
  target: string | number;
  predicateBasis?: 'exact' | 'rounded';
  /** One whole number ≥ 1 per indicator: the effort of one step (default 1). */
  efforts?: number[];
  /** "rising": reaching the j-th level above the floor costs j × effort. */
  curve?: 'flat' | 'rising';
  /** Indicator numbers (1-based) that must not change. */
  locked?: number[];
  /** One value per indicator: the most each may reach. */
  maxLevels?: number[];
  /** At most this many steps per indicator. */
  pace?: number;
  /** The language of `predicate` and of the messages of errors (default Indonesian). */
  lang?: 'id' | 'en';
  bandEdge?: 'lower-inclusive' | 'upper-inclusive';
  aspect7?: 'six-items' | 'four-indicators';
  indexRounding?: 'truncate' | 'half-up';
}

export interface PlanStep {
  /** The indicator's number (1-based). */
  indicator: number;
  from: number;
  to: number;
}

export interface PlanResult {
  status: 'met' | 'planned' | 'unreachable';
  steps: PlanStep[];
  effort: number;
  index: number;
  exact: string;
  predicate: string;
  bestReachable: number;
  bestReachableExact: string;
  /** For "unreachable": what keeps the target out of reach. */
  binding: Array<'locked' | 'maxLevels' | 'pace' | 'combination' | 'scale'>;
}

/** One indicator's next step in `gains`' ranking (best gain per effort first). */
export interface Gain {
  indicator: number;
  from: number;
  to: number;
  /** The index's change, to four decimals; `exact` in full. */
  gain: number;
  exact: string;
  effort: number;
  /** Steps of this indicator alone that reach the next predicate, or null. */
  stepsToNextBand: number | null;
}

export type GainsOptions = Omit<PlanOptions, 'target'>;

/** What `parseLink` reads from a calculator link. */
export interface Link {
  model: string;
  levels?: number[];
  base?: number[];
  basis: 'exact' | 'rounded';
  lang?: 'id' | 'en';
  variants: Record<string, string>;
  view: string;
}

export interface LinkOptions {
  base?: number[];
  predicateBasis?: 'exact' | 'rounded';
  view?: string;
  lang?: 'id' | 'en';
  [variant: string]: string | number[] | undefined;
}

/** Every error the engine throws: `code` is stable, the message may be reworded. `message` is
 * in the call's `options.lang` (Indonesian when it has none, or the call takes no options);
 * `messages` holds it in both languages: show your user `messages.id`, log `messages.en`. */
export interface EngineError extends Error {
  messages: { id: string; en: string };
  code:
    | 'unknownModel' | 'notLoaded' | 'notReady' | 'loadFailed' | 'modelIdNotAString'
    | 'levelsNotAnArray' | 'wrongLength' | 'notANumber' | 'tooPrecise' | 'outOfRange'
    | 'badBasis' | 'badLang' | 'optionsNotAnObject' | 'limit' | 'unknownOption' | 'badOption'
    | 'badArgument' | 'invalidFramework' | 'reservedFramework' | 'badLink';
}

/** Make the engine ready (fetches or reads its wasm once); `load` does this too. */
export function ready(): Promise<void>;
/** Load a bundled framework by id (once). */
export function load(id: string): Promise<Loaded>;
/** Add a framework of one's own (JSON text or object), checked as the app checks one; then
 * score and plan with its id. */
export function useFramework(json: string | object, options?: { lang?: 'id' | 'en' }): Promise<Loaded>;
/** Check a framework file; rejects with `code` "invalidFramework" (message in `lang`). */
export function validateFramework(json: string | object, options?: { lang?: 'id' | 'en' }): Promise<Loaded>;
/** The index, predicate, domains and aspects of `values` (one per indicator). */
export function score(id: string, values: number[], options?: ScoreOptions): ScoreResult;
/** The least-effort plan from `values` to `options.target`. The first call of `plan` or
 * `gains` fetches (or, in Node, reads) the planner chunk; a failure rejects with `code`
 * "loadFailed" and the next call tries again. */
export function plan(id: string, values: number[], options: PlanOptions): Promise<PlanResult>;
/** Every indicator that can still rise, ranked by index gain per effort (the planner, as for
 * `plan`). */
export function gains(id: string, values: number[], options?: GainsOptions): Promise<Gain[]>;
/** An indicator's value from its external source's index (e.g. Pemdi 5 from the SDI), by the
 * framework's own map, half up to the scale's decimals. */
export function convertExternal(id: string, indicator: number, source: number): { value: number; by: string };
/** An evidence item's status (English or Indonesian name). */
export type ItemStatus =
  | 'missing' | 'preparing' | 'uploaded' | 'accepted' | 'rejected'
  | 'belum ada' | 'disiapkan' | 'diunggah' | 'diterima' | 'ditolak';
/** An indicator's value from its evidence items: one array per level (level 1 first) of item
 * statuses. Self-assessed counts uploaded and accepted items, verified accepted ones only; a
 * level counts only when every lower level is complete; Pemdi interpolates a partial level. */
export function valueFromItems(id: string, levels: ItemStatus[][]): { selfAssessed: number; verified: number };
/** A calculator link (or its `#…` part) read as the app reads it; its framework must be loaded. */
export function parseLink(text: string, options?: { lang?: 'id' | 'en' }): Link;
/** The link fragment (without `#`) that opens the calculator at these values. */
export function makeLink(id: string, values: number[], options?: LinkOptions): string;
/** The engine's version. */
export function version(): string;
