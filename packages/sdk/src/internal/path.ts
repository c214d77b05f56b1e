/** A path template whose interpolated ids are URI-encoded: path`/v1/campaigns/${id}`. */
export function path(strings: TemplateStringsArray, ...ids: string[]): string {
  return strings.reduce((out, part, i) => out + part + (i < ids.length ? encodeURIComponent(ids[i]!) : ''), '');
}
