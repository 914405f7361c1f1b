package com.valt.planner.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

/**
 * The layering docs/development.md ("How it is built") describes, held by a test so that it stays true:
 * domain and catalog at the bottom, then the engine, the firewall rule sets and syntaxes, the diagram
 * and the edits, the exports and files, and at the top the command line and the window (the probe is
 * used by those two only). Layers that do not exist yet (ruleset, syntax, probe) are optional.
 */
@AnalyzeClasses(packages = "com.valt.planner", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Domain")
            .definedBy("com.valt.planner.domain..", "com.valt.planner.catalog..")
            .layer("Engine")
            .definedBy("com.valt.planner.engine..")
            .layer("Rules")
            .definedBy("com.valt.planner.ruleset..", "com.valt.planner.syntax..")
            .layer("Shapes")
            .definedBy("com.valt.planner.diagram..", "com.valt.planner.edit..")
            .layer("Files")
            .definedBy("com.valt.planner.io..")
            .layer("Probe")
            .definedBy("com.valt.planner.probe..")
            .layer("Outputs")
            .definedBy("com.valt.planner.export..")
            .layer("Commands")
            .definedBy("com.valt.planner.cli..")
            .layer("Window")
            .definedBy("com.valt.planner.ui..")
            .layer("Launcher")
            .definedBy("com.valt.planner")
            .whereLayer("Launcher")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Window")
            .mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Commands")
            .mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Outputs")
            .mayOnlyBeAccessedByLayers("Commands", "Window", "Launcher")
            // the handoff's commissioning chapter reads probe results; only cli and ui run a probe
            .whereLayer("Probe")
            .mayOnlyBeAccessedByLayers("Outputs", "Commands", "Window")
            .whereLayer("Files")
            .mayOnlyBeAccessedByLayers("Probe", "Outputs", "Commands", "Window", "Launcher")
            .whereLayer("Shapes")
            .mayOnlyBeAccessedByLayers("Files", "Probe", "Outputs", "Commands", "Window", "Launcher")
            .whereLayer("Rules")
            .mayOnlyBeAccessedByLayers("Shapes", "Files", "Probe", "Outputs", "Commands", "Window", "Launcher")
            .whereLayer("Engine")
            .mayOnlyBeAccessedByLayers(
                    "Rules", "Shapes", "Files", "Probe", "Outputs", "Commands", "Window", "Launcher");

    /**
     * Each package below the window is a slice: export and export.pdf, too, must not need each other
     * both ways. The window's feature packages share its model, so ui is one slice (next rule).
     */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("com.valt.planner.(**)")
            .that(DescribedPredicate.describe(
                    "outside the window",
                    (Slice s) ->
                            !s.getNamePart(1).equals("ui") && !s.getNamePart(1).startsWith("ui.")))
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages =
            slices().matching("com.valt.planner.(*)..").should().beFreeOfCycles();

    /** The window logs through WindowLog; only the command line prints. */
    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that()
            .resideOutsideOfPackage("com.valt.planner.cli..")
            // the installer's training run silences the commands it replays
            .and()
            .doNotHaveFullyQualifiedName("com.valt.planner.AotTraining")
            .should(ACCESS_STANDARD_STREAMS);

    private static final String[] OUTSIDE_WORLD = {
        "javafx..",
        "com.fasterxml.jackson..",
        "org.jgrapht..",
        "org.apache.pdfbox..",
        "org.jfree..",
        "de.rototor..",
        "java.awt..",
        "javax.imageio..",
        "java.nio.file..",
        "picocli.."
    };

    @ArchTest
    static final ArchRule domainKnowsNothingOfUiFilesOrLibraries = noClasses()
            .that()
            .resideInAnyPackage("com.valt.planner.domain..", "com.valt.planner.catalog..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(OUTSIDE_WORLD)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.valt.planner.engine..",
                    "com.valt.planner.io..",
                    "com.valt.planner.export..",
                    "com.valt.planner.ui..",
                    "com.valt.planner.cli..");

    @ArchTest
    static final ArchRule engineKnowsNothingOfUiFilesOrOutputs = noClasses()
            .that()
            .resideInAPackage("com.valt.planner.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "com.fasterxml.jackson..",
                    "org.apache.pdfbox..",
                    "java.awt..",
                    "java.nio.file..",
                    "com.valt.planner.io..",
                    "com.valt.planner.export..",
                    "com.valt.planner.ui..",
                    "com.valt.planner.cli..");

    /** Rule sets and their platform syntaxes are text from records: no window, PDF, files or outputs. */
    @ArchTest
    static final ArchRule syntaxAndRuleSetsArePlainJava = noClasses()
            .that()
            .resideInAnyPackage("com.valt.planner.syntax..", "com.valt.planner.ruleset..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "org.apache.pdfbox..",
                    "java.awt..",
                    "java.io..",
                    "java.nio.file..",
                    "com.fasterxml.jackson..",
                    "com.valt.planner.io..",
                    "com.valt.planner.export..",
                    "com.valt.planner.ui..",
                    "com.valt.planner.cli..");

    @ArchTest
    static final ArchRule jgraphtOnlyInTheEngine = noClasses()
            .that()
            .resideOutsideOfPackage("com.valt.planner.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.jgrapht..");

    @ArchTest
    static final ArchRule javafxOnlyInTheWindow = noClasses()
            .that()
            .resideOutsideOfPackage("com.valt.planner.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule pdfboxOnlyInTheExporters = noClasses()
            .that()
            .resideOutsideOfPackage("com.valt.planner.export..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule headlessCommandsNeverReachTheWindow = noClasses()
            .that()
            .resideInAnyPackage("com.valt.planner.cli..", "com.valt.planner.export..", "com.valt.planner.io..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.valt.planner.ui..");

    /** Sockets, channels, name look-ups, interface lists: the network is touched by the probe package only. */
    private static final DescribedPredicate<JavaClass> NETWORK = JavaClass.Predicates.resideInAPackage("java.net..")
            .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(
                    java.net.URI.class,
                    java.net.URISyntaxException.class,
                    java.net.URL.class,
                    java.net.MalformedURLException.class)))
            .or(JavaClass.Predicates.assignableTo(java.nio.channels.NetworkChannel.class))
            .or(JavaClass.Predicates.assignableTo(java.nio.channels.spi.SelectorProvider.class))
            .or(JavaClass.Predicates.assignableTo(java.nio.channels.Selector.class))
            .as("the network (java.net but URI and URL, socket channels, selectors)");

    @ArchTest
    static final ArchRule networkOnlyInTheProbe = noClasses()
            .that()
            .resideOutsideOfPackage("com.valt.planner.probe..")
            .should()
            .dependOnClassesThat(NETWORK);

    @ArchTest
    static final ArchRule ruleSetsArePlainJava = noClasses()
            .that()
            .resideInAPackage("com.valt.planner.ruleset..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "java.awt..",
                    "javax.imageio..",
                    "org.apache.pdfbox..",
                    "org.jfree..",
                    "de.rototor..",
                    "com.fasterxml.jackson..",
                    "org.jgrapht..",
                    "picocli..",
                    "java.io..",
                    "java.nio.file..",
                    "com.valt.planner.io..",
                    "com.valt.planner.export..",
                    "com.valt.planner.ui..",
                    "com.valt.planner.cli..",
                    "com.valt.planner.syntax..");

    @ArchTest
    static final ArchRule revisionsArePlainJava = noClasses()
            .that()
            .resideInAPackage("com.valt.planner.revision..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "java.awt..",
                    "javax.imageio..",
                    "org.apache.pdfbox..",
                    "org.jfree..",
                    "de.rototor..",
                    "com.fasterxml.jackson..",
                    "org.jgrapht..",
                    "picocli..",
                    "java.io..",
                    "java.nio.file..",
                    "com.valt.planner.io..",
                    "com.valt.planner.export..",
                    "com.valt.planner.ui..",
                    "com.valt.planner.cli..",
                    "com.valt.planner.syntax..");

    @ArchTest
    static final ArchRule diagramAndEditsAreSharedPlainJava = noClasses()
            .that()
            .resideInAnyPackage("com.valt.planner.diagram..", "com.valt.planner.edit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "java.awt..",
                    "org.apache.pdfbox..",
                    "org.jfree..",
                    "com.fasterxml.jackson..",
                    "org.jgrapht..",
                    "com.valt.planner.ui..",
                    "com.valt.planner.export..",
                    "com.valt.planner.cli..")
            .allowEmptyShould(true);

    /** Spreadsheet import: text in, devices and an edit out; the window and the command line read the files. */
    @ArchTest
    static final ArchRule interchangeIsPlainJavaWithTheCsvParser = noClasses()
            .that()
            .resideInAPackage("com.valt.planner.interchange..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "java.awt..",
                    "org.apache.pdfbox..",
                    "org.jfree..",
                    "org.jgrapht..",
                    "picocli..",
                    "java.nio.file..",
                    "com.valt.planner.ui..",
                    "com.valt.planner.cli..",
                    "com.valt.planner.export..",
                    "com.valt.planner.io..");
}
