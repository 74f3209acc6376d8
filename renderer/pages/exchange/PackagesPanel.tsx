/** Placeholder until this panel is built. */
export function PackagesPanel() {
  return null;
}
