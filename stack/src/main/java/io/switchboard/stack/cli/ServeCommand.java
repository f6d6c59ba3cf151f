package io.switchboard.stack.cli;

import io.switchboard.stack.DataFolder;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.sandbox.Sandbox;
import io.switchboard.stack.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code sandbox serve [--data DIR]}: runs the local cloud until Ctrl-C / SIGTERM. */
final class ServeCommand {
    static final int KEEP_RUNNING = -1;

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) throws IOException {
        Path data = DataFolder.standard().resolve("sandbox");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else {
                throw new StackCli.UsageException("sandbox serve takes only --data DIR, not '" + args[i] + "'");
            }
        }
        Sandbox sandbox = Sandbox.start(SandboxOptions.persistedIn(data), new DeployListener() {
            @Override
            public void onPhase(String phase) {
                err.println(phase + "...");
            }
        });
        sandbox.notices().forEach(notice -> err.println("Note: " + notice));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        print(sandbox, data);
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void print(Sandbox sandbox, Path data) {
        out.println("dynamodb=" + sandbox.dynamoDbEndpoint());
        out.println("lambda=" + sandbox.lambdaEndpoint());
        out.println("stepfunctions=" + sandbox.stepFunctionsEndpoint());
        out.println("region=" + sandbox.region());
        out.println("data=" + data.toAbsolutePath());
        sandbox.plan().functions().forEach(f -> out.println("function." + f.name() + "=" + f.arn()));
        sandbox.plan().stateMachines().forEach(m -> out.println("statemachine." + m.name() + "=" + m.arn()));
        sandbox.plan().tables().forEach(t -> out.println("table." + t.name() + "=" + t.arn()));
        sandbox.outputs().forEach((k, v) -> out.println("output." + k + "=" + v));
        out.println("ready");
        out.flush();
    }
}
