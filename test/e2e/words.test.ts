/** Words a team lead trusts, as the CLI writes them: a star-rated export, owners named in the config, weekend due dates. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshFolderEachTest, runCli } from '../helpers/cli.js';

const directory = freshFolderEachTest();
const inDirectory = directory.inFolder;
const demoAnswers = readFileSync(new URL('../../templates/demo/answers.yaml', import.meta.url), 'utf8');

/** 80 star ratings with comments and an order amount: unhappy customers complain of late delivery, two orders were refunded. */
function starExport(): string {
  const rows = ['Rating,Review text,Order amount (USD)'];
  for (let index = 0; index < 80; index++) {
    const rating = index % 5 === 0 ? 1 : index % 7 === 0 ? 2 : index % 3 === 0 ? 4 : 5;
    const comment =
      rating <= 2 ? `The parcel arrived late again, delivery took ${index + 3} days and nobody answered` : 'Lovely fit and soft fabric';
    const amount = index === 10 ? '-35.50' : index === 20 ? '-12' : String(40 + index);
    rows.push(`${rating},"${comment}",${amount}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('an audit on star ratings, with owners in the config', () => {
  it('speaks of unhappy customers, names the owner beside the role, and moves a weekend due date to Monday', () => {
    writeFileSync(inDirectory('team.yaml'), demoAnswers);
    writeFileSync(inDirectory('reviews.csv'), starExport());
    writeFileSync(inDirectory('centricity.config.yaml'), 'owners:\n  Customer support lead: Sam\n');
    // 2026-11-28 is a Saturday: a week later is a Saturday too, so actions are due on Monday 2026-12-07.
    const result = runCli(['audit', '--answers', 'team.yaml', '--feedback', 'reviews.csv', '--date', '2026-11-28', '--out', 'report.md'], {
      cwd: directory.path,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '- Call back unhappy customers, then tell them what changed (Sam, Customer support lead, by 2026-12-07)',
    );
    expect(result.stdout).not.toMatch(/detractor|promoter/i);
    const report = readFileSync(inDirectory('report.md'), 'utf8');
    expect(report).toContain('· owner: Sam (Customer support lead) · due 2026-12-07 ·');
    expect(report).not.toMatch(/due 2026-12-0[56]/);
    // The respondent's own notes may say what they like; centricity's words about the stars may not.
    const ours = report
      .split('\n')
      .filter((line) => !line.includes('*Your note on*') && !line.includes('Evidence:'))
      .join('\n');
    const plan = ours.slice(ours.indexOf('## Summary'), ours.indexOf('## Evidence'));
    expect(plan).not.toMatch(/detractor|promoter/i);
    expect(report).toMatch(
      /\*\*Value,\*\* from the column “Order amount \(USD\)”: its amounts on the answers with a score add up to \$[\d,]+; .* is on the answers of unhappy customers \(1–2\)\./,
    );
    expect(report).toContain('not what the customers are worth');
    expect(report).toContain('2 negative amounts, read as refunds (−$47.50), are left out of these sums.');
    expect(report).toContain('*Data quality:* 80 rows read');
  });

  it('refuses an owner that is not a name, in one sentence, with exit 2', () => {
    writeFileSync(inDirectory('team.yaml'), demoAnswers);
    writeFileSync(inDirectory('centricity.config.yaml'), 'owners:\n  Customer suport lead: Sam\n');
    const result = runCli(['audit', '--answers', 'team.yaml', '--out', 'report.md'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^centricity: .*centricity\.config\.yaml: line 2: owners\."Customer suport lead": no action is owned by this role; did you mean "Customer support lead"\?\n$/,
    );
  });
});
