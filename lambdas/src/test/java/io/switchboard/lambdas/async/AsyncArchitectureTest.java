package io.switchboard.lambdas.async;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The protocol stays pure so its rules are testable without AWS; SDK types stay inside the two gateways. */
class AsyncArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.switchboard.lambdas.async", "io.switchboard.lambdas.demo");

    @Test
    void protocolClasses_doNotTouchTheAwsSdk() {
        noClasses().that().haveSimpleNameStartingWith("AsyncProtocol")
                .or().haveSimpleNameStartingWith("AsyncRequest")
                .or().haveSimpleNameStartingWith("OutputFlattener")
                .or().haveSimpleNameStartingWith("ExecutionName")
                .or().haveSimpleNameStartingWith("ExecutionInput")
                .or().haveSimpleNameStartingWith("ExecutionResult")
                .or().haveSimpleNameStartingWith("AsyncWrapperConfig")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..")
                .check(classes);
    }

    @Test
    void sdkTypes_stayInsideTheGatewaysAndTheHandlerThatBuildsThem() {
        noClasses().that().resideInAPackage("io.switchboard.lambdas.async")
                .and().haveSimpleNameNotStartingWith("AsyncResults")
                .and().haveSimpleNameNotStartingWith("AsyncExecutions")
                .and().haveSimpleNameNotStartingWith("TransientFailures")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..")
                .check(classes);
    }

    @Test
    void demoFunction_needsNoAwsClients() {
        noClasses().that().resideInAPackage("io.switchboard.lambdas.demo")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..")
                .check(classes);
    }
}
