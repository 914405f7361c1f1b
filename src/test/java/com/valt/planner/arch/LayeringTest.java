package com.valt.planner.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of DEVELOPERS.md, held by a test so that it stays true. */
@AnalyzeClasses(packages = "com.valt.planner", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] OUTSIDE_WORLD = {"javafx..", "com.fasterxml.jackson..", "org.jgrapht..",
            "org.apache.pdfbox..", "org.jfree..", "de.rototor..", "java.awt..", "javax.imageio..", "java.nio.file..",
            "picocli.."};

    @ArchTest
    static final ArchRule domainKnowsNothingOfUiFilesOrLibraries = noClasses()
            .that().resideInAnyPackage("com.valt.planner.domain..", "com.valt.planner.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage(OUTSIDE_WORLD)
            .orShould().dependOnClassesThat().resideInAnyPackage("com.valt.planner.engine..", "com.valt.planner.io..",
                    "com.valt.planner.export..", "com.valt.planner.ui..", "com.valt.planner.cli..");

    @ArchTest
    static final ArchRule engineKnowsNothingOfUiFilesOrOutputs = noClasses()
            .that().resideInAPackage("com.valt.planner.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml.jackson..",
                    "org.apache.pdfbox..", "java.awt..", "java.nio.file..", "com.valt.planner.io..",
                    "com.valt.planner.export..", "com.valt.planner.ui..", "com.valt.planner.cli..");

    @ArchTest
    static final ArchRule jgraphtOnlyInTheEngine = noClasses()
            .that().resideOutsideOfPackage("com.valt.planner.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.jgrapht..");

    @ArchTest
    static final ArchRule javafxOnlyInTheWindow = noClasses()
            .that().resideOutsideOfPackage("com.valt.planner.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule pdfboxOnlyInTheExporters = noClasses()
            .that().resideOutsideOfPackage("com.valt.planner.export..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule headlessCommandsNeverReachTheWindow = noClasses()
            .that().resideInAnyPackage("com.valt.planner.cli..", "com.valt.planner.export..", "com.valt.planner.io..")
            .should().dependOnClassesThat().resideInAPackage("com.valt.planner.ui..");

    @ArchTest
    static final ArchRule ruleSetsArePlainJava = noClasses()
            .that().resideInAPackage("com.valt.planner.ruleset..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.imageio..",
                    "org.apache.pdfbox..", "org.jfree..", "de.rototor..", "com.fasterxml.jackson..", "org.jgrapht..",
                    "picocli..", "java.io..", "java.nio.file..", "com.valt.planner.io..", "com.valt.planner.export..",
                    "com.valt.planner.ui..", "com.valt.planner.cli..", "com.valt.planner.syntax..");

    @ArchTest
    static final ArchRule revisionsArePlainJava = noClasses()
            .that().resideInAPackage("com.valt.planner.revision..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.imageio..",
                    "org.apache.pdfbox..", "org.jfree..", "de.rototor..", "com.fasterxml.jackson..", "org.jgrapht..",
                    "picocli..", "java.io..", "java.nio.file..", "com.valt.planner.io..", "com.valt.planner.export..",
                    "com.valt.planner.ui..", "com.valt.planner.cli..", "com.valt.planner.syntax..");

    @ArchTest
    static final ArchRule diagramAndEditsAreSharedPlainJava = noClasses()
            .that().resideInAnyPackage("com.valt.planner.diagram..", "com.valt.planner.edit..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.apache.pdfbox..",
                    "org.jfree..", "com.fasterxml.jackson..", "org.jgrapht..", "com.valt.planner.ui..",
                    "com.valt.planner.export..", "com.valt.planner.cli..")
            .allowEmptyShould(true);
}
