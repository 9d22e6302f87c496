import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects the field at `path` below the resolving field (say
 * `['nodes', 'metrics']`), through fragments and inline fragments alike. `@skip` and `@include`
 * are not read: a field they may leave out counts as selected, so a caller that skips work
 * when the answer is no never skips work that is needed.
 */
export function selectsField(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): boolean {
  const within = (set: SelectionSetNode | undefined, depth: number): boolean =>
    !!set &&
    set.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return (
            selection.name.value === path[depth] &&
            (depth === path.length - 1 || within(selection.selectionSet, depth + 1))
          );
        case Kind.INLINE_FRAGMENT:
          return within(selection.selectionSet, depth);
        case Kind.FRAGMENT_SPREAD:
          return within(info.fragments[selection.name.value]?.selectionSet, depth);
      }
    });
  return info.fieldNodes.some((field) => within(field.selectionSet, 0));
}
