/** Hands the reader a file made in the page: a Blob behind an `<a download>` link, clicked. */
export function downloadFile(file: { body: string; fileName: string; mediaType: string }): void {
  const url = URL.createObjectURL(new Blob([file.body], { type: file.mediaType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once, as FileSaver.js does: some browsers read the Blob only after the
  // click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
