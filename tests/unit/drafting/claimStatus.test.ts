/** A claim can be a draft (`status: draft`, from npm run draft-claims) with a topic of its own. */
import { describe, expect, it } from 'vitest';
import { parseClaimsFile } from '../../../src/lib/claims/claimsData.ts';
import { verifyClaims } from '../../../src/lib/claims/verifyClaims.ts';
import { ContentError } from '../../../src/lib/contentError.ts';

const file = (status: string, extra = '') => `topic: drafts
claims:
  - id: detentions
    ${status}${extra}
    statement: 7,939 people were detained.
    speaker: the outlet
    mentions:
      - article: a
        voice: outlet
        quotes: ["7,939 people were detained"]
`;
const articles = [{ id: 'a', passages: [{ id: 'p-1', text: 'In all 7,939 people were detained.' }] }];

describe('claim status', () => {
  it('reads status: draft and a claim’s own topic, and passes both to the verified claim', () => {
    const parsed = parseClaimsFile(file('status: draft', '\n    topic: detentions'), 'content/claims/drafts.yaml');
    const [claim] = verifyClaims([parsed], articles, null).claims;
    expect(claim?.status).toBe('draft');
    expect(claim?.topic).toBe('detentions');
  });

  it('takes a claim without a status as reviewed, under its file’s topic', () => {
    const [claim] = verifyClaims([parseClaimsFile(file('# no status'), 'x.yaml')], articles, null).claims;
    expect(claim?.status).toBe('reviewed');
    expect(claim?.topic).toBe('drafts');
  });

  it('rejects another status, naming the line', () => {
    expect(() => parseClaimsFile(file('status: maybe'), 'content/claims/drafts.yaml')).toThrow(ContentError);
    expect(() => parseClaimsFile(file('status: maybe'), 'content/claims/drafts.yaml')).toThrow(/drafts\.yaml:4/u);
  });
});
