package io.switchboard.desktop.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Time to first window: a minimal JavaFX app (an empty Stage) against Switchboard (sandbox mode, a
 * throw-away data folder per run), each launched as a fresh JVM, alternately, on one virtual X display
 * (Xvfb 1440x900) that this harness starts. Measured from just before the process starts to the
 * {@code switchboard.firstWindow} line the app prints on WINDOW_SHOWN, and for Switchboard also to
 * {@code switchboard.callsComplete} (the Calls table and chart, built one frame after the window
 * shows, have skins and are laid out). Reports medians and their ratios to the empty window.
 *
 * <p>Args: runs per app (default 7). One warm-up launch of each is discarded (file cache).
 * Run: docs/benchmarks/desktop.md.
 */
public final class FirstWindowBenchmark {
    private static final String MINIMAL = MinimalWindow.class.getName();
    private static final String SWITCHBOARD = "io.switchboard.desktop.Main";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String display = ":" + (150 + (int) (ProcessHandle.current().pid() % 50));
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Thread.sleep(1000);
            launch(MINIMAL, display);
            launch(SWITCHBOARD, display);
            List<Long> minimal = new ArrayList<>();
            List<Long> switchboard = new ArrayList<>();
            List<Long> callsComplete = new ArrayList<>();
            List<Long> sandboxReady = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                minimal.add(launch(MINIMAL, display).firstWindowMs());
                Launch sb = launch(SWITCHBOARD, display);
                switchboard.add(sb.firstWindowMs());
                callsComplete.add(sb.callsCompleteMs());
                sandboxReady.add(sb.sessionReadyMs());
            }
            System.out.printf("first window, %d fresh JVMs each, Xvfb %s 1440x900, %d CPUs, %s%n", runs, display,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
            System.out.printf("  minimal JavaFX (empty Stage)   median %5d ms   all %s%n", median(minimal), minimal);
            System.out.printf("  Switchboard (sandbox mode)     median %5d ms   all %s%n", median(switchboard), switchboard);
            System.out.printf("  ratio Switchboard / minimal    %.2f (target <= 2)%n", median(switchboard) / (double) median(minimal));
            System.out.printf("  Switchboard Calls page complete median %5d ms   all %s (table and chart attached and laid out)%n",
                    median(callsComplete), callsComplete);
            System.out.printf("  ratio Calls complete / minimal %.2f%n", median(callsComplete) / (double) median(minimal));
            System.out.printf("  Switchboard sandbox ready      median %5d ms   all %s (after the window, in the background)%n",
                    median(sandboxReady), sandboxReady);
        } finally {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static Launch launch(String mainClass, String display) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("switchboard-firstwindow");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dswitchboard.reportFirstWindow=true", "-Dswitchboard.data=" + data,
                "-cp", System.getProperty("java.class.path"), mainClass);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        long firstWindow = -1;
        long callsComplete = -1;
        long sessionReady = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("switchboard.firstWindow ")) {
                    firstWindow = Long.parseLong(line.substring(line.indexOf(' ') + 1)) - started;
                    if (mainClass.equals(MINIMAL)) {
                        break;
                    }
                } else if (line.startsWith("switchboard.callsComplete ")) {
                    callsComplete = Long.parseLong(line.substring(line.indexOf(' ') + 1)) - started;
                } else if (line.startsWith("switchboard.sessionReady ")) {
                    sessionReady = Long.parseLong(line.substring(line.indexOf(' ') + 1)) - started;
                }
                if (callsComplete >= 0 && sessionReady >= 0) {
                    break;
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            deleteTree(data);
        }
        if (firstWindow < 0) {
            throw new IllegalStateException(mainClass + " never reported its first window (exit " + process.exitValue() + ")");
        }
        return new Launch(firstWindow, callsComplete, sessionReady);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private record Launch(long firstWindowMs, long callsCompleteMs, long sessionReadyMs) {
    }
}
