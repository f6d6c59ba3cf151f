package io.switchboard.desktop.cli;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.AwsProfiles;
import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.aws.LogsGateway;
import io.switchboard.desktop.aws.StacksGateway;
import io.switchboard.desktop.calls.UnsavedCallsRecovery;
import io.switchboard.desktop.connection.CallPlayer;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.Progress;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code switchboard recover-calls}: writes back the calls the vanity function answered but could not
 * record, from its log group. Headless (no JavaFX); returns an exit status, only {@code Main} exits.
 */
public final class RecoverCallsCommand {
    public static final String USAGE = """
            Usage: switchboard recover-calls --profile NAME --region REGION [--stack NAME] [--days N]
              Finds the calls the vanity function answered but could not write to the call log (its
              "call not recorded" lines in the log group /aws/lambda/STACK-vanity) and writes them.
              Calls already in the call log are counted and left alone, so running it again is safe.
                --profile NAME  an AWS profile from ~/.aws/config or ~/.aws/credentials (SSO: aws sso login first)
                --region REGION the region the stack is deployed in, e.g. eu-west-2
                --stack NAME    the stack's name (default: switchboard)
                --days N        how far back to search, 1 to 3653 (default: 30, the stack's default log retention)
              Exit status: 0 done; 1 AWS failure or unreadable lines; 2 usage error.
            """;
    private static final String DEFAULT_STACK = "switchboard";

    private final BiFunction<String, String, ConnectionTarget> targets;
    private final Clock clock;

    /** The command as users run it: the profile's own credentials, AWS's own endpoints. */
    public RecoverCallsCommand() {
        this(ConnectionTarget::profile, Clock.systemUTC());
    }

    /** @param targets where a (profile, region) points: tests aim it at loopback services */
    public RecoverCallsCommand(BiFunction<String, String, ConnectionTarget> targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    /** @param args the arguments after {@code recover-calls} */
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException bad) {
            err.println("switchboard recover-calls: " + bad.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options == null) {
            out.print(USAGE);
            return 0;
        }
        ConnectionTarget target = targets.apply(options.profile(), options.region());
        try (ClientCache clients = new ClientCache(target)) {
            Optional<Map<String, String>> outputs = new StacksGateway(clients).outputs(options.stack());
            if (outputs.isEmpty()) {
                err.println("switchboard recover-calls: stack '" + options.stack() + "' was not found in " + options.region()
                        + " (profile " + options.profile() + "): check the region, or name the stack with --stack.");
                return 1;
            }
            Session session = new Session(target, options.profile() + " · " + options.region(), outputs.get(), clients, CallPlayer.NONE);
            Optional<UnsavedCallsRecovery> recovery = UnsavedCallsRecovery.on(session);
            if (recovery.isEmpty()) {
                err.println("switchboard recover-calls: stack '" + options.stack() + "' has no CallsTableName or "
                        + "VanityFunctionAliasArn output: is it a Switchboard stack?");
                return 1;
            }
            err.println("Searching " + recovery.get().logGroup() + " for the last " + options.days() + " days…");
            UnsavedCallsRecovery.Report report = recovery.get().recover(clock.instant(), options.days(), new PrintedProgress(err));
            out.println(report.summary());
            if (report.unreadable() > 0) {
                err.println(report.unreadable() + " lines could not be read as calls; the first of them in "
                        + report.logGroup() + ":");
                for (LogsGateway.LogEvent event : report.unreadableEvents()) {
                    err.println("  stream " + event.logStream() + ", event " + event.eventId());
                }
                return 1;
            }
            return 0;
        } catch (RuntimeException failure) {
            err.println("switchboard recover-calls: " + AwsProblems.describe(failure, target).text());
            return 1;
        }
    }

    /** Prints progress messages as they change (a page of log events at a time). */
    private record PrintedProgress(PrintStream err) implements Progress {
        @Override
        public void update(double fraction, String message) {
            if (message != null && !message.startsWith("Searching")) {
                err.println("  " + message);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    record Options(String profile, String region, String stack, int days) {
        /** @return the options, or {@code null} when help was asked for */
        static Options parse(String[] args) {
            String profile = null;
            String region = null;
            String stack = DEFAULT_STACK;
            int days = UnsavedCallsRecovery.DEFAULT_DAYS;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    return null;
                }
                if (!option.startsWith("--")) {
                    throw new UsageException("unexpected argument '" + option + "'");
                }
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--profile" -> profile = value;
                    case "--region" -> region = value;
                    case "--stack" -> stack = value;
                    case "--days" -> days = days(value);
                    default -> throw new UsageException("unknown option '" + option + "'");
                }
            }
            if (profile == null) {
                throw new UsageException("--profile is required: the unsaved calls are in CloudWatch Logs in your AWS account");
            }
            if (region == null) {
                throw new UsageException("--region is required");
            }
            if (!AwsProfiles.isKnownRegion(region)) {
                throw new UsageException("'" + region + "' is not an AWS region (e.g. eu-west-2)");
            }
            if (stack.isBlank()) {
                throw new UsageException("--stack must name a stack");
            }
            return new Options(profile, region, stack, days);
        }

        private static int days(String value) {
            try {
                int days = Integer.parseInt(value);
                if (days >= 1 && days <= UnsavedCallsRecovery.MAX_DAYS) {
                    return days;
                }
            } catch (NumberFormatException notANumber) {
                // said below
            }
            throw new UsageException("--days must be a whole number of days from 1 to " + UnsavedCallsRecovery.MAX_DAYS
                    + ", not '" + value + "'");
        }
    }

    /** A command line that cannot be run as typed; the message says what to change. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
