package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.stack.sandbox.asl.LambdaInvocation;
import io.switchboard.stack.sandbox.asl.LambdaInvoker;
import io.switchboard.stack.sandbox.asl.StatesError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** In-test Lambda functions, addressed by name or function ARN; records every payload they receive. */
final class TestFunctions implements LambdaInvoker {
    interface Body {
        LambdaInvocation handle(JsonNode payload) throws InterruptedException;
    }

    private final Map<String, Body> functions = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    TestFunctions define(String name, Body body) {
        functions.put(name, body);
        return this;
    }

    TestFunctions returning(String name, Function<JsonNode, JsonNode> body) {
        return define(name, payload -> LambdaInvocation.success(body.apply(payload)));
    }

    List<String> calls() {
        return calls;
    }

    @Override
    public LambdaInvocation invoke(String function, JsonNode payload) throws InterruptedException {
        String name = function.contains(":function:") ? function.substring(function.indexOf(":function:") + 10) : function;
        calls.add(name);
        Body body = functions.get(name);
        if (body == null) {
            throw new StatesError("Lambda.ResourceNotFoundException", "Function not found: " + function);
        }
        return body.handle(payload);
    }
}
