/**
 * Escapes a value for HTML text and attribute values (double- or single-quoted): `& < > " '`.
 * `null` and `undefined` become the empty string.
 *
 * @example
 * escapeHtml('Tom & "Jerry" <b>'); // 'Tom &amp; &quot;Jerry&quot; &lt;b&gt;'
 */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Serialises a value as JSON safe to embed in a `<script type="application/json">` element: `<`, `>`, `&`
 * and the JavaScript line separators are written as `\uXXXX` escapes, so a value such as `</script>` or
 * `<!--` cannot end or alter the element. `JSON.parse` of the element's text gives the value back.
 *
 * @example
 * jsonForScript({ note: '</script>' }); // '{"note":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
