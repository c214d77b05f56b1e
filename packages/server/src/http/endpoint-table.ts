type Json = Record<string, unknown>;

const WHO: Record<string, string> = {
  anyone: 'anyone',
  caller: 'any key or session',
  kol: 'KOL',
  officer: 'officer',
  kolOrOfficer: 'KOL (own), officer',
};

const nameOf = (schema: unknown): string | null => {
  const ref = (schema as Json | undefined)?.$ref;
  return typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : null;
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/**
 * The endpoint table of `docs/api.md`, made from the OpenAPI document: one row per operation,
 * in the document's order. `pnpm api:docs` writes it; a test fails when the file differs.
 */
export function endpointTable(document: Json): string {
  const rows = ['| method & path | who | body / query | returns | what it does |', '|---|---|---|---|---|'];
  for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = (operation.parameters as Json[] | undefined) ?? [];
      const query = parameters.filter((p) => p.in === 'query').map((p) => `\`${String(p.name)}\``);
      const body = nameOf(((operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json']?.schema);
      const rawBody = Object.keys(((operation.requestBody as Json | undefined)?.content as Json | undefined) ?? {})[0];
      const sent = [body ? `[${body}]` : rawBody && !body ? rawBody : '', query.length ? `query ${query.join(', ')}` : '']
        .filter(Boolean)
        .join('; ');
      const responses = operation.responses as Record<string, Json>;
      const success = Object.entries(responses).filter(([status]) => Number(status) < 400);
      const returns = success
        .map(([status, response]) => {
          const content = (response.content as Record<string, Json> | undefined) ?? {};
          const json = nameOf(content['application/json']?.schema);
          const type = json ? `[${json}]` : Object.keys(content)[0] ?? '';
          return `${status}${type ? ` ${type}` : ''}`;
        })
        .join(', ');
      const refusals = Object.keys(responses).filter((status) => Number(status) >= 400);
      const details = String(operation.description ?? '')
        .split('\n\n')
        .filter((paragraph) => paragraph && !paragraph.startsWith('**Access:**'));
      const description = [String(operation.summary ?? ''), ...details].join(' ');
      rows.push(
        `| ${method.toUpperCase()} \`${path}\` | ${WHO[String(operation['x-access'])] ?? ''} | ${cell(sent)} | ${cell(returns)}${refusals.length ? `; ${refusals.join(', ')}` : ''} | ${cell(description)} |`,
      );
    }
  }
  return rows.join('\n');
}

/** The markers around the generated table in `docs/api.md`. */
export const TABLE_START = '<!-- endpoints: generated from GET /v1/openapi.json by `pnpm api:docs`; do not edit -->';
export const TABLE_END = '<!-- /endpoints -->';

/** `markdown` with the text between the markers replaced by `table`. */
export function withEndpointTable(markdown: string, table: string): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start === -1 || end === -1) throw new Error(`docs/api.md needs the markers ${TABLE_START} … ${TABLE_END}`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n${table}\n${markdown.slice(end)}`;
}
