package io.switchboard.lambdas.vanity.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class VanityEngineArchitectureTest {
    @Test
    void engine_isPureJava_withoutAwsOrJsonImports() {
        noClasses().that().resideInAPackage("io.switchboard.lambdas.vanity.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", "com.fasterxml..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.switchboard.lambdas.vanity.engine"));
    }
}
