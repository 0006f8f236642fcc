/** One thing wrong with the content, said so that an author can find and fix it. */
export interface Problem {
  file: string;
  line?: number | undefined;
  field: string;
  found: string;
  expected: string;
}
