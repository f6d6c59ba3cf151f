package io.switchboard.stack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Deploy view and the CLI see plain records: no SDK type comes out of the deployer's public API
 * (clients go in through constructors, built by the caller).
 */
class DeployPublicApiTest {

    private static final List<Class<?>> PUBLIC_API = List.of(StackDeployer.class, ArtifactStore.class,
            DeployListener.class, DeployRequest.class, DeployResult.class, DeployResult.Succeeded.class,
            DeployResult.Failed.class, DeployResult.Cancelled.class, DeployFailure.class, DeployProgress.class,
            StackEventRecord.class, PlannedChange.class, ChangeSetPreview.class, ArtifactLocation.class,
            PollSchedule.class);

    @Test
    void publicMethodsAndRecords_exposeNoSdkTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC_API) {
            for (Method method : type.getMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() == type) {
                    Stream.concat(Stream.of(method.getGenericReturnType()), Stream.of(method.getGenericParameterTypes()))
                            .filter(t -> t.getTypeName().startsWith("software.amazon"))
                            .forEach(t -> leaks.add(type.getSimpleName() + "." + method.getName() + ": " + t.getTypeName()));
                }
            }
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    if (c.getGenericType().getTypeName().startsWith("software.amazon")) {
                        leaks.add(type.getSimpleName() + "." + c.getName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
