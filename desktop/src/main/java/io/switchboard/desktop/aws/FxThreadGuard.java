package io.switchboard.desktop.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Fails any AWS call made on the JavaFX application thread: such a call freezes the window for as
 * long as the network takes. Installed on every client {@link ClientCache} builds. Matches the
 * thread by name so this package stays free of JavaFX.
 */
public final class FxThreadGuard implements ExecutionInterceptor {
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        check(context.request().getClass().getSimpleName());
    }

    public static void check(String what) {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException(what + " called on the JavaFX thread: run it through the TaskExecutor");
        }
    }
}
