import { expect } from '@open-wc/testing';
import { ResponseValidationError, createClient, type ClientOptions } from '@ibusibuk/sdk';

const baseUrl = (window as unknown as { __IBUSIBUK_API__: string }).__IBUSIBUK_API__;
const g = globalThis as Record<string, unknown>;

/** The real server's answer, with the campaign's fee turned into text: a server that drifted from the SDK. */
const drifted: typeof fetch = async (input, init) => {
  const answer = await fetch(input, init);
  const campaign = (await answer.json()) as { compensation: { fee: unknown } };
  campaign.compensation.fee = String(campaign.compensation.fee);
  return Response.json(campaign, { status: answer.status, headers: answer.headers });
};

const client = (options: Partial<ClientOptions> = {}) => createClient({ baseUrl, publishableKey: 'pk_test_demo', fetch: drifted, ...options });

describe('answers in a page', () => {
  let id = '';
  before(async () => {
    id = (await createClient({ baseUrl, publishableKey: 'pk_test_demo' }).campaigns.list({ limit: 1 })).data[0]!.id;
  });
  afterEach(() => {
    g.__ibusibukValidate = 'responses';
  });

  it('runs with every answer checked, as the test page asks', () => {
    expect(g.__ibusibukValidate).to.equal('responses');
  });

  it('refuses a drifted answer with validation on, naming the field', async () => {
    const error = await client({ validate: 'responses' }).campaigns.get(id).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).path).to.equal('compensation.fee');
  });

  it('checks answers by default while the page asks for it', async () => {
    const error = await client().campaigns.get(id).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ResponseValidationError);
  });

  it('trusts the answer as it came with validation off, the default of pages', async () => {
    delete g.__ibusibukValidate;
    const campaign = await client().campaigns.get(id);
    expect(campaign.compensation.fee).to.be.a('string');
    const explicit = await client({ validate: 'none' }).campaigns.get(id);
    expect(explicit.compensation.fee).to.equal(campaign.compensation.fee);
  });
});
