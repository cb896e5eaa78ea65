/**
 * Lets the page handle input and paint before long work goes on. The steps of an export run
 * one after another on the page's thread; without a pause between them a touch on the review
 * screen would wait for the whole export. A promise alone does not pause: its callbacks run
 * before any input.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
