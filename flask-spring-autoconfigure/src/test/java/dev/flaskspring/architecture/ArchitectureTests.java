package dev.flaskspring.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layering of shared/DESIGN.md, held by the compiled classes of the core: what each package may use.
 * <p>Each rule names the loop or leak it forbids; {@code mvn -pl flask-spring-autoconfigure test
 * -Dtest=ArchitectureTests} shows the offending dependencies when one comes back.
 */
class ArchitectureTests {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.flaskspring");

    private static void check(ArchRule rule) {
        rule.check(CORE);
    }

    @Test
    void routingIsStringsInAndMatchResultsOutWithoutServletsWrappersOrSpring() {
        check(noClasses().that().resideInAPackage("dev.flaskspring.routing..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "dev.flaskspring.servlet..",
                        "dev.flaskspring.wrappers..", "dev.flaskspring.ctx..", "org.springframework..")
                .because("Werkzeug's routing knows nothing of requests (shared/DESIGN.md)"));
    }

    @Test
    void routingAndExceptionsDoNotDependOnEachOtherInACircle() {
        check(slices().matching("dev.flaskspring.(routing|exceptions)..").should().beFreeOfCycles());
    }

    @Test
    void thePipelineTakesARequestAndGivesAResponseWithoutTouchingTheServletApi() {
        check(noClasses().that().resideInAPackage("dev.flaskspring.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "dev.flaskspring.servlet..")
                .because("only servlet/ reads and writes the servlet objects"));
    }

    @Test
    void theTracebackPageIsRenderedWithoutTheServletApi() {
        check(noClasses().that().resideInAPackage("dev.flaskspring.debug..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "dev.flaskspring.servlet..")
                .because("servlet.DebuggedApplication serves the page; debug only renders it"));
    }

    @Test
    void onlyTheServletAdapterAndTheTestClientWriteServletResponses() {
        check(noClasses().that().resideOutsideOfPackages("dev.flaskspring.servlet..", "dev.flaskspring.testing..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.servlet.http.HttpServletResponse")
                .because("writing the response is the servlet adapter's job, not the core's"));
    }

    @Test
    void thePublicApiReachesTheServletAdapterOnlyThroughFlaskServer() {
        check(noClasses().that().resideInAPackage("dev.flaskspring").and().doNotHaveSimpleName("FlaskServer")
                .should().dependOnClassesThat().resideInAPackage("dev.flaskspring.servlet..")
                .because("the adapter calls the core, never the reverse, except to start a server"));
    }

    @Test
    void contextsAndTheCoreNeverCallBackIntoTheAdapter() {
        check(noClasses().that().resideInAnyPackage("dev.flaskspring.ctx..", "dev.flaskspring.pipeline..",
                        "dev.flaskspring.wrappers..", "dev.flaskspring.sessions..", "dev.flaskspring.templating..",
                        "dev.flaskspring.helpers..", "dev.flaskspring.signals..")
                .should().dependOnClassesThat().resideInAPackage("dev.flaskspring.servlet.."));
    }

    @Test
    void onlyTheBootEntryPointsImportSpringBoot() {
        check(noClasses().that(not(resideInAPackage("dev.flaskspring.autoconfigure..")))
                .and().doNotHaveSimpleName("FlaskApplication")
                .and(not(resideInAPackage("dev.flaskspring.testing").and(simpleNameStartingWith("FlaskTest"))))
                .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..")
                .because("the core runs from new Flask(\"x\") without Spring Boot"));
    }

    @Test
    void theCoreNeverImportsAnExtensionModule() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.flaskspring.jinja..",
                        "dev.flaskspring.login..", "dev.flaskspring.wtf..", "dev.flaskspring.migrate..")
                .because("extensions plug into the core's public API, as Flask's do"));
    }
}
