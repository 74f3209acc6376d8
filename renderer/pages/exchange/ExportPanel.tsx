/** Placeholder until this panel is built. */
export function ExportPanel() {
  return null;
}
