/** Exports are ordinary browser downloads: one file per button, nothing sent anywhere. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
