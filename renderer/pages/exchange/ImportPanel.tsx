/** Placeholder until this panel is built. */
export function ImportPanel() {
  return null;
}
