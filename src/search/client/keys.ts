/**
 * Keyboard use of a result list: ↓ from the search box enters the list, ↓ and ↑ move between
 * results, ↑ from the first goes back to the box, Home and End jump; Enter follows the focused
 * link as any link does.
 */
export function listKeyboardNavigation(input: HTMLInputElement, list: HTMLElement, linkSelector: string) {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>(linkSelector)];

  const toFirst = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  };
  input.addEventListener('keydown', toFirst);
  // Arriving from the header's search box, focus is on no element: ↓ still starts at the first result.
  document.addEventListener('keydown', (event) => {
    if (document.activeElement === document.body && !event.altKey && !event.ctrlKey && !event.metaKey) toFirst(event);
  });

  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    const target = {
      ArrowDown: all[at + 1],
      ArrowUp: at === 0 ? input : all[at - 1],
      Home: all[0],
      End: all[all.length - 1],
    }[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  });
}
