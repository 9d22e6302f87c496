import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTRODUCTION_STATUSES } from '@brobygger/domain';
import { openDatabase, type SqliteHandle as DbHandle } from '../sqlite-handle';
import { verifyPassword } from '../password';
import {
  clearDatabase,
  DEMO_PASSWORD,
  isDatabaseEmpty,
  isValidOrgNumber,
  seedDatabase,
  type SeedSummary,
} from './index';

const dir = mkdtempSync(join(tmpdir(), 'brobygger-seed-'));
let demo: DbHandle;
let twin: DbHandle;
let summary: SeedSummary;

const all = <T = Record<string, unknown>>(h: DbHandle, sql: string): T[] =>
  h.sqlite.prepare(sql).all() as T[];
const one = (h: DbHandle, sql: string): number => Number(h.sqlite.prepare(sql).pluck().get());

beforeAll(async () => {
  demo = openDatabase(join(dir, 'demo.db'));
  twin = openDatabase(join(dir, 'twin.db'));
  expect(await isDatabaseEmpty(demo)).toBe(true);
  summary = await seedDatabase(demo);
  await seedDatabase(twin);
}, 60_000);

afterAll(() => {
  void demo.close();
  void twin.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo seed', () => {
  it('meets the minimum sizes', () => {
    expect(one(demo, 'SELECT count(*) FROM organizations')).toBeGreaterThanOrEqual(40);
    expect(one(demo, 'SELECT count(*) FROM people')).toBeGreaterThanOrEqual(300);
    expect(
      one(demo, 'SELECT count(*) FROM people WHERE is_participant = 1'),
    ).toBeGreaterThanOrEqual(120);
    expect(one(demo, 'SELECT count(*) FROM networks')).toBeGreaterThanOrEqual(6);
    expect(one(demo, 'SELECT count(*) FROM connections')).toBeGreaterThanOrEqual(400);
    expect(one(demo, 'SELECT count(*) FROM agreements')).toBeGreaterThanOrEqual(60);
    expect(one(demo, 'SELECT count(*) FROM opportunities')).toBeGreaterThanOrEqual(25);
    expect(one(demo, 'SELECT count(*) FROM introductions')).toBeGreaterThanOrEqual(20);
    expect(summary.counts.people).toBe(one(demo, 'SELECT count(*) FROM people'));
  });

  it('has organisations of every kind the model needs, in all three sectors, in Grenland', () => {
    const kinds = all<{ kind: string }>(demo, 'SELECT DISTINCT kind FROM organizations').map(
      (r) => r.kind,
    );
    for (const kind of [
      'COMPANY',
      'NAV_OFFICE',
      'MUNICIPALITY',
      'COUNTY',
      'SCHOOL',
      'HEALTH_SERVICE',
      'SOCIAL_ENTERPRISE',
      'NGO',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(one(demo, 'SELECT count(DISTINCT sector) FROM organizations')).toBe(3);
    const municipalities = all<{ m: string }>(
      demo,
      'SELECT DISTINCT municipality_number AS m FROM organizations',
    ).map((r) => r.m);
    for (const m of ['4003', '4001', '4012', '4005', '4014', '4010', '4016', '4018'])
      expect(municipalities).toContain(m);
    expect(
      one(
        demo,
        "SELECT count(*) FROM organizations WHERE kind = 'COMPANY' AND (industry_code IS NULL OR industry_name IS NULL)",
      ),
    ).toBe(0);
  });

  it('gives every organisation a unique number that passes the MOD11 check, real ones where known', () => {
    const numbers = all<{ n: string }>(demo, 'SELECT org_number AS n FROM organizations').map(
      (r) => r.n,
    );
    expect(numbers.every((n) => isValidOrgNumber(n))).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(one(demo, "SELECT count(*) FROM organizations WHERE org_number = '889640782'")).toBe(1);
    expect(
      one(
        demo,
        "SELECT count(*) FROM organizations WHERE org_number = '989483404' AND name = 'KREM'",
      ),
    ).toBe(1);
    expect(isValidOrgNumber('989483405')).toBe(false);
  });

  it('gives every participant a full profile whose history walks to their status', () => {
    const incomplete = one(
      demo,
      `SELECT count(*) FROM people p LEFT JOIN participant_profiles pp ON pp.person_id = p.id
       LEFT JOIN organizations nav ON nav.id = pp.public_partner_id
       LEFT JOIN people c ON c.id = pp.coordinator_id
       WHERE p.is_participant = 1 AND p.sector = 'CIVIL' AND (
         pp.person_id IS NULL OR pp.municipality_number IS NULL OR pp.hours_per_week IS NULL
         OR pp.benefit IS NULL OR nav.kind <> 'NAV_OFFICE' OR c.sector <> 'CIVIL'
         OR NOT EXISTS (SELECT 1 FROM talents t WHERE t.person_id = p.id)
         OR NOT EXISTS (SELECT 1 FROM dreams d WHERE d.person_id = p.id)
         OR NOT EXISTS (SELECT 1 FROM goals g WHERE g.person_id = p.id AND g.target_date IS NOT NULL)
         OR NOT EXISTS (SELECT 1 FROM plan_steps s WHERE s.person_id = p.id)
         OR NOT EXISTS (SELECT 1 FROM wished_industries w WHERE w.person_id = p.id)
         OR (SELECT status FROM participant_status_changes s WHERE s.person_id = p.id ORDER BY changed_on DESC, id DESC LIMIT 1) <> pp.status)`,
    );
    expect(incomplete).toBe(0);
    expect(one(demo, 'SELECT count(*) FROM people WHERE since IS NULL')).toBe(0);
    expect(one(demo, 'SELECT count(*) FROM plan_steps WHERE done = 1')).toBeGreaterThan(0);
    expect(
      one(demo, 'SELECT count(*) FROM participant_profiles WHERE visible_to_employers = 1'),
    ).toBeGreaterThan(one(demo, 'SELECT count(*) FROM participant_profiles') / 2);
    expect(
      one(demo, 'SELECT count(*) FROM participant_profiles WHERE share_for_research = 0'),
    ).toBeGreaterThan(0);
    expect(one(demo, 'SELECT count(DISTINCT status) FROM participant_profiles')).toBe(6);
    // Statuses only go forward along the path.
    const order =
      "CASE status WHEN 'OUTSIDE_WORK' THEN 0 WHEN 'IN_ACTIVITY' THEN 1 WHEN 'WORK_TRIAL' THEN 2 WHEN 'EDUCATION' THEN 3 WHEN 'EMPLOYED_PART_TIME' THEN 4 ELSE 5 END";
    expect(
      one(
        demo,
        `SELECT count(*) FROM participant_status_changes a JOIN participant_status_changes b ON a.person_id = b.person_id AND a.changed_on < b.changed_on WHERE (${order.replace(/status/, 'a.status')}) > (${order.replace(/status/, 'b.status')})`,
      ),
    ).toBe(0);
  });

  it('has networks with people and organisations, and ties spread over the years and across sectors', () => {
    expect(
      one(
        demo,
        'SELECT count(*) FROM networks n WHERE NOT EXISTS (SELECT 1 FROM network_members m WHERE m.network_id = n.id AND m.person_id IS NOT NULL) OR NOT EXISTS (SELECT 1 FROM network_members m WHERE m.network_id = n.id AND m.organization_id IS NOT NULL)',
      ),
    ).toBe(0);
    const years = all<{ y: string }>(
      demo,
      'SELECT DISTINCT substr(since, 1, 4) AS y FROM connections',
    ).map((r) => r.y);
    for (const y of ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'])
      expect(years).toContain(y);
    expect(one(demo, 'SELECT count(DISTINCT kind) FROM connections')).toBe(5);
    expect(one(demo, 'SELECT count(*) FROM connections WHERE until IS NOT NULL')).toBeGreaterThan(
      0,
    );
    expect(
      one(
        demo,
        'SELECT count(*) FROM connections WHERE strength NOT BETWEEN 1 AND 3 OR until < since',
      ),
    ).toBe(0);
    const cross = one(
      demo,
      'SELECT count(*) FROM connections c JOIN people a ON a.id = c.person_a_id JOIN people b ON b.id = c.person_b_id WHERE a.sector <> b.sector',
    );
    expect(cross).toBeGreaterThan(200);
    // Nothing starts before the people it ties existed.
    expect(
      one(
        demo,
        'SELECT count(*) FROM connections c JOIN people a ON a.id = c.person_a_id JOIN people b ON b.id = c.person_b_id WHERE c.since < a.since OR c.since < b.since',
      ),
    ).toBe(0);
  });

  it('has agreements in every state, each following the lifecycle rules', () => {
    expect(
      all<{ status: string }>(demo, 'SELECT DISTINCT status FROM agreements ORDER BY status').map(
        (r) => r.status,
      ),
    ).toEqual(['ACTIVE', 'COMPLETED', 'DRAFT', 'PROPOSED', 'TERMINATED']);
    const sectors = `(SELECT count(DISTINCT coalesce(p.sector, o.sector)) FROM agreement_parties ap LEFT JOIN people p ON p.id = ap.person_id LEFT JOIN organizations o ON o.id = ap.organization_id WHERE ap.agreement_id = a.id)`;
    expect(
      one(demo, `SELECT count(*) FROM agreements a WHERE status <> 'DRAFT' AND ${sectors} < 2`),
    ).toBe(0);
    expect(
      one(demo, `SELECT count(*) FROM agreements a WHERE ${sectors} = 3`),
    ).toBeGreaterThanOrEqual(15);
    expect(
      one(
        demo,
        "SELECT count(*) FROM agreements a WHERE status IN ('ACTIVE', 'COMPLETED') AND EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.signed_at IS NULL)",
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM agreements a WHERE status = 'PROPOSED' AND NOT EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.signed_at IS NULL)",
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM agreements WHERE (status = 'COMPLETED') <> (outcome IS NOT NULL)",
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM agreements WHERE (status = 'TERMINATED') <> (termination_reason IS NOT NULL)",
      ),
    ).toBe(0);
    expect(
      one(demo, "SELECT count(*) FROM agreements WHERE status <> 'DRAFT' AND proposed_at IS NULL"),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM agreements WHERE status IN ('ACTIVE', 'COMPLETED') AND activated_at IS NULL",
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM agreements WHERE status IN ('COMPLETED', 'TERMINATED') AND closed_at IS NULL",
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM agreements WHERE status IN ('DRAFT', 'PROPOSED', 'ACTIVE') AND closed_at IS NOT NULL",
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        'SELECT count(*) FROM agreements WHERE proposed_at > activated_at OR activated_at > closed_at OR proposed_at > closed_at OR start_date > end_date OR created_at > coalesce(proposed_at, created_at)',
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM agreements WHERE coalesce(closed_at, activated_at, proposed_at, created_at) > '2026-11-01T23'",
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        'SELECT count(*) FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id WHERE ap.signed_at < a.proposed_at OR ap.signed_at > coalesce(a.activated_at, a.closed_at, ap.signed_at)',
      ),
    ).toBe(0);
    expect(
      all<{ o: string }>(
        demo,
        "SELECT DISTINCT outcome AS o FROM agreements WHERE status = 'COMPLETED' ORDER BY o",
      ).map((r) => r.o),
    ).toEqual(['EDUCATION', 'ENDED', 'EXTENDED', 'HIRED']);
  });

  it('writes every hire into the participant’s status history', () => {
    const hires = all<{ id: string; person: string; closed: string }>(
      demo,
      `SELECT a.id, ap.person_id AS person, substr(a.closed_at, 1, 10) AS closed FROM agreements a
       JOIN agreement_parties ap ON ap.agreement_id = a.id AND ap.role = 'PARTICIPANT'
       WHERE a.status = 'COMPLETED' AND a.outcome = 'HIRED'`,
    );
    expect(hires.length).toBeGreaterThan(0);
    for (const hire of hires) {
      const change = demo.sqlite
        .prepare(
          'SELECT status, changed_on FROM participant_status_changes WHERE agreement_id = ? AND person_id = ?',
        )
        .get(hire.id, hire.person) as { status: string; changed_on: string } | undefined;
      expect(change?.status).toMatch(/^EMPLOYED_(PART|FULL)_TIME$/);
      expect(change?.changed_on).toBe(hire.closed);
    }
  });

  it('has opportunities that want the participants’ talents, and introductions in every status', () => {
    expect(
      one(
        demo,
        'SELECT count(DISTINCT ot.opportunity_id) FROM opportunity_talents ot JOIN talents t ON t.name = ot.name',
      ),
    ).toBeGreaterThanOrEqual(20);
    expect(
      all<{ s: string }>(demo, 'SELECT DISTINCT status AS s FROM introductions ORDER BY s').map(
        (r) => r.s,
      ),
    ).toEqual(['ACCEPTED', 'DECLINED', 'EXPIRED', 'REQUESTED', 'WITHDRAWN']);
    expect(
      one(demo, 'SELECT count(*) FROM introductions WHERE opportunity_id IS NOT NULL'),
    ).toBeGreaterThan(5);
    expect(
      one(
        demo,
        'SELECT count(*) FROM introductions i JOIN participant_profiles pp ON pp.person_id = i.participant_id WHERE pp.visible_to_employers = 0',
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM introductions WHERE status = 'REQUESTED' AND deadline < '2026-11-01'",
      ),
    ).toBe(0);
    expect(
      one(
        demo,
        "SELECT count(*) FROM introductions WHERE status = 'EXPIRED' AND deadline >= '2026-11-01'",
      ),
    ).toBe(0);
  });

  it('makes the five demo logins, linked as the design says', async () => {
    const users = all<{
      email: string;
      role: string;
      person_id: string | null;
      organization_id: string | null;
      password_hash: string;
    }>(demo, 'SELECT * FROM users ORDER BY id');
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ['coordinator@example.org', 'COORDINATOR'],
      ['employer@example.org', 'EMPLOYER'],
      ['researcher@example.org', 'RESEARCHER'],
      ['participant@example.org', 'PARTICIPANT'],
      ['admin@example.org', 'ADMIN'],
    ]);
    const [coordinator, employer, , participant] = users;
    expect(await verifyPassword(DEMO_PASSWORD, participant?.password_hash ?? '')).toBe(true);
    expect(
      demo.sqlite
        .prepare(
          'SELECT o.name FROM people p JOIN organizations o ON o.id = p.organization_id WHERE p.id = ?',
        )
        .pluck()
        .get(coordinator?.person_id),
    ).toBe('KREM');
    const org = employer?.organization_id;
    expect(
      one(demo, `SELECT count(*) FROM opportunities WHERE organization_id = '${org}'`),
    ).toBeGreaterThan(0);
    expect(
      one(
        demo,
        `SELECT count(*) FROM introductions WHERE organization_id = '${org}' AND status = 'ACCEPTED'`,
      ),
    ).toBeGreaterThan(0);
    expect(
      one(
        demo,
        `SELECT count(*) FROM introductions WHERE organization_id = '${org}' AND status = 'REQUESTED'`,
      ),
    ).toBeGreaterThan(0);
    const person = participant?.person_id;
    expect(
      one(
        demo,
        `SELECT count(*) FROM participant_profiles WHERE person_id = '${person}' AND visible_to_employers = 1 AND share_for_research = 1`,
      ),
    ).toBe(1);
    expect(
      one(
        demo,
        `SELECT count(*) FROM introductions WHERE participant_id = '${person}' AND status = 'REQUESTED'`,
      ),
    ).toBeGreaterThan(0);
  });

  it('is deterministic: the same options give the same rows', () => {
    for (const table of [
      'organizations',
      'people',
      'participant_profiles',
      'connections',
      'agreements',
      'agreement_parties',
      'introductions',
    ]) {
      expect(all(twin, `SELECT * FROM ${table} ORDER BY 1`)).toEqual(
        all(demo, `SELECT * FROM ${table} ORDER BY 1`),
      );
    }
  });

  it('can be cleared for a reseed', async () => {
    await clearDatabase(twin);
    expect(await isDatabaseEmpty(twin)).toBe(true);
    expect(one(twin, 'SELECT count(*) FROM talents')).toBe(0);
  });
});

