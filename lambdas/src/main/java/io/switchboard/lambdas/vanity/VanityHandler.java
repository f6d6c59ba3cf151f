package io.switchboard.lambdas.vanity;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.switchboard.lambdas.aws.AwsClients;
import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.connect.ConnectEvent;
import io.switchboard.lambdas.log.JsonLog;
import io.switchboard.lambdas.vanity.engine.VanityEngine;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.crac.Core;
import org.crac.Resource;

/**
 * Amazon Connect entry point of the vanity service. Maps the Connect event to a lookup, lets
 * {@link VanityService} do the work, and answers a flat string map for STRING_MAP validation.
 * Never throws: any input gets a {@code status} and a {@code reason}.
 */
public final class VanityHandler implements RequestHandler<Map<String, Object>, Map<String, String>>, Resource {
    private static final JsonLog LOG = new JsonLog("vanity");

    private final VanityService service;

    /** Used by the Lambda runtime. */
    public VanityHandler() {
        this(System.getenv());
    }

    /** Used by the sandbox and tests: the function's environment as a map (docs/decisions/0004). */
    public VanityHandler(Map<String, String> environment) {
        this(createService(VanityConfig.from(environment), environment));
        Core.getGlobalContext().register(this);
    }

    VanityHandler(VanityService service) {
        this.service = service;
    }

    private static VanityService createService(VanityConfig config, Map<String, String> environment) {
        Optional<CallLog> callLog = config.callsTable()
                .map(table -> new CallLog(new AwsClients(environment).dynamoDb(), table, config.retentionDays()));
        if (callLog.isEmpty()) {
            LOG.warn("CALLS_TABLE is not set: calls are answered but not recorded", Map.of());
        }
        return new VanityService(VanityEngine.withBusinessWords(config.businessWords()), callLog, config.retentionDays(), Clock.systemUTC(), LOG,
                config.transferQueueArn());
    }

    @Override
    public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
        return service.answer(ConnectEvent.from(event));
    }

    /** SnapStart: load the dictionary, JIT the engine and open the DynamoDB connection inside the snapshot. */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        service.prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to refresh: the SDK re-opens pooled connections on first use after restore.
    }
}
