package io.switchboard.lambdas.async;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.switchboard.lambdas.aws.AwsClients;
import io.switchboard.lambdas.connect.ConnectEvent;
import io.switchboard.lambdas.log.JsonLog;
import java.time.Clock;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;

/**
 * Amazon Connect entry point of the async wrapper: the first call starts the wrapped (slow) function
 * through Step Functions and returns at once; later calls poll for its result. The protocol is
 * {@link AsyncProtocol}; environment: {@code STATE_MACHINE_ARN}, {@code RESULTS_TABLE},
 * {@code RESULT_RETENTION_HOURS}, plus the SDK settings {@link AwsClients} reads.
 */
public final class AsyncWrapperHandler implements RequestHandler<Map<String, Object>, Map<String, Object>>, Resource {
    private static final JsonLog LOG = new JsonLog("async-wrapper");

    private final AsyncWrapperService service;

    /** Used by the Lambda runtime. */
    public AsyncWrapperHandler() {
        this(System.getenv());
    }

    /** Used by the sandbox and tests: the function's environment as a map (docs/decisions/0004). */
    public AsyncWrapperHandler(Map<String, String> environment) {
        this(createService(AsyncWrapperConfig.from(environment), new AwsClients(environment)));
        Core.getGlobalContext().register(this);
    }

    AsyncWrapperHandler(AsyncWrapperService service) {
        this.service = service;
    }

    private static AsyncWrapperService createService(AsyncWrapperConfig config, AwsClients clients) {
        return new AsyncWrapperService(
                new AsyncResults(clients.dynamoDb(), config.resultsTable()),
                new AsyncExecutions(clients.stepFunctions(), config.stateMachineArn()),
                config.retentionHours(), Clock.systemUTC(), LOG);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return service.answer(ConnectEvent.from(event));
    }

    /** SnapStart: both clients are built in the constructor; warm the DynamoDB path with a read that finds nothing. */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        service.prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to refresh: the SDK re-opens pooled connections on first use after restore.
    }
}
