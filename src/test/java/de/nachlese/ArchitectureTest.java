package de.nachlese;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core (model, ingest, tagging, index, search) is plain Java: no Spring, no servlet, no templates. */
@AnalyzeClasses(packages = "de.nachlese", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoWebOrSpringImports = noClasses()
            .that()
            .resideInAnyPackage(
                    "de.nachlese.model..",
                    "de.nachlese.analysis..",
                    "de.nachlese.ingest..",
                    "de.nachlese.tagging..",
                    "de.nachlese.index..",
                    "de.nachlese.search..",
                    "de.nachlese.links..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.servlet..",
                    "gg.jte..",
                    "de.nachlese.web..",
                    "de.nachlese.system..");

    @ArchTest
    static final ArchRule onlyTheSchemaTouchesLuceneDocuments = noClasses()
            .that()
            .resideOutsideOfPackage("de.nachlese.index..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.apache.lucene.document.Document")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.lucene.document..");

    @ArchTest
    static final ArchRule modelDependsOnNothingElse = noClasses()
            .that()
            .resideInAPackage("de.nachlese.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "de.nachlese.ingest..",
                    "de.nachlese.tagging..",
                    "de.nachlese.index..",
                    "de.nachlese.search..",
                    "org.apache.lucene..");

    /** The web layer uses the search's results and entry points, not how queries are built or facets counted. */
    @ArchTest
    static final ArchRule webUsesNoSearchInternals = noClasses()
            .that()
            .resideInAnyPackage("de.nachlese.web..", "de.nachlese.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("de.nachlese.search.query..", "de.nachlese.search.facet..");
}
