/** Shows the "Copy citation" button where the clipboard can be written, and copies on click. */
export function installCopyCitation() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-citation]')) {
    if (!navigator.clipboard) continue;
    const status = button.parentElement?.querySelector('[data-copy-status]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copyCitation ?? '');
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Could not copy: select the citation above instead.';
      }
    });
  }
}
