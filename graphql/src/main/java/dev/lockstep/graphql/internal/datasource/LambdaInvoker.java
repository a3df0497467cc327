package dev.lockstep.graphql.internal.datasource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.internal.json.Values;
import dev.lockstep.graphql.spi.LambdaFunctionException;
import dev.lockstep.graphql.spi.LambdaHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/**
 * AppSync's AWS_LAMBDA data source ("AWS AppSync resolver mapping template reference for Lambda"): {@code Invoke} and
 * {@code BatchInvoke}, with the request's {@code payload} as the event, or the whole context when there is none. A
 * function error leaves {@code $ctx.error} with type {@code Lambda:Unhandled} and the function's errorMessage.
 */
public final class LambdaInvoker implements DataSourceInvoker {

    private final LambdaHandler handler;
    private final String functionArn;
    private final LambdaClient client;

    public LambdaInvoker(LambdaHandler handler, String functionArn, LambdaClient client) {
        this.handler = handler;
        this.functionArn = functionArn;
        this.client = client;
    }

    @Override
    public DataSourceResult invoke(Map<String, Object> request, Invocation invocation) {
        if (request == null) {
            return call(event(invocation.context()), false);
        }
        Object operation = request.get("operation");
        if (operation == null) {
            throw MappingTemplateException.missing("operation");
        }
        if ("Invoke".equals(operation)) {
            return call(payload(request, invocation), "Event".equals(request.get("invocationType")));
        }
        if ("BatchInvoke".equals(operation)) {
            // A batch of one: the function receives a list and answers a list, as with a real BatchInvoke.
            return invokeBatch(List.of(request), List.of(invocation)).get(0);
        }
        throw new MappingTemplateException(
                "Unsupported operation '" + operation + "' for a Lambda data source: expected Invoke or BatchInvoke.");
    }

    /** A batch entry may be a value or {@code {"data": ..., "errorMessage": ..., "errorType": ...}}. */
    private static DataSourceResult batchItem(Object item) {
        if (item instanceof Map<?, ?> map && (map.containsKey("errorMessage") || map.containsKey("errorType"))) {
            if (map.get("errorMessage") != null || map.get("errorType") != null) {
                return DataSourceResult.failure(
                        String.valueOf(map.get("errorType")), String.valueOf(map.get("errorMessage")), map.get("data"));
            }
            return DataSourceResult.of(map.get("data"));
        }
        return DataSourceResult.of(item);
    }

    /** The template's {@code payload}, which may be null; the context when it has none. */
    private static Object payload(Map<String, Object> request, Invocation invocation) {
        return request.containsKey("payload") ? request.get("payload") : event(invocation.context());
    }

    /** The event AppSync sends when the template has no payload: the context without result and error. */
    static Map<String, Object> event(Map<String, Object> context) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("arguments", context.get("arguments"));
        event.put("identity", context.get("identity"));
        event.put("source", context.get("source"));
        event.put("request", context.get("request"));
        event.put("prev", context.get("prev"));
        event.put("info", context.get("info"));
        event.put("stash", context.get("stash"));
        return event;
    }

    private DataSourceResult call(Object payload, boolean async) {
        return handler != null ? callHandler(payload, async) : callFunction(payload, async);
    }

    private DataSourceResult callHandler(Object payload, boolean async) {
        try {
            JsonNode result = handler.handle(Values.toJson(payload));
            return DataSourceResult.of(async ? null : Values.toJava(result));
        } catch (LambdaFunctionException e) {
            return DataSourceResult.failure("Lambda:Unhandled", e.getMessage());
        } catch (Exception e) {
            return DataSourceResult.failure(
                    "Lambda:Unhandled", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private DataSourceResult callFunction(Object payload, boolean async) {
        try {
            InvokeResponse response = client.invoke(InvokeRequest.builder()
                    .functionName(functionArn)
                    .invocationType(async ? InvocationType.EVENT : InvocationType.REQUEST_RESPONSE)
                    .payload(SdkBytes.fromUtf8String(Values.write(payload)))
                    .build());
            String text = response.payload() == null ? "" : response.payload().asUtf8String();
            Object result = Values.read(text);
            if (response.functionError() != null) {
                String message = result instanceof Map<?, ?> map && map.get("errorMessage") != null
                        ? String.valueOf(map.get("errorMessage"))
                        : "The function failed: " + response.functionError();
                return DataSourceResult.failure("Lambda:Unhandled", message);
            }
            return DataSourceResult.of(async ? null : result);
        } catch (LambdaException e) {
            String code = e.awsErrorDetails() == null
                    ? "LambdaException"
                    : e.awsErrorDetails().errorCode();
            return DataSourceResult.failure("Lambda:" + code, e.getMessage());
        } catch (SdkException e) {
            return DataSourceResult.failure("Lambda:ClientException", e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return DataSourceResult.failure(
                    "Lambda:Unhandled", "The function returned a payload that is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Calls the function once with several events (BatchInvoke); the function answers one entry per event. */
    @Override
    public List<DataSourceResult> invokeBatch(List<Map<String, Object>> requests, List<Invocation> invocations) {
        List<Object> payloads = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            payloads.add(payload(requests.get(i), invocations.get(i)));
        }
        DataSourceResult batch = call(payloads, false);
        List<DataSourceResult> results = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (batch.failed()) {
                results.add(batch);
            } else if (batch.result() instanceof List<?> list && i < list.size()) {
                results.add(batchItem(list.get(i)));
            } else {
                results.add(DataSourceResult.failure(
                        "Lambda:Unhandled",
                        "BatchInvoke expects the function to return a list with one entry per source."));
            }
        }
        return results;
    }
}
