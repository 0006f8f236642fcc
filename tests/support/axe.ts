/** axe-core in real Chromium: load it into a page and read its violations as lines. */
import path from 'node:path';
import type { Page } from 'playwright-core';

/** axe's script, for `addInitScript` (every document a tab opens) or `addScriptTag` (one loaded page). */
export const AXE = path.resolve('node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Violations as readable lines: rule, what it asks for, and where. Needs axe in the page. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const options = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: [...rules] } } : {}) };
  const violations = await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, options)).violations;
  }, options);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

