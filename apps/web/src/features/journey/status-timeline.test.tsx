import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { renderWithMantine } from '../../test/render';
import { JourneyProvider } from './journey-context';
import { StatusTimeline, StatusTimeline_profile } from './status-timeline';

describe('the path to work', () => {
  it('breaks a note’s word that is longer than the card inside it', () => {
    const note = 'x'.repeat(3000);
    const profile = makeFragmentData(
      {
        status: 'EDUCATION',
        statusHistory: [
          {
            id: 's1',
            status: 'EDUCATION',
            changedOn: '2026-03-01',
            reason: null,
            note,
            agreement: null,
          },
        ],
      },
      StatusTimeline_profile,
    );
    renderWithMantine(
      <MemoryRouter>
        <JourneyProvider
          personId="per_1"
          query="JourneyRouteQuery"
          coordinator={false}
          editable={false}
        >
          <StatusTimeline profile={profile} />
        </JourneyProvider>
      </MemoryRouter>,
    );
    // jsdom lays nothing out; what the browser needs to break the word is the note's style.
    expect(screen.getByText(note).style.overflowWrap).toBe('anywhere');
  });
});
