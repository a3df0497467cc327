package dev.lockstep.graphql.internal.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lockstep.graphql.internal.json.Values;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AppSync's scalars, validated as the developer guide's "Scalar types in GraphQL" describes them. Values are checked
 * when they come in (literals, variables) and when resolvers return them.
 */
public final class AwsScalars {

    private static final String OFFSET = "(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)";
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})" + OFFSET + "?");
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})(:(\\d{2})(\\.\\d{1,9})?)?" + OFFSET + "?");
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(:(\\d{2})(\\.\\d{1,9})?)?" + OFFSET + "?");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]+([ -]?\\(?[0-9]+\\)?)*");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");

    /** The names of the AWS scalars, as a schema refers to them. */
    public static final List<String> NAMES = List.of(
            "AWSDate",
            "AWSTime",
            "AWSDateTime",
            "AWSTimestamp",
            "AWSEmail",
            "AWSJSON",
            "AWSURL",
            "AWSPhone",
            "AWSIPAddress");

    private AwsScalars() {}

    public static List<GraphQLScalarType> all() {
        return List.of(
                stringScalar("AWSDate", "date", AwsScalars::isDate, "YYYY-MM-DD with an optional offset"),
                stringScalar("AWSTime", "time", AwsScalars::isTime, "hh:mm:ss.sss with an optional offset"),
                stringScalar(
                        "AWSDateTime",
                        "date-time",
                        AwsScalars::isDateTime,
                        "YYYY-MM-DDThh:mm:ss.sssZ (the offset may also be ±hh:mm or ±hh:mm:ss)"),
                timestamp(),
                stringScalar("AWSEmail", "email address", s -> EMAIL.matcher(s).matches(), "local-part@domain-part"),
                json(),
                stringScalar(
                        "AWSURL",
                        "URL",
                        AwsScalars::isUrl,
                        "a URL with a scheme, such as https://example.com/a or mailto:a@example.com"),
                stringScalar(
                        "AWSPhone",
                        "phone number",
                        AwsScalars::isPhone,
                        "digits, optionally with a leading + and country code, in groups separated by spaces or"
                                + " hyphens"),
                stringScalar(
                        "AWSIPAddress",
                        "IP address",
                        AwsScalars::isIpAddress,
                        "an IPv4 or IPv6 address, optionally with a /prefix"));
    }

    static boolean isDate(String value) {
        Matcher m = DATE.matcher(value);
        return m.matches() && validDate(m.group(1), m.group(2), m.group(3)) && validOffset(m.group(4));
    }

    static boolean isTime(String value) {
        Matcher m = TIME.matcher(value);
        return m.matches() && validTime(m.group(1), m.group(2), m.group(4)) && validOffset(m.group(6));
    }

    static boolean isDateTime(String value) {
        Matcher m = DATE_TIME.matcher(value);
        return m.matches()
                && validDate(m.group(1), m.group(2), m.group(3))
                && validTime(m.group(4), m.group(5), m.group(7))
                && validOffset(m.group(9));
    }

    static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null) {
                return false;
            }
            String path = uri.getRawPath();
            return path == null || !path.contains("//");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isPhone(String value) {
        if (!PHONE.matcher(value).matches()) {
            return false;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15;
    }

    static boolean isIpAddress(String value) {
        if (IPV4.matcher(value).matches()) {
            return true;
        }
        if (!value.contains(":") || !IPV6_CHARS.matcher(value).matches()) {
            return false;
        }
        String address = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        try {
            return java.net.InetAddress.getByName(address) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static boolean validDate(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean validTime(String hour, String minute, String second) {
        try {
            LocalTime.of(
                    Integer.parseInt(hour), Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean validOffset(String offset) {
        if (offset == null || offset.equals("Z")) {
            return true;
        }
        String[] parts = offset.substring(1).split(":");
        return Integer.parseInt(parts[0]) <= 18
                && Integer.parseInt(parts[1]) < 60
                && (parts.length < 3 || Integer.parseInt(parts[2]) < 60);
    }

    private static GraphQLScalarType stringScalar(String name, String kind, Predicate<String> valid, String expected) {
        Coercing<String, String> coercing = new Coercing<>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value instanceof String s && valid.test(s)) {
                    return s;
                }
                throw new CoercingSerializeException("Unable to serialize " + show(value) + " as a valid " + kind + ": "
                        + name + " expects " + expected + ".");
            }

            @Override
            public String parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String s && valid.test(s)) {
                    return s;
                }
                throw new CoercingParseValueException(
                        "Unable to parse " + show(input) + " as a valid " + kind + ": expected " + expected + ".");
            }

            @Override
            public String parseLiteral(
                    Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue s && valid.test(s.getValue())) {
                    return s.getValue();
                }
                throw new CoercingParseLiteralException("Unable to parse " + showLiteral(input) + " as a valid " + kind
                        + ": expected " + expected + ".");
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return StringValue.of(String.valueOf(input));
            }
        };
        return GraphQLScalarType.newScalar()
                .name(name)
                .description("AppSync scalar " + name + ": " + expected)
                .coercing(coercing)
                .build();
    }

    /** Seconds since 1970-01-01T00:00Z, an integer that may go beyond Int's 32 bits. */
    private static GraphQLScalarType timestamp() {
        Coercing<Long, Long> coercing = new Coercing<>() {
            @Override
            public Long serialize(Object value, GraphQLContext context, Locale locale) {
                Long seconds = asLong(value);
                if (seconds == null && value instanceof String s) {
                    try {
                        seconds = Long.parseLong(s.trim());
                    } catch (NumberFormatException e) {
                        seconds = null;
                    }
                }
                if (seconds == null) {
                    throw new CoercingSerializeException("Unable to serialize " + show(value)
                            + " as a valid timestamp: AWSTimestamp expects a whole number of seconds since"
                            + " 1970-01-01T00:00Z.");
                }
                return seconds;
            }

            @Override
            public Long parseValue(Object input, GraphQLContext context, Locale locale) {
                Long seconds = asLong(input);
                if (seconds == null) {
                    throw new CoercingParseValueException("Unable to parse " + show(input)
                            + " as a valid timestamp: expected a whole number of seconds since 1970-01-01T00:00Z.");
                }
                return seconds;
            }

            @Override
            public Long parseLiteral(
                    Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof IntValue i && i.getValue().bitLength() < 64) {
                    return i.getValue().longValue();
                }
                throw new CoercingParseLiteralException("Unable to parse " + showLiteral(input)
                        + " as a valid timestamp: expected a whole number of seconds since 1970-01-01T00:00Z.");
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return IntValue.of(Math.toIntExact(((Number) input).longValue()));
            }
        };
        return GraphQLScalarType.newScalar()
                .name("AWSTimestamp")
                .description("AppSync scalar AWSTimestamp: seconds since 1970-01-01T00:00Z")
                .coercing(coercing)
                .build();
    }

    private static Long asLong(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        if (value instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * A JSON document sent as a string; resolvers receive it parsed (a map, list or scalar), and a field of this type
     * returns the value as a JSON string. Text that is not JSON is a validation error.
     */
    private static GraphQLScalarType json() {
        Coercing<Object, String> coercing = new Coercing<>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value instanceof String s) {
                    return s;
                }
                return Values.write(value);
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String s) {
                    return parse(s, CoercingParseValueException::new);
                }
                throw new CoercingParseValueException(
                        "Unable to parse " + show(input) + " as valid JSON: AWSJSON expects a JSON document in a"
                                + " string, such as \"{\\\"a\\\":1}\".");
            }

            @Override
            public Object parseLiteral(
                    Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue s) {
                    return parse(s.getValue(), CoercingParseLiteralException::new);
                }
                throw new CoercingParseLiteralException("Unable to parse " + showLiteral(input)
                        + " as valid JSON: AWSJSON expects a JSON document in a string.");
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return StringValue.of(input instanceof String s ? s : Values.write(input));
            }
        };
        return GraphQLScalarType.newScalar()
                .name("AWSJSON")
                .description("AppSync scalar AWSJSON: a JSON document in a string")
                .coercing(coercing)
                .build();
    }

    private static <E extends RuntimeException> Object parse(
            String text, java.util.function.Function<String, E> failure) {
        try {
            return Values.read(text);
        } catch (JsonProcessingException e) {
            throw failure.apply("Unable to parse `" + text + "` as valid JSON: " + e.getOriginalMessage() + ".");
        }
    }

    private static String show(Object value) {
        return value instanceof String s ? "`" + s + "`" : "`" + Values.write(value) + "`";
    }

    private static String showLiteral(Value<?> value) {
        if (value instanceof StringValue s) {
            return "`" + s.getValue() + "`";
        }
        return "`" + graphql.language.AstPrinter.printAst(value) + "`";
    }
}
