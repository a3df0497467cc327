package dev.lockstep.graphql.internal.util;

import dev.lockstep.graphql.internal.json.Values;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * AppSync's {@code $util} for VTL mapping templates, as the developer guide's "Utility helpers in $util" lists it.
 * Method names and signatures are AppSync's; templates call them through Velocity.
 */
public final class Util {

    private final UtilScope scope;
    private final TimeUtil time;
    private final StrUtil str = new StrUtil();
    private final MathUtil math;
    private final ListUtil list = new ListUtil();
    private final MapUtil map = new MapUtil();
    private final DynamoDbUtil dynamodb = new DynamoDbUtil();
    private final TransformUtil transform = new TransformUtil();
    private final HttpUtil http;
    private final XmlUtil xml = new XmlUtil();
    private final LogUtil log = new LogUtil();

    public Util(UtilScope scope) {
        this.scope = scope;
        this.time = new TimeUtil(scope.clock());
        this.math = new MathUtil(scope.random());
        this.http = new HttpUtil(scope.responseHeaders());
    }

    public TimeUtil getTime() {
        return time;
    }

    public StrUtil getStr() {
        return str;
    }

    public MathUtil getMath() {
        return math;
    }

    public ListUtil getList() {
        return list;
    }

    public MapUtil getMap() {
        return map;
    }

    public DynamoDbUtil getDynamodb() {
        return dynamodb;
    }

    public TransformUtil getTransform() {
        return transform;
    }

    public HttpUtil getHttp() {
        return http;
    }

    public XmlUtil getXml() {
        return xml;
    }

    public LogUtil getLog() {
        return log;
    }

    // JSON

    public Object parseJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Values.read(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TemplateErrorSignal(
                    "Unable to parse the JSON document: '" + e.getOriginalMessage() + "'",
                    "MappingTemplate",
                    null,
                    null);
        }
    }

    public String toJson(Object value) {
        return Values.write(value);
    }

    // Encoding

    public String urlEncode(String value) {
        return value == null ? null : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String urlDecode(String value) {
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    public String base64Encode(byte[] value) {
        return value == null ? null : Base64.getEncoder().encodeToString(value);
    }

    public String base64Encode(String value) {
        return value == null ? null : base64Encode(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The docs type the result {@code byte[]}; templates print it as text, so it is returned decoded as UTF-8 (what a
     * template sees when it writes {@code $util.base64Decode(...)}).
     */
    public String base64Decode(String value) {
        return value == null ? null : new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }

    // Ids

    public String autoId() {
        byte[] bytes = new byte[16];
        scope.random().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(high, low).toString();
    }

    public String autoUlid() {
        return Ids.ulid(scope.clock().millis(), scope.random());
    }

    public String autoKsuid() {
        return Ids.ksuid(scope.clock().millis(), scope.random());
    }

    // Errors

    public void error(String message) {
        throw new TemplateErrorSignal(message, null, null, null);
    }

    public void error(String message, String errorType) {
        throw new TemplateErrorSignal(message, errorType, null, null);
    }

    public void error(String message, String errorType, Object data) {
        throw new TemplateErrorSignal(message, errorType, data, null);
    }

    public void error(String message, String errorType, Object data, Object errorInfo) {
        throw new TemplateErrorSignal(message, errorType, data, errorInfo);
    }

    public void appendError(String message) {
        appendError(message, null, null, null);
    }

    public void appendError(String message, String errorType) {
        appendError(message, errorType, null, null);
    }

    public void appendError(String message, String errorType, Object data) {
        appendError(message, errorType, data, null);
    }

    public void appendError(String message, String errorType, Object data, Object errorInfo) {
        scope.appendedErrors().add(new AppendedError(message, errorType, Values.copy(data), Values.copy(errorInfo)));
    }

    public void unauthorized() {
        throw new TemplateErrorSignal(
                "Not Authorized to access " + scope.fieldName() + " on type " + scope.parentTypeName(),
                "Unauthorized",
                null,
                null);
    }

    public void validate(boolean condition, String message) {
        validate(condition, message, "CustomTemplateException", null);
    }

    public void validate(boolean condition, String message, String errorType) {
        validate(condition, message, errorType, null);
    }

    public void validate(boolean condition, String message, String errorType, Object data) {
        if (!condition) {
            throw new TemplateErrorSignal(message, errorType, data, null);
        }
    }

    // Conditions

    public boolean isNull(Object value) {
        return value == null;
    }

    public boolean isNullOrEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof CharSequence s) {
            return s.length() == 0;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        return false;
    }

    public boolean isNullOrBlank(Object value) {
        if (value instanceof CharSequence s) {
            return s.toString().isBlank();
        }
        return isNullOrEmpty(value);
    }

    public Object defaultIfNull(Object value, Object defaultValue) {
        return value == null ? defaultValue : value;
    }

    public Object defaultIfNullOrEmpty(Object value, Object defaultValue) {
        return isNullOrEmpty(value) ? defaultValue : value;
    }

    public Object defaultIfNullOrBlank(Object value, Object defaultValue) {
        return isNullOrBlank(value) ? defaultValue : value;
    }

    public boolean isString(Object value) {
        return value instanceof CharSequence;
    }

    public boolean isNumber(Object value) {
        return value instanceof Number;
    }

    public boolean isBoolean(Object value) {
        return value instanceof Boolean;
    }

    public boolean isList(Object value) {
        return value instanceof Collection<?> || value instanceof Object[];
    }

    public boolean isMap(Object value) {
        return value instanceof Map<?, ?>;
    }

    /** "Null", "Number", "String", "Map", "List", "Boolean" or "Object", as the docs list them. */
    public String typeOf(Object value) {
        if (value == null) {
            return "Null";
        }
        if (isNumber(value)) {
            return "Number";
        }
        if (isString(value)) {
            return "String";
        }
        if (isMap(value)) {
            return "Map";
        }
        if (isList(value)) {
            return "List";
        }
        if (isBoolean(value)) {
            return "Boolean";
        }
        return "Object";
    }

    public boolean matches(String regex, String value) {
        return value != null && Pattern.compile(regex).matcher(value).matches();
    }

    public String authType() {
        return scope.authType();
    }

    public String escapeJavaScript(String value) {
        return value == null ? null : JavaScriptEscaper.escape(value);
    }

    // Output control

    /** "Quiet reference": evaluates the argument and prints nothing, e.g. {@code $util.qr($list.add(1))}. */
    public String qr(Object ignored) {
        return "";
    }

    public String quiet(Object ignored) {
        return "";
    }

    /** {@code $util.log}: CloudWatch logging in AppSync; prints nothing into the template. */
    public static final class LogUtil {
        private static final System.Logger LOGGER = System.getLogger("dev.lockstep.graphql.vtl");

        public void info(Object message) {
            LOGGER.log(System.Logger.Level.INFO, String.valueOf(message));
        }

        public void info(String message, Object... values) {
            LOGGER.log(System.Logger.Level.INFO, message + " " + java.util.Arrays.toString(values));
        }

        public void error(Object message) {
            LOGGER.log(System.Logger.Level.ERROR, String.valueOf(message));
        }

        public void error(String message, Object... values) {
            LOGGER.log(System.Logger.Level.ERROR, message + " " + java.util.Arrays.toString(values));
        }
    }
}
