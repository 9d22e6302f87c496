import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { type FragmentType, graphql, useFragment } from '../../gql';

export const CandidateCard_candidate = graphql(`
  fragment CandidateCard_candidate on CandidateCard {
    id
    pseudonym
    status
    municipalityNumber
    municipalityName
    hoursPerWeek
    talents {
      name
      level
    }
    goals {
      text
      status
    }
    wishedIndustries
    match {
      score
      talentsMatched
      talentsWanted
      sameMunicipality
      hoursFit
      reason
    }
  }
`);

/** The API's reason in the reader's language, built from the same facts ("3 of 4 talents, same municipality"). */
function matchReason(
  match: { talentsMatched: number; talentsWanted: number; sameMunicipality: boolean; hoursFit?: boolean | null },
  t: TFunction,
): string {
  const parts: string[] = [];
  if (match.talentsWanted > 0) parts.push(t('employer.match.talents', { matched: match.talentsMatched, count: match.talentsWanted }));
  if (match.sameMunicipality) parts.push(t('employer.match.sameMunicipality'));
  if (match.hoursFit === true) parts.push(t('employer.match.enoughHours'));
  if (match.hoursFit === false) parts.push(t('employer.match.fewerHours'));
  return parts.join(', ');
}

// Long goal lists would make cards of very different heights; the first few tell enough.
const GOALS_SHOWN = 2;

/**
 * A candidate as an employer sees them: a pseudonym, never a name or contact. Shown as a
 * labelled region so keyboard and screen-reader users can move between cards.
 */
export function CandidateCard(props: { candidate: FragmentType<typeof CandidateCard_candidate>; actions?: ReactNode }) {
  const { t } = useTranslation();
  const c = useFragment(CandidateCard_candidate, props.candidate);
  const titleId = `candidate-${c.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={titleId} h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h5" id={titleId}>
            {c.pseudonym}
          </Title>
          {/* A coordinator's view of the card; an employer's card carries no status. */}
          {c.status ? <Badge variant="light">{t(`participantStatus.${c.status}`)}</Badge> : null}
        </Group>
        <Text size="sm" c="dimmed">
          {[c.municipalityName, c.hoursPerWeek != null ? t('employer.candidates.hours', { count: c.hoursPerWeek }) : null]
            .filter(Boolean)
            .join(' · ') || t('employer.candidates.noPlace')}
        </Text>
        {c.match ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconTargetArrow size={16} color="var(--mantine-color-teal-7)" aria-hidden />
            <Text size="sm" c="teal.8" fw={500}>
              {matchReason(c.match, t)}
            </Text>
          </Group>
        ) : null}
        <Group gap={4}>
          {c.talents.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('journey.noTalents')}
            </Text>
          ) : (
            c.talents.map((talent) => (
              <Badge key={talent.name} variant="light" color="grape" tt="none">
                {talent.name} · {t(`talentLevel.${talent.level}`)}
              </Badge>
            ))
          )}
        </Group>
        {c.goals.length > 0 ? (
          <div>
            <Text size="xs" c="dimmed">
              {t('fields.goals')}
            </Text>
            <List size="sm" spacing={2}>
              {c.goals.slice(0, GOALS_SHOWN).map((goal) => (
                <List.Item key={goal.text}>{goal.text}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {c.wishedIndustries.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('employer.candidates.wishedIndustries', {
              list: c.wishedIndustries.map((code) => t(`employer.nace.${code}`, { defaultValue: code })).join(', '),
            })}
          </Text>
        ) : null}
        {props.actions ? (
          <Group gap="xs" mt="auto" pt="xs">
            {props.actions}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
