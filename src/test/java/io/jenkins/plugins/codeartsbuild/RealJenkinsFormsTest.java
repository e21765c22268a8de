package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleProject;
import java.util.List;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.RealJenkinsExtension;

/**
 * The forms in a real Jenkins: a separate JVM running the war with its own class loaders, where a view is rendered
 * through the web application's class loader. {@code JenkinsRule} runs the web application on the test class path,
 * where every class is visible, and so hides a view that refers to a plugin class by name. Here: a freestyle job's
 * configure page with the build step, "Add build step", saving, and the snippet generator of both steps.
 */
class RealJenkinsFormsTest {

    private static final List<String> INPUTS = List.of("jobId", "jobNamePattern", "jobNamePrefix", "maxJobs");

    @RegisterExtension
    private final RealJenkinsExtension jenkins = new RealJenkinsExtension();

    @Test
    void theFreestyleFormAndTheSnippetGeneratorRender() throws Throwable {
        jenkins.then(RealJenkinsFormsTest::freestyleForm, RealJenkinsFormsTest::snippetGenerator);
    }

    private static void freestyleForm(JenkinsRule r) throws Throwable {
        FreeStyleProject p = r.createFreeStyleProject("fs");
        DeleteBuildJobBuilder before = new DeleteBuildJobBuilder();
        before.setJobNamePrefix("pr-12-");
        before.setDryRun(true);
        before.setMaxJobs(7);
        p.getBuildersList().add(before);
        JenkinsRule.WebClient wc = r.createWebClient();

        HtmlPage configure = wc.getPage(p, "configure");
        for (String field : INPUTS) {
            assertThat(configure.querySelectorAll("[name='_." + field + "']"))
                    .as("field %s of the existing step", field)
                    .hasSize(1);
        }
        // the credentials drop-down refills when the region changes: core reads the @QueryParameter names of the fill
        // method, a default method of StepForms, into the select's fillDependsOn (HTML names read in lower case)
        HtmlElement credentials = configure.querySelector("select[name='_.credentialsId']");
        assertThat(credentials.getAttribute("filldependson")).contains("region");

        // "Add build step", then our step in its menu: its form is rendered on demand, by another request
        configure.executeJavaScript("document.querySelector('.hetero-list-add[suffix=\"builder\"]').click();");
        wc.waitForBackgroundJavaScript(2_000);
        configure.executeJavaScript("Array.from(document.querySelectorAll('.jenkins-dropdown__item'))"
                + ".filter(b => b.textContent.indexOf('" + Messages.DeleteBuildJobBuilder_DisplayName() + "') !== -1)"
                + "[0].click();");
        wc.waitForBackgroundJavaScript(10_000);
        assertThat(configure.querySelectorAll("[name='_.jobNamePrefix']"))
                .as("the added step's form")
                .hasSize(2);

        r.submit(configure.getFormByName("config"));

        List<DeleteBuildJobBuilder> saved =
                r.jenkins.getItemByFullName("fs", FreeStyleProject.class).getBuildersList().stream()
                        .filter(DeleteBuildJobBuilder.class::isInstance)
                        .map(DeleteBuildJobBuilder.class::cast)
                        .toList();
        assertThat(saved).hasSize(2);
        r.assertEqualDataBoundBeans(before, saved.get(0));
        assertThat(saved.get(1).getMaxJobs()).isEqualTo(50);
    }

    private static void snippetGenerator(JenkinsRule r) throws Throwable {
        WorkflowJob wf = r.createProject(WorkflowJob.class, "wf");
        JenkinsRule.WebClient wc = r.createWebClient();
        for (String symbol : List.of("codeartsDeleteBuildJob", "codeartsFindBuildJobs")) {
            HtmlPage syntax = wc.getPage(wf, "pipeline-syntax");
            HtmlSelect steps = syntax.querySelector("select.dropdownList");
            HtmlOption option = steps.getOptions().stream()
                    .filter(o -> o.getText().startsWith(symbol + ":"))
                    .findFirst()
                    .orElseThrow();
            steps.setSelectedAttribute(option, true);
            wc.waitForBackgroundJavaScript(10_000);
            assertThat(syntax.querySelectorAll("[name='_.jobNamePrefix']"))
                    .as("the form of %s", symbol)
                    .isNotEmpty();

            HtmlElement generate = syntax.querySelector("#generatePipelineScript");
            generate.click();
            wc.waitForBackgroundJavaScript(10_000);
            HtmlTextArea snippet = syntax.querySelector("#prototypeText");
            assertThat(snippet.getText()).startsWith(symbol);
        }
    }
}
