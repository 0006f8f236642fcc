/** What a bar on the chart stands for, in the order the chart paints them and the page's key names them. */
export const SPAN_KINDS = ['flight', 'crew', 'term'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];
