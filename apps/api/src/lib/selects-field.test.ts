import { describe, expect, it } from 'vitest';
import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type FieldNode,
} from 'graphql';
import { selectsField } from './selects-field';

/** The resolve info of the operation's first root field. */
function infoOf(document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField', () => {
  it('finds a field selected directly, and not one left out', () => {
    expect(
      selectsField(infoOf('{ graph { nodes { id metrics { degree } } } }'), ['nodes', 'metrics']),
    ).toBe(true);
    expect(
      selectsField(infoOf('{ graph { nodes { id } edges { id } } }'), ['nodes', 'metrics']),
    ).toBe(false);
    expect(selectsField(infoOf('{ graph { edges { metrics } } }'), ['nodes', 'metrics'])).toBe(
      false,
    );
  });

  it('finds it through named fragments, nested ones, and inline fragments', () => {
    const named = `{ graph { ...G } } fragment G on Graph { nodes { ...N } } fragment N on GraphNode { metrics { degree } }`;
    expect(selectsField(infoOf(named), ['nodes', 'metrics'])).toBe(true);
    expect(
      selectsField(infoOf('{ graph { ... on Graph { nodes { ... { metrics { degree } } } } } }'), [
        'nodes',
        'metrics',
      ]),
    ).toBe(true);
  });

  it('counts a field under @skip or @include as selected', () => {
    const skipped =
      'query ($no: Boolean!) { graph { nodes { metrics @skip(if: $no) { degree } } } }';
    expect(selectsField(infoOf(skipped), ['nodes', 'metrics'])).toBe(true);
  });
});
