package dev.lockstep.graphql.internal.execute;

import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The selection set as AppSync shows it to resolvers ({@code $ctx.info.selectionSetList} and
 * {@code selectionSetGraphQL}, from the "Resolver mapping template context reference") and uses it to filter the
 * {@code data} of {@code $util.error}.
 */
final class SelectionSets {

    private SelectionSets() {}

    /**
     * Every field under the resolved field, depth first, as {@code parent/child} paths; aliased fields appear under
     * their alias only, fragments are expanded.
     */
    static List<String> list(Field field, Map<String, FragmentDefinition> fragments) {
        Set<String> paths = new LinkedHashSet<>();
        collect(field.getSelectionSet(), "", fragments, paths);
        return new ArrayList<>(paths);
    }

    private static void collect(
            SelectionSet selectionSet, String prefix, Map<String, FragmentDefinition> fragments, Set<String> paths) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field child) {
                String key = child.getAlias() != null ? child.getAlias() : child.getName();
                String path = prefix + key;
                paths.add(path);
                collect(child.getSelectionSet(), path + "/", fragments, paths);
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), prefix, fragments, paths);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    collect(fragment.getSelectionSet(), prefix, fragments, paths);
                }
            }
        }
    }

    /** The field's selection set printed as GraphQL; fragments stay as written. Empty for a leaf field. */
    static String graphQl(Field field) {
        if (field.getSelectionSet() == null) {
            return "";
        }
        // AppSync's printer writes fragment spreads as "... name", as in the context reference's example.
        return SPREAD.matcher(AstPrinter.printAst(field.getSelectionSet())).replaceAll("$1... $2");
    }

    private static final java.util.regex.Pattern SPREAD =
            java.util.regex.Pattern.compile("(?m)^(\\s*)\\.\\.\\.([A-Za-z_])");

    /** {@code value} cut down to the fields the selection set asks for. */
    static Object filter(Object value, SelectionSet selectionSet, Map<String, FragmentDefinition> fragments) {
        if (selectionSet == null || value == null) {
            return value;
        }
        if (value instanceof Collection<?> items) {
            List<Object> filtered = new ArrayList<>();
            for (Object item : items) {
                filtered.add(filter(item, selectionSet, fragments));
            }
            return filtered;
        }
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        Map<String, SelectionSet> selected = new LinkedHashMap<>();
        fields(selectionSet, fragments, selected);
        Map<String, Object> filtered = new LinkedHashMap<>();
        for (Map.Entry<String, SelectionSet> entry : selected.entrySet()) {
            if (map.containsKey(entry.getKey())) {
                filtered.put(entry.getKey(), filter(map.get(entry.getKey()), entry.getValue(), fragments));
            }
        }
        return filtered;
    }

    private static void fields(
            SelectionSet selectionSet, Map<String, FragmentDefinition> fragments, Map<String, SelectionSet> out) {
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field child) {
                out.putIfAbsent(child.getName(), child.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                fields(inline.getSelectionSet(), fragments, out);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                fields(fragments.get(spread.getName()).getSelectionSet(), fragments, out);
            }
        }
    }
}
