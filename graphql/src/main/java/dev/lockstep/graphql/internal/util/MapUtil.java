package dev.lockstep.graphql.internal.util;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code $util.map} ("Map helpers in $util.map"). */
public final class MapUtil {

    public Map<String, Object> copyAndRetainAllKeys(Map<String, ?> map, Collection<?> keys) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.keySet().retainAll(keys);
        return copy;
    }

    public Map<String, Object> copyAndRemoveAllKeys(Map<String, ?> map, Collection<?> keys) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.keySet().removeAll(keys);
        return copy;
    }
}
