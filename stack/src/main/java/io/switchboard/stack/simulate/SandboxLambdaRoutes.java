package io.switchboard.stack.simulate;

import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.LambdaMock;
import io.switchboard.flows.simulator.LambdaRouteArgument;
import io.switchboard.flows.simulator.LambdaRoutes;
import io.switchboard.flows.simulator.SimulationClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line's {@code --lambda} arguments over the sandbox: {@code KEY=FUNCTION} calls that
 * sandbox function instead (its full name, {@code switchboard-vanity}, or its name in the stack,
 * {@code vanity}), {@code KEY=@FILE.json} answers from the mock file (read now), and every other call
 * goes to the sandbox function the flow names.
 */
public final class SandboxLambdaRoutes {
    private SandboxLambdaRoutes() {
    }

    /**
     * @throws IllegalArgumentException naming the argument whose mock file is missing or malformed
     */
    public static LambdaRoutes of(List<LambdaRouteArgument> arguments, LambdaInvoker sandbox, SimulationClock clock,
                                  String stackName) {
        LambdaRoutes.Builder routes = LambdaRoutes.to(sandbox);
        for (LambdaRouteArgument route : arguments) {
            if (!route.isMock()) {
                routes.routeTo(route.key(), sandboxFunction(route.function(), stackName), sandbox);
                continue;
            }
            String where = "--lambda " + route.key() + "=@" + route.mockFile();
            try {
                routes.mock(route.key(), LambdaMock.fromJson(Files.readString(Path.of(route.mockFile()))), clock);
            } catch (IOException | UncheckedIOException unreadable) {
                throw new IllegalArgumentException(where + ": the mock file cannot be read (" + unreadable.getMessage() + ")");
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(where + ": " + bad.getMessage());
            }
        }
        return routes.build();
    }

    /** A sandbox function by its full name ({@code switchboard-vanity}) or its name in the stack ({@code vanity}). */
    static String sandboxFunction(String function, String stackName) {
        if (function.startsWith("arn:") || stackName == null || function.startsWith(stackName + "-")) {
            return function;
        }
        return stackName + "-" + function;
    }
}
