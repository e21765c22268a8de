package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Descriptor;
import hudson.model.Item;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.verb.POST;

/**
 * Form endpoints and permissions, as the Credentials plugin's consumer guide has it. Read-only helpers (checks,
 * drop-downs) answer a user who may not see the configuration with the current value or nothing: never a 403 page
 * inside a form (read-only users and the Pipeline Syntax page call them) and never a credential id. Test connection
 * contacts Huawei Cloud, so it refuses them: 403 to POST. Every endpoint is POST-only (404 to GET). The fake Huawei
 * Cloud sees nothing.
 */
@WithJenkins
class FormEndpointsNeedPermissionTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private static String descriptor(Class<?> type) {
        return "descriptorByName/" + type.getName() + "/";
    }

    private static final String PLUGIN_PACKAGE = "io.jenkins.plugins.codeartsbuild.";

    /** A web method of one of this plugin's descriptors, in the global context or in a job. */
    record Endpoint(String url, boolean readOnly, boolean post) {}

    /**
     * Every {@code do…} method of every descriptor of this plugin (found in Jenkins, not listed here, so that a new
     * descriptor or helper is covered without editing this test), in the global context and in both kinds of job:
     * checks and drop-downs are read-only; anything else is a side effect (a connection test).
     */
    private static List<Endpoint> endpoints(JenkinsRule j, String testConnectionQuery) {
        List<Endpoint> all = new ArrayList<>();
        for (Descriptor<?> d : j.jenkins.getExtensionList(Descriptor.class)) {
            if (!d.getClass().getName().startsWith(PLUGIN_PACKAGE)) {
                continue;
            }
            for (Method m : d.getClass().getMethods()) {
                if (!m.getName().startsWith("do")
                        || !m.getDeclaringClass().getName().startsWith(PLUGIN_PACKAGE)) {
                    continue;
                }
                String name = Character.toLowerCase(m.getName().charAt(2))
                        + m.getName().substring(3);
                boolean readOnly = name.startsWith("check") || name.startsWith("fill");
                String query = name.equals("testConnection") ? testConnectionQuery : "?value=x&credentialsId=";
                for (String job : new String[] {"", "job/wf/", "job/fs/"}) {
                    all.add(new Endpoint(
                            job + "descriptorByName/" + d.getId() + "/" + name + query,
                            readOnly,
                            m.isAnnotationPresent(POST.class)));
                }
            }
        }
        return all;
    }

    private static WebResponse post(JenkinsRule.WebClient wc, String url) throws Exception {
        return wc.getPage(new WebRequest(wc.createCrumbedUrl(url), HttpMethod.POST))
                .getWebResponse();
    }

    private JenkinsRule.WebClient login(JenkinsRule j, String user) throws Exception {
        return j.createWebClient().withThrowExceptionOnFailingStatusCode(false).login(user);
    }

    @Test
    void readersGetQuietHelpersNoCredentialIdsAndNoConnectionTest(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);
        j.createFreeStyleProject("fs");
        j.createProject(WorkflowJob.class, "wf");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE)
                .everywhere()
                .to("configurer")
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
        JenkinsRule.WebClient reader = login(j, "reader");
        String testConnectionQuery =
                "?region=cn-north-4&credentialsId=" + FakeCloud.CREDENTIALS_ID + "&authMode=TOKEN&iamEndpoint="
                        + URLEncoder.encode(iam.url("/").toString(), StandardCharsets.UTF_8);

        List<Endpoint> endpoints = endpoints(j, testConnectionQuery);
        // the sweep found the helpers of every descriptor: 3 steps and builders, the global configuration
        assertThat(endpoints).extracting(Endpoint::url).anyMatch(u -> u.contains("FindBuildJobsStep/checkJobName"));
        assertThat(endpoints).extracting(Endpoint::url).anyMatch(u -> u.contains("Builder/checkJobIds"));
        assertThat(endpoints)
                .filteredOn(e -> !e.readOnly())
                .extracting(Endpoint::url)
                .allMatch(u -> u.contains("testConnection"));
        for (Endpoint e : endpoints) {
            assertThat(e.post()).as("%s is @POST", e.url()).isTrue();
            WebResponse answer = post(reader, e.url());
            if (e.readOnly()) {
                assertThat(answer.getStatusCode()).as("POST %s", e.url()).isEqualTo(200);
                assertThat(answer.getContentAsString())
                        .as("POST %s", e.url())
                        .doesNotContain(FakeCloud.CREDENTIALS_ID + "\"")
                        .doesNotContain("error")
                        .doesNotContain("warning");
            } else {
                assertThat(answer.getStatusCode()).as("POST %s", e.url()).isEqualTo(403);
            }
            assertThat(reader.goTo(e.url(), null).getWebResponse().getStatusCode())
                    .as("GET %s", e.url())
                    .isEqualTo(404);
        }

        // who may see the configuration gets the real answers
        JenkinsRule.WebClient configurer = login(j, "configurer");
        assertThat(post(configurer, "job/fs/" + descriptor(DeleteBuildJobBuilder.class) + "fillCredentialsIdItems")
                        .getContentAsString())
                .contains(FakeCloud.CREDENTIALS_ID);
        assertThat(post(configurer, "job/fs/" + descriptor(DeleteBuildJobBuilder.class) + "checkJobId?value=x")
                        .getContentAsString())
                .contains("is not valid");
        JenkinsRule.WebClient admin = login(j, "admin");
        assertThat(post(admin, descriptor(CodeArtsBuildGlobalConfiguration.class) + "fillCredentialsIdItems")
                        .getContentAsString())
                .contains(FakeCloud.CREDENTIALS_ID);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }
}
