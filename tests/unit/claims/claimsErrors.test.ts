/**
 * Broken claims data, case by case: each fixture produces exactly its one expected message,
 * naming the claims file, the line and claim id, and what to do.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../../src/lib/contentError.ts';
import { parseClaimsFile, parseNotClaimsFile } from '../../../src/lib/claims/claimsData.ts';
import { verifyClaims, type ArticleText } from '../../../src/lib/claims/verifyClaims.ts';

const FILE = 'content/claims/troops.yaml';
const articles: ArticleText[] = [
  {
    id: 'alpha',
    file: 'content/articles/alpha.txt',
    passages: [
      { id: 'p-1', line: 3, text: 'The CSTO sent 2,500 peacekeepers to Kazakhstan.' },
      { id: 'p-2', line: 5, text: 'Tokayev said “order has been restored”.' },
    ],
  },
  { id: 'beta', file: 'content/articles/beta.txt', passages: [{ id: 'p-1', line: 1, text: 'The mission includes 2,030 soldiers.' }] },
];

const claim = (fields: string) => `topic: troops\nclaims:\n${fields}`;
const good = `  - id: troop-count
    statement: The CSTO sent troops.
    speaker: the outlet
    mentions:
      - article: alpha
        voice: outlet
        quotes:
          - "2,500 peacekeepers"
      - article: beta
        voice: outlet
        quotes:
          - "2,030 soldiers"
`;

function messages(yaml: string, notClaims?: string): string[] {
  try {
    const file = parseClaimsFile(yaml, FILE);
    const excused = notClaims ? parseNotClaimsFile(notClaims, 'content/claims/not-claims.yaml') : null;
    verifyClaims([file], articles, excused);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
}

const cases: Array<{ name: string; yaml: string; notClaims?: string; message: string }> = [
  {
    name: 'quote not in the article',
    yaml: claim(good.replace('"2,500 peacekeepers"', '"2,500 soldiers"')),
    message: `${FILE}:10: [troop-count] Quote not found in article "alpha": "2,500 soldiers". Closest passage (p-1): "sent 2,500 peacekeepers"\n  → Copy the passage exactly as the cleaned article shows it (quotes, apostrophes and dashes included); only white space may differ.`,
  },
  {
    name: 'straight quotes where the text has typographic ones',
    yaml: claim(`  - id: order-restored
    statement: Order was restored.
    speaker: Tokayev
    mentions:
      - article: alpha
        voice: attributed
        attributedTo: Kassym-Jomart Tokayev
        quotes:
          - '"order has been restored"'
`),
    message: `${FILE}:11: [order-restored] Quote not found in article "alpha": ""order has been restored"". Closest passage (p-2): "“order has been restored”."\n  → Copy the passage exactly as the cleaned article shows it (quotes, apostrophes and dashes included); only white space may differ.`,
  },
  {
    name: 'unknown article id',
    yaml: claim(good.replace('article: beta', 'article: gamma')),
    message: `${FILE}:11: [troop-count] Unknown article "gamma".\n  → Use one of the article ids: alpha, beta.`,
  },
  {
    name: 'duplicate claim id',
    yaml: claim(good + good.replace(/"2,500 peacekeepers"/, '"peacekeepers"')),
    message: `${FILE}:15: [troop-count] Duplicate claim id "troop-count" (first defined at ${FILE}:3).\n  → Claim ids are permalinks: give this claim its own id, or merge the two claims.`,
  },
  {
    name: 'empty statement',
    yaml: claim(good.replace('statement: The CSTO sent troops.', 'statement: ""')),
    message: `${FILE}:4: claims.0.statement: the statement cannot be empty\n  → Fix this claim; the README describes the claims format.`,
  },
  {
    name: 'figure without a unit',
    yaml: claim(good.replace('    speaker: the outlet\n', '    speaker: the outlet\n    figure: { value: 2500 }\n')),
    message: `${FILE}:6: claims.0.figure.unit: a figure needs a unit\n  → Fix this claim; the README describes the claims format.`,
  },
  {
    name: 'attributed mention without a source',
    yaml: claim(good.replace('      - article: beta\n        voice: outlet', '      - article: beta\n        voice: attributed')),
    message: `${FILE}:11: claims.0.mentions.1.attributedTo: an attributed mention needs attributedTo: the source the article names\n  → Fix this claim; the README describes the claims format.`,
  },
  {
    name: 'same article mentioned twice',
    yaml: claim(good.replace('article: beta', 'article: alpha').replace('"2,030 soldiers"', '"peacekeepers"')),
    message: `${FILE}:11: [troop-count] Article "alpha" is mentioned twice in this claim.\n  → Give one mention per article; put several quotes under its \`quotes\`.`,
  },
  {
    name: 'claim id not kebab-case',
    yaml: claim(good.replace('id: troop-count', 'id: Troop_Count')),
    message: `${FILE}:3: claims.0.id: must be kebab-case: lowercase letters, digits and single hyphens\n  → Fix this claim; the README describes the claims format.`,
  },
  {
    name: 'a number in the text that no quote covers',
    yaml: claim(good.replace('"2,030 soldiers"', '"soldiers"')),
    message: `content/articles/beta.txt:1: [beta#p-1] The number "2,030" in p-1 (The mission includes 2,030 soldiers.) is in no claim's quote.\n  → Quote it in the claim it supports, or list it in content/claims/not-claims.yaml (article, paragraph, number, reason) if it is not a claim.`,
  },
  {
    name: 'a not-claims entry for a number that is already quoted',
    yaml: claim(good),
    notClaims: 'notClaims:\n  - article: beta\n    paragraph: p-1\n    number: "2,030"\n    reason: A stale entry for a quoted number.\n',
    message: `content/claims/not-claims.yaml:2: [beta#p-1] No uncovered number "2,030" in p-1: the entry is stale or the number is already quoted.\n  → Remove the entry, or correct its paragraph or number.`,
  },
  {
    name: 'a not-claims entry without a reason',
    yaml: claim(good),
    notClaims: 'notClaims:\n  - article: beta\n    paragraph: p-1\n    number: "2,030"\n',
    message: `content/claims/not-claims.yaml:2: notClaims.0.reason: say why this number is not a claim\n  → Fix this claim; the README describes the claims format.`,
  },
  {
    name: 'not valid YAML',
    yaml: 'topic: troops\nclaims:\n  - id: x\n    statement: [unclosed\n',
    message: `${FILE}:5: This is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n  → Fix the YAML syntax (indentation, quotes, a missing colon) at this line.`,
  },
];

describe('claims data errors: one message each', () => {
  it('the good fixture passes', () => {
    expect(messages(claim(good))).toEqual([]);
  });
  for (const { name, yaml, notClaims, message } of cases) {
    it(name, () => {
      expect(messages(yaml, notClaims)).toEqual([message]);
    });
  }
});
