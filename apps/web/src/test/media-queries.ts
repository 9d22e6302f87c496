import { vi } from 'vitest';

/** A MediaQueryList as jsdom lacks it: `matches` as given, and listeners that are never called. */
export function mediaQueryList(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  } as MediaQueryList;
}

/** Answers every media query (Mantine's useMediaQuery asks matchMedia) as `matches` says, until mocks are restored. */
export function mockMediaQueries(matches: (query: string) => boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => mediaQueryList(query, matches(query)));
}
