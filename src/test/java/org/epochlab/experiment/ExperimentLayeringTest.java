package org.epochlab.experiment;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.epochlab.export.AtomicFiles;
import org.epochlab.export.IoMessages;
import org.epochlab.export.WeightsJson;

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
    static final ArchRule runHistoryUsesOnlyTheFileHelpersOfExport = noClasses()
            .that().resideInAPackage("org.epochlab.experiment.run..")
            .should().dependOnClassesThat().resideInAnyPackage("org.epochlab.ui..", "org.epochlab.cli..", "javafx..")
            .orShould().dependOnClassesThat(resideInAPackage("org.epochlab.export..")
                    .and(not(belongToAnyOf(AtomicFiles.class, IoMessages.class, WeightsJson.class))))
            .because("the run history saves files the way every export does (atomic writes, errors in words, the "
                    + "weights layout) and is used by the window and the train command alike");

    @ArchTest
    static final ArchRule commandLineUsesNoWindowCode = noClasses()
            .that().resideInAPackage("org.epochlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.epochlab.ui..", "javafx..")
            .because("train runs headless; only the PNG renderer starts JavaFX, behind its own API");
}
