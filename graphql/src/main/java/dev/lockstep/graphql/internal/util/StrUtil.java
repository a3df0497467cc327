package dev.lockstep.graphql.internal.util;

import java.text.Normalizer;
import java.util.Locale;

/** {@code $util.str} ("String helpers in $util.str"). */
public final class StrUtil {

    public String toUpper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    public String toLower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public String toReplace(String value, String substring, String replacement) {
        return value == null ? null : value.replace(substring, replacement);
    }

    /** Normalizes with one of the forms {@code nfc}, {@code nfd}, {@code nfkc}, {@code nfkd}. */
    public String normalize(String value, String form) {
        if (value == null) {
            return null;
        }
        Normalizer.Form normalizerForm;
        try {
            normalizerForm = Normalizer.Form.valueOf(form.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TemplateErrorSignal(
                    "Unsupported normalization form '" + form + "': expected nfc, nfd, nfkc or nfkd",
                    "MappingTemplate",
                    null,
                    null);
        }
        return Normalizer.normalize(value, normalizerForm);
    }
}
