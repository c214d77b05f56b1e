/**
 * Resolves once the next frame has been painted (a task posted from requestAnimationFrame runs
 * after that frame's paint), so work started then never delays what that frame shows.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
