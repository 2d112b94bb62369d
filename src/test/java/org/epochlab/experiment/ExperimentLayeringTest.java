package org.epochlab.experiment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Where the config, runner and command-line code may reach. */
@AnalyzeClasses(packages = "org.epochlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ExperimentLayeringTest {

    @ArchTest
    static final ArchRule experimentBuildsOnlyOnEngineAndData = noClasses()
            .that().resideInAPackage("org.epochlab.experiment..")
            .and().resideOutsideOfPackage("org.epochlab.experiment.run..")
            .should().dependOnClassesThat().resideInAnyPackage("org.epochlab.ui..", "org.epochlab.cli..",
                    "org.epochlab.export..")
            .because("configs, presets, the runner and the analysis are shared by the window, the train command "
                    + "and the writers, so they cannot depend on any of them");

    @ArchTest
    static final ArchRule runHistoryUsesNoWriterWindowOrCommand = noClasses()
            .that().resideInAPackage("org.epochlab.experiment.run..")
            .should().dependOnClassesThat().resideInAnyPackage("org.epochlab.ui..", "org.epochlab.cli..",
                    "org.epochlab.export..", "javafx..")
            .because("the run history saves its files with the io package's atomic writes and is used by the "
                    + "window and the train command alike");

    @ArchTest
    static final ArchRule commandLineUsesNoWindowCode = noClasses()
            .that().resideInAPackage("org.epochlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.epochlab.ui..", "javafx..")
            .because("train runs headless; only the PNG renderer starts JavaFX, behind its own API");
}
