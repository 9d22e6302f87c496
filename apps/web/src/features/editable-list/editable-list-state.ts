/**
 * What an editable list is doing: at most one form or one question open at a time, so the
 * keyboard user always knows where they are, and which item waits for the server.
 */
export type ListMode =
  | { readonly kind: 'viewing' }
  | { readonly kind: 'adding' }
  | { readonly kind: 'editing'; readonly id: string }
  | { readonly kind: 'confirmingRemoval'; readonly id: string };

export interface ListState {
  readonly mode: ListMode;
  /** The item (or 'new') a change is being saved for; its buttons wait meanwhile. */
  readonly busy: string | null;
  /** A new order shown at once while the server stores it. */
  readonly pendingOrder: readonly string[] | null;
}

export type ListAction =
  | { readonly type: 'add' }
  | { readonly type: 'edit'; readonly id: string }
  | { readonly type: 'askRemoval'; readonly id: string }
  | { readonly type: 'close' }
  | { readonly type: 'saving'; readonly id: string }
  | { readonly type: 'reordering'; readonly ids: readonly string[] }
  | { readonly type: 'settled' };

export const initialListState: ListState = {
  mode: { kind: 'viewing' },
  busy: null,
  pendingOrder: null,
};

export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'add':
      return { ...state, mode: { kind: 'adding' } };
    case 'edit':
      return { ...state, mode: { kind: 'editing', id: action.id } };
    case 'askRemoval':
      return { ...state, mode: { kind: 'confirmingRemoval', id: action.id } };
    case 'close':
      return { ...state, mode: { kind: 'viewing' } };
    case 'saving':
      return { ...state, busy: action.id };
    case 'reordering':
      // A move closes any open form or question: the rows under it have moved.
      return { mode: { kind: 'viewing' }, busy: 'order', pendingOrder: action.ids };
    case 'settled':
      return { ...state, busy: null, pendingOrder: null };
  }
}

/** True when `id`'s row shows its form or its removal question. */
export function isOpen(mode: ListMode, kind: 'editing' | 'confirmingRemoval', id: string): boolean {
  return mode.kind === kind && mode.id === id;
}
