package dev.lockstep.graphql.internal.util;

/** An error a template added with {@code $util.appendError}: the field keeps its value and the error is reported. */
public record AppendedError(String message, String errorType, Object data, Object errorInfo) {}
