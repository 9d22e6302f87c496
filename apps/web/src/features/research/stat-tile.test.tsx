import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { StatTile } from './stat-tile';

describe('a key-figure tile', () => {
  it('shows its whole label and lets a long word break inside a narrow tile rather than run past it', () => {
    renderWithMantine(<StatTile label="Gjennomsnittlig avstand" value="2,93" detail="steg mellom dem som henger sammen" />);
    const label = screen.getByText('Gjennomsnittlig avstand');
    expect(label.style.overflowWrap).toBe('anywhere');
    expect(label.style.whiteSpace).not.toBe('nowrap');
    expect(label.style.textOverflow).toBe('');
    expect(screen.getByText('2,93')).toBeTruthy();
    expect(screen.getByText('steg mellom dem som henger sammen').style.overflowWrap).toBe('anywhere');
  });
});
