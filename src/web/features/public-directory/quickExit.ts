/**
 * Where "leave this page quickly" goes: the weather forecast of the KNMI, the Dutch national
 * weather service. A page anyone might open, that says nothing about why someone was here, on
 * a public body's site without advertising. `location.replace` puts it in place of this page in
 * the browser's history, so Back does not come back here; Schakel sends no referrer
 * (Referrer-Policy: no-referrer), so the weather page does not learn where the visitor came
 * from either.
 */
export const neutralAddress = 'https://www.knmi.nl/nederland-nu/weer/verwachtingen';

/** Two presses of Escape within this many milliseconds leave the page too. */
export const escapeTwiceWithinMs = 1000;

/** Hides the page at once (before the next page has loaded) and replaces it with the neutral one. */
export function leaveQuickly(): void {
  document.title = '';
  document.body.hidden = true;
  window.location.replace(neutralAddress);
}
