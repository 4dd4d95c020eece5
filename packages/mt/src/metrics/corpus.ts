/** Both metrics compare line i of the hypotheses with line i of the references. */
export function assertParallel(metric: string, hypotheses: unknown[], references: unknown[]): void {
  if (hypotheses.length !== references.length) {
    throw new Error(
      `${metric}: ${hypotheses.length} hypotheses but ${references.length} references; ` +
        'each hypothesis line needs exactly one reference line',
    );
  }
}
