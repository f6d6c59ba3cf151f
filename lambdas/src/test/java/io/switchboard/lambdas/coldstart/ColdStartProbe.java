package io.switchboard.lambdas.coldstart;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.UUID;

/**
 * One Lambda cold start, in the fresh JVM {@link ColdStartBenchmark} starts on a Lambda jar: loads the
 * handler by class name and constructs it as the Lambda runtime does (that is the function's init),
 * then handles one Connect call (the first invocation, which records the call in DynamoDB). Prints one
 * line: {@code init_ns=… invoke_ns=… status=… contact=…}. Its environment is the function's.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String handlerClass = args[0];
        String caller = args[1];
        long start = System.nanoTime();
        var handler = (RequestHandler<Map<String, Object>, Map<String, String>>) Class.forName(handlerClass)
                .getDeclaredConstructor().newInstance();
        long init = System.nanoTime() - start;
        String contactId = UUID.randomUUID().toString();
        Map<String, Object> event = Map.of("Name", "ContactFlowEvent", "Details", Map.of(
                "ContactData", Map.of("ContactId", contactId, "Channel", "VOICE",
                        "CustomerEndpoint", Map.of("Address", caller, "Type", "TELEPHONE_NUMBER")),
                "Parameters", Map.of()));
        start = System.nanoTime();
        Map<String, String> answer = handler.handleRequest(event, null);
        long invoke = System.nanoTime() - start;
        System.out.println("init_ns=" + init + " invoke_ns=" + invoke + " status=" + answer.get("status") + " contact=" + contactId);
        System.out.flush();
    }
}
