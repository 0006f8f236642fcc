/**
 * What a rule of the content check is. Each rule lives in `rules/<name>.ts` with its own unit
 * test and is listed in `check.ts`; a rule looks at one file at a time and may read the rest
 * of the model (the ids, other entries) to judge it.
 */
import type { ContentModel, ModelFile } from '../model/loader.ts';
import type { Problem } from './problem.ts';

export interface Rule {
  name: string;
  /** Errors stop the build; warnings are listed (a scaffold placeholder builds, but never silently). */
  severity: 'error' | 'warning';
  /** True when the rule reads nothing but the file itself, so its result can be kept until the file changes. */
  local: boolean;
  check(file: ModelFile, model: ContentModel): Problem[];
}
