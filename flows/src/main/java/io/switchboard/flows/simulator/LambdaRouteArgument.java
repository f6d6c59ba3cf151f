package io.switchboard.flows.simulator;

/**
 * One {@code --lambda} command-line argument: {@code ARN_OR_NAME=FUNCTION} routes the flow's calls
 * for that function to another function; {@code ARN_OR_NAME=@FILE.json} answers them with the
 * {@link LambdaMock} in the file.
 *
 * @param key      the function the flow calls (see {@link LambdaRoutes} for how keys match)
 * @param function the function to call instead; null for a mock
 * @param mockFile the mock file's path as typed; null for a route
 */
public record LambdaRouteArgument(String key, String function, String mockFile) {

    /**
     * @throws IllegalArgumentException saying what the argument should look like
     */
    public static LambdaRouteArgument parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0 || eq == argument.length() - 1) {
            throw new IllegalArgumentException("--lambda needs ARN_OR_NAME=FUNCTION or ARN_OR_NAME=@FILE.json, got '" + argument + "'");
        }
        String key = argument.substring(0, eq).strip();
        String target = argument.substring(eq + 1).strip();
        if (target.startsWith("@")) {
            if (target.length() == 1) {
                throw new IllegalArgumentException("--lambda " + key + "=@ needs a mock file after the @");
            }
            return new LambdaRouteArgument(key, null, target.substring(1));
        }
        return new LambdaRouteArgument(key, target, null);
    }

    public boolean isMock() {
        return mockFile != null;
    }
}
