package io.switchboard.stack.sandbox.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The handler method a template's {@code Handler} names, called like the Java runtime calls it:
 * {@code (input, Context)}, {@code (input)}, or the stream form {@code (InputStream, OutputStream, Context)};
 * JSON in and out through Jackson.
 */
final class HandlerMethod {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Method method;
    private final boolean streaming;
    private final JavaType inputType;

    private HandlerMethod(Method method) {
        this.method = method;
        Class<?>[] parameters = method.getParameterTypes();
        this.streaming = parameters.length == 3;
        this.inputType = parameters.length == 0 || streaming ? null
                : JSON.getTypeFactory().constructType(method.getGenericParameterTypes()[0]);
    }

    /** The public method called {@code name} on {@code handlerClass}; fails with the reason when there is none. */
    static HandlerMethod find(Class<?> handlerClass, String name) {
        return Arrays.stream(handlerClass.getMethods())
                .filter(method -> method.getName().equals(name) && !method.isBridge() && !method.isSynthetic())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(HandlerMethod::hasHandlerSignature)
                // prefer the stream form, then the most specific (fewest-Object) input type
                .max(Comparator.comparingInt((Method method) -> method.getParameterCount())
                        .thenComparing(method -> method.getParameterCount() > 0 && method.getParameterTypes()[0] != Object.class))
                .map(HandlerMethod::new)
                .orElseThrow(() -> new IllegalStateException(handlerClass.getName() + " has no public method " + name
                        + "(input, Context), " + name + "(input) or " + name + "(InputStream, OutputStream, Context)"));
    }

    private static boolean hasHandlerSignature(Method method) {
        Class<?>[] types = method.getParameterTypes();
        return switch (types.length) {
            case 1 -> true;
            case 2 -> types[1] == Context.class;
            case 3 -> types[0] == InputStream.class && types[1] == OutputStream.class && types[2] == Context.class;
            default -> false;
        };
    }

    /**
     * Calls the handler.
     *
     * @throws InputParseException when the payload does not fit the handler's input type
     * @throws Throwable           whatever the handler threw
     */
    String invoke(Object handler, String payloadJson, Context context) throws Throwable {
        String payload = payloadJson == null || payloadJson.isBlank() ? "null" : payloadJson;
        try {
            if (streaming) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                method.invoke(handler, new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, context);
                return out.toString(StandardCharsets.UTF_8);
            }
            Object input;
            try {
                input = JSON.readValue(payload, inputType);
            } catch (java.io.IOException e) {
                throw new InputParseException(e);
            }
            Object output = method.getParameterCount() == 2 ? method.invoke(handler, input, context) : method.invoke(handler, input);
            return method.getReturnType() == void.class ? "null" : JSON.writeValueAsString(output);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The Java runtime's error when the event cannot be turned into the handler's input type. */
    static final class InputParseException extends RuntimeException {
        InputParseException(Throwable cause) {
            super("An error occurred during JSON parsing", cause);
        }
    }
}
