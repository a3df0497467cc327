package dev.lockstep.graphql.internal.execute;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The deepest field nesting of a document's operations, fragments expanded; a root field is at depth 1. Each
 * fragment's depth is worked out once, so a document whose fragments spread one another many times costs time in
 * proportion to its length, not to the number of paths through it.
 */
final class QueryDepth {

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Integer> fragmentDepths = new HashMap<>();

    private QueryDepth(Document document) {
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.put(fragment.getName(), fragment);
        }
    }

    static int of(Document document) {
        QueryDepth walk = new QueryDepth(document);
        int max = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            max = Math.max(max, walk.depth(operation.getSelectionSet()));
        }
        return max;
    }

    private int depth(SelectionSet selectionSet) {
        if (selectionSet == null) {
            return 0;
        }
        int max = 0;
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                max = Math.max(max, 1 + depth(field.getSelectionSet()));
            } else if (selection instanceof InlineFragment inline) {
                max = Math.max(max, depth(inline.getSelectionSet()));
            } else if (selection instanceof FragmentSpread spread) {
                max = Math.max(max, fragmentDepth(spread.getName()));
            }
        }
        return max;
    }

    private int fragmentDepth(String name) {
        Integer known = fragmentDepths.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null) {
            return 0;
        }
        // Validation refuses fragment cycles before this runs; the placeholder keeps the walk finite regardless.
        fragmentDepths.put(name, 0);
        int depth = depth(fragment.getSelectionSet());
        fragmentDepths.put(name, depth);
        return depth;
    }
}
