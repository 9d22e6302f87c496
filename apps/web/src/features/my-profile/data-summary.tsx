import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { formatDate } from '../../lib/format';

/** The parts of the data export (exportMyData) the summary shows; the JSON beside it holds every field. */
export interface MyDataExport {
  exportedAt: string;
  names?: Record<string, string>;
  person: { id: string; name: string; email?: string | null; phone?: string | null; since?: string | null };
  profile: {
    status?: string;
    municipalityName?: string | null;
    hoursPerWeek?: number | null;
    benefit?: string | null;
    publicPartnerId?: string | null;
    coordinatorId?: string | null;
    visibleToEmployers?: boolean;
    shareForResearch?: boolean;
  } | null;
  talents: { name: string; level?: string }[];
  dreams: { text: string }[];
  goals: { text: string; status?: string; targetDate?: string | null }[];
  planSteps: { text: string; dueDate?: string | null; done?: boolean }[];
  statusHistory: { status: string; changedOn: string; reason?: string | null; note?: string | null }[];
  wishedIndustries: string[];
  connections: { personAId: string; personBId: string; kind?: string; since?: string | null }[];
  memberships: { networkId: string; role?: string | null; joinedOn?: string | null }[];
  agreements: { title: string; status: string; startDate?: string | null; endDate?: string | null }[];
  introductions: { organizationId: string; opportunityId?: string | null; status: string; createdAt?: string }[];
  shortlistRatings: { opportunityId: string; rating: string; updatedAt?: string }[];
  accounts: { email: string; role: string; active?: boolean; createdAt?: string }[];
  auditEvents: { at: string; action: string; role?: string | null }[];
}

interface Props {
  data: MyDataExport;
  t: TFunction;
  language: string;
}

/** One line of the log: equal events (same day, what, who) as one, with how many there were. */
interface LogLine {
  day: string;
  action: string;
  role: string | null;
  count: number;
}

/**
 * The log as the reader reads it: a coordinator reading a profile twenty times in a day is one
 * line with a count, not twenty. Lines keep the order of their first event.
 */
export function logLines(events: MyDataExport['auditEvents'], dayOf: (at: string) => string): LogLine[] {
  const lines = new Map<string, LogLine>();
  for (const event of events) {
    const day = dayOf(event.at);
    const role = event.role ?? null;
    const key = JSON.stringify([day, event.action, role]);
    const line = lines.get(key);
    if (line) line.count += 1;
    else lines.set(key, { day, action: event.action, role, count: 1 });
  }
  return [...lines.values()];
}

function Section(props: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <section>
      <h2>{props.title}</h2>
      {props.children.length ? <ul>{props.children}</ul> : <p className="empty">{props.empty}</p>}
    </section>
  );
}

/**
 * Everything stored about the participant, worded in their language for reading and printing:
 * the same export as the JSON file, with names beside ids. Other participants appear only as
 * "a participant", as everywhere a participant looks.
 */
