package org.epochlab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering rules that keep the engine a library and the model code free of the window. */
@AnalyzeClasses(packages = "org.epochlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineUsesNoUserInterface = noClasses()
            .that().resideInAPackage("org.epochlab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("the engine runs the same way in the window, the train command and the tests, "
                    + "so it must not need a display");

    @ArchTest
    static final ArchRule engineTouchesNoFiles = noClasses()
            .that().resideInAPackage("org.epochlab.engine..")
            .should().dependOnClassesThat().resideInAPackage("java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .because("data comes in as Samples and results go out as records; reading and writing "
                    + "files is the data and export packages' job");

    @ArchTest
    static final ArchRule engineDependsOnNoOtherEpochLabPackage = noClasses()
            .that().resideInAPackage("org.epochlab.engine..")
            .should().dependOnClassesThat(resideInAPackage("org.epochlab..")
                    .and(not(resideInAPackage("org.epochlab.engine.."))))
            .because("every other part builds on the engine, never the reverse");

    @ArchTest
    static final ArchRule engineDoesNotPrint = noClasses()
            .that().resideInAPackage("org.epochlab.engine..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("a library that prints clutters the train command's output and the test logs; "
                    + "it reports through records, listeners and exceptions instead");

    @ArchTest
    static final ArchRule dataAndExperimentUseNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.epochlab.data..", "org.epochlab.experiment..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("datasets, configs and analysis are used headless by the train command and must "
                    + "be testable without a JavaFX toolkit");

    @ArchTest
    static final ArchRule modelCodeDoesNotReachUp = noClasses()
            .that().resideInAnyPackage("org.epochlab.data..", "org.epochlab.experiment..", "org.epochlab.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.epochlab.export..", "org.epochlab.ui..",
                    "org.epochlab.cli..", "org.epochlab.bench..")
            .because("datasets, configs, runs and safe file writing sit below the window, the exports and the "
                    + "commands that use them");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.epochlab.(**)")
            .should().beFreeOfCycles()
            .because("each package can then be read, tested and changed from the bottom up");
}
