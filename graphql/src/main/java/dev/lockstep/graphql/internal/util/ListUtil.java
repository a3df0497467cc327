package dev.lockstep.graphql.internal.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code $util.list} ("List helpers in $util.list"). */
public final class ListUtil {

    private static final int MAX_SORTED = 1000;

    public List<Object> copyAndRetainAll(List<?> list, List<?> retain) {
        List<Object> copy = new ArrayList<>(list);
        copy.retainAll(retain);
        return copy;
    }

    public List<Object> copyAndRemoveAll(List<?> list, List<?> remove) {
        List<Object> copy = new ArrayList<>(list);
        copy.removeAll(remove);
        return copy;
    }

    /**
     * Sorts a copy of the list, descending when asked; maps are compared by {@code property}. As documented: when the
     * items are not all of one kind, or there are more than 1,000, the list comes back as it was.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Object> sortList(List<?> list, boolean descending, String property) {
        List<Object> copy = new ArrayList<>(list);
        if (copy.isEmpty() || copy.size() > MAX_SORTED) {
            return copy;
        }
        Class<?> kind = kindOf(copy.get(0));
        for (Object item : copy) {
            if (item == null || kindOf(item) != kind) {
                return new ArrayList<>(list);
            }
        }
        Comparator<Object> order;
        if (kind == Map.class) {
            order = Comparator.comparing(
                    item -> (Comparable) comparable(((Map<?, ?>) item).get(property)),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
        } else {
            order = Comparator.comparing(item -> (Comparable) comparable(item));
        }
        copy.sort(descending ? order.reversed() : order);
        return copy;
    }

    private static Class<?> kindOf(Object item) {
        if (item instanceof Number) {
            return Number.class;
        }
        if (item instanceof Map<?, ?>) {
            return Map.class;
        }
        if (item instanceof Collection<?>) {
            return Collection.class;
        }
        return item.getClass();
    }

    private static Object comparable(Object value) {
        if (value instanceof Number number) {
            return new java.math.BigDecimal(number.toString());
        }
        if (value instanceof Comparable<?>) {
            return value;
        }
        return value == null ? null : value.toString();
    }
}