export function DataSummary({ data, t, language }: Props) {
  const date = (value: string | null | undefined) => formatDate(value, language);
  const nameOf = (id: string | null | undefined) => (id ? (data.names?.[id] ?? (id === 'participant' ? t('me.summary.aParticipant') : id)) : '–');
  const none = t('me.summary.none');
  const profile = data.profile;
  const rows: [string, ReactNode][] = [
    [t('fields.name'), data.person.name],
    [t('fields.email'), data.person.email ?? '–'],
    [t('fields.phone'), data.person.phone ?? '–'],
    ...(profile
      ? ([
          [t('fields.status'), profile.status ? t(`participantStatus.${profile.status}`) : '–'],
          [t('fields.municipality'), profile.municipalityName ?? '–'],
          [t('fields.hoursPerWeek'), profile.hoursPerWeek != null ? new Intl.NumberFormat(language).format(profile.hoursPerWeek) : '–'],
          [t('me.summary.benefit'), profile.benefit ? t(`benefit.${profile.benefit}`) : '–'],
          [t('me.summary.publicPartner'), nameOf(profile.publicPartnerId)],
          [t('me.summary.coordinator'), nameOf(profile.coordinatorId)],
          [t('me.summary.visibleToEmployers'), t(profile.visibleToEmployers ? 'me.summary.yes' : 'me.summary.no')],
          [t('me.summary.shareForResearch'), t(profile.shareForResearch ? 'me.summary.yes' : 'me.summary.no')],
        ] as [string, ReactNode][])
      : []),
  ];
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <title>{t('me.summary.title')}</title>
        <style>{`
          body { font: 15px/1.5 system-ui, sans-serif; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
          h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #ccc; }
          dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; }
          .empty, .meta { color: #555; }
          @media print { body { margin: 0; } section { break-inside: avoid; } }
        `}</style>
      </head>
      <body>
        <h1>{t('me.summary.title')}</h1>
        <p className="meta">{t('me.summary.exportedAt', { date: date(data.exportedAt) })}</p>
        <p>{t('me.summary.intro')}</p>
        <section>
          <h2>{t('me.summary.aboutYou')}</h2>
          <dl>
            {rows.map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
          </dl>
        </section>
        <Section title={t('me.summary.talents')} empty={none}>
          {data.talents.map((talent, i) => (
            <li key={i}>
              {talent.name}
              {talent.level ? ` (${t(`talentLevel.${talent.level}`)})` : ''}
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.dreams')} empty={none}>
          {data.dreams.map((dream, i) => (
            <li key={i}>{dream.text}</li>
          ))}
        </Section>
        <Section title={t('me.summary.goals')} empty={none}>
          {data.goals.map((goal, i) => (
            <li key={i}>
              {goal.text}
              {goal.status ? ` — ${t(`goalStatus.${goal.status}`)}` : ''}
              {goal.targetDate ? ` (${date(goal.targetDate)})` : ''}
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.plan')} empty={none}>
          {data.planSteps.map((step, i) => (
            <li key={i}>
              {step.text}
              {step.dueDate ? ` (${date(step.dueDate)})` : ''}
              {step.done ? ` — ${t('me.summary.done')}` : ''}
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.statusHistory')} empty={none}>
          {data.statusHistory.map((change, i) => (
            <li key={i}>
              {date(change.changedOn)}: {t(`participantStatus.${change.status}`)}
              {change.reason ? ` — ${t(`statusChangeReason.${change.reason}`)}` : ''}
              {change.note ? ` — ${change.note}` : ''}
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.industries')} empty={none}>
          {data.wishedIndustries.map((code) => (
            <li key={code}>{t(`employer.nace.${code}`, { defaultValue: code })}</li>
          ))}
        </Section>
        <Section title={t('me.summary.connections')} empty={none}>
          {data.connections.map((tie, i) => {
            const other = tie.personAId === data.person.id ? tie.personBId : tie.personAId;
            return (
              <li key={i}>
                {nameOf(other)}
                {tie.kind ? ` (${t(`connectionKind.${tie.kind}`)})` : ''}
                {tie.since ? `, ${t('me.summary.since', { date: date(tie.since) })}` : ''}
              </li>
            );
          })}
        </Section>
        <Section title={t('me.summary.networks')} empty={none}>
          {data.memberships.map((membership, i) => (
            <li key={i}>
              {nameOf(membership.networkId)}
              {membership.joinedOn ? `, ${t('me.summary.since', { date: date(membership.joinedOn) })}` : ''}
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.agreements')} empty={none}>
          {data.agreements.map((agreement, i) => (
            <li key={i}>
              {agreement.title} — {t(`agreementStatus.${agreement.status}`)}
              {agreement.startDate ? ` (${date(agreement.startDate)} – ${date(agreement.endDate)})` : ''}
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.introductions')} empty={none}>
          {data.introductions.map((introduction, i) => (
            <li key={i}>
              {nameOf(introduction.organizationId)}
              {introduction.opportunityId ? `: ${nameOf(introduction.opportunityId)}` : ''} —{' '}
              {t(`me.introductions.status.${introduction.status}`)}
              {introduction.createdAt ? ` (${date(introduction.createdAt)})` : ''}
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.ratings')} empty={none}>
          {data.shortlistRatings.map((rating, i) => (
            <li key={i}>
              {nameOf(rating.opportunityId)}: {t(`employer.rating.${rating.rating}`)}
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.accounts')} empty={none}>
          {data.accounts.map((account, i) => (
            <li key={i}>
              {account.email} ({t(`roles.${account.role}`)})
            </li>
          ))}
        </Section>
        <Section title={t('me.summary.log')} empty={none}>
          {logLines(data.auditEvents, date).map((line, i) => (
            <li key={i}>
              {line.day}:{' '}
              {t(`me.summary.action.${line.action}`, {
                defaultValue: t(`auditAction.${line.action}`, { defaultValue: t('me.summary.action.other', { action: line.action }) }),
              })}
              {line.role ? ` (${t(`roles.${line.role}`)})` : ''}
              {line.count > 1 ? ` — ${t('me.summary.times', { count: line.count })}` : ''}
            </li>
          ))}
        </Section>
      </body>
    </html>
  );
}

/** The summary as a whole HTML document; React escapes every value taken from the data. */
export async function dataSummaryHtml(props: Props): Promise<string> {
  // Loaded on demand: only this download needs the server renderer.
  const { renderToStaticMarkup } = await import('react-dom/server');
  return `<!doctype html>\n${renderToStaticMarkup(<DataSummary {...props} />)}`;
}
