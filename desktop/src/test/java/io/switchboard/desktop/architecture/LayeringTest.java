package io.switchboard.desktop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The desktop's layering, kept by tests rather than by good intentions. */
@AnalyzeClasses(packages = "io.switchboard.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models are tested without a screen");

    @ArchTest
    static final ArchRule onlyGatewaysUseTheAwsSdk = noClasses()
            .that().resideOutsideOfPackage("io.switchboard.desktop.aws..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("gateways return plain records; SDK types stay in the aws package");

    @ArchTest
    static final ArchRule gatewaysDoNotUseJavaFx = noClasses()
            .that().resideInAPackage("io.switchboard.desktop.aws..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("service access is not UI");

    @ArchTest
    static final ArchRule featuresRunWorkThroughTheTaskExecutor = noClasses()
            .that().resideOutsideOfPackage("io.switchboard.desktop.task..")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("one TaskExecutor delivers results on the FX thread");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = noClasses()
            .that().resideInAnyPackage("..desktop.calls..", "..desktop.replay..", "..desktop.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("..desktop.executions..", "..desktop.deploy..", "..desktop.app..")
            .because("a feature package stands alone; the app wires them");

    @ArchTest
    static final ArchRule sharedUiDoesNotDependOnFeatures = noClasses()
            .that().resideInAPackage("..desktop.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..desktop.calls..", "..desktop.executions..",
                    "..desktop.deploy..", "..desktop.replay..", "..desktop.settings..", "..desktop.app..")
            .because("pieces shared by pages (the masked Caller column, page headers) know no page");

    @ArchTest
    static final ArchRule pagesDoNotDependOnEachOther = slices()
            .matching("io.switchboard.desktop.(calls|executions|deploy|replay|settings)..")
            .should().notDependOnEachOther()
            .because("what two pages share lives in ui, connect or aws, not in one of them");
}
