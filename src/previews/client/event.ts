/** The event the loader sends a link (bubbling, detail 'hover' or 'focus') once the card is loaded. */
export const PREVIEW_EVENT = 'orbital:link-preview';