describe('a synthetic seed', () => {
  it('has the same shape at 2,000 people', async () => {
    const handle = openDatabase(join(dir, 'synthetic.db'));
    try {
      const result = await seedDatabase(handle, { people: 2000, seed: 7 });
      expect(result.mode).toBe('synthetic');
      expect(one(handle, 'SELECT count(*) FROM people')).toBe(2000);
      expect(one(handle, 'SELECT count(*) FROM people WHERE is_participant = 1')).toBe(800);
      expect(one(handle, 'SELECT count(*) FROM organizations')).toBe(250);
      expect(one(handle, 'SELECT count(*) FROM networks')).toBe(6);
      const ties = one(handle, 'SELECT count(*) FROM connections');
      expect(ties).toBeGreaterThan(2.5 * 2000);
      expect(ties).toBeLessThan(3.5 * 2000);
      expect(one(handle, 'SELECT count(*) FROM agreements')).toBe(400);
      expect(one(handle, 'SELECT count(DISTINCT status) FROM agreements')).toBe(5);
      expect(one(handle, 'SELECT count(DISTINCT status) FROM introductions')).toBe(INTRODUCTION_STATUSES.length);
      expect(one(handle, 'SELECT count(*) FROM opportunities')).toBe(200);
      expect(one(handle, 'SELECT count(*) FROM users')).toBe(5);
      const numbers = all<{ n: string }>(handle, 'SELECT org_number AS n FROM organizations').map(
        (r) => r.n,
      );
      expect(numbers.every((n) => isValidOrgNumber(n))).toBe(true);
    } finally {
      void handle.close();
    }
  }, 60_000);
});
