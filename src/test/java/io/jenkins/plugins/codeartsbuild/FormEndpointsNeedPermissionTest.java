package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
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

    private String testConnection() {
        String iamUrl = URLEncoder.encode(iam.url("/").toString(), StandardCharsets.UTF_8);
        return descriptor(CodeArtsBuildGlobalConfiguration.class)
                + "testConnection?region=cn-north-4&credentialsId=" + FakeCloud.CREDENTIALS_ID
                + "&authMode=TOKEN&iamEndpoint=" + iamUrl;
    }

    private static List<String> readOnlyEndpoints() {
        String global = descriptor(CodeArtsBuildGlobalConfiguration.class);
        List<String> urls = new ArrayList<>(List.of(
                global + "checkRegion?value=cn-north-4",
                global + "checkIamEndpoint?value=https%3A%2F%2Fiam.example.com",
                global + "checkCodeArtsBuildEndpoint?value=https%3A%2F%2Fbuild.example.com",
                global + "checkProjectId?value=" + Fixtures.IAM_PROJECT_ID,
                global + "checkCredentialsId?value=" + FakeCloud.CREDENTIALS_ID,
                global + "fillCredentialsIdItems?credentialsId=",
                global + "fillRegionItems",
                global + "fillAuthModeItems"));
        for (String job : new String[] {"", "job/wf/", "job/fs/"}) {
            for (Class<?> type : List.of(DeleteBuildJobStep.class, DeleteBuildJobBuilder.class)) {
                String d = job + descriptor(type);
                urls.add(d + "checkJobId?value=x");
                urls.add(d + "checkRegion?value=cn-north-4");
                urls.add(d + "checkCredentialsId?value=" + FakeCloud.CREDENTIALS_ID);
                urls.add(d + "fillRegionItems");
                urls.add(d + "fillCredentialsIdItems?credentialsId=");
            }
        }
        return urls;
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

        for (String url : readOnlyEndpoints()) {
            WebResponse answer = post(reader, url);
            assertThat(answer.getStatusCode()).as("POST %s", url).isEqualTo(200);
            assertThat(answer.getContentAsString())
                    .as("POST %s", url)
                    .doesNotContain(FakeCloud.CREDENTIALS_ID + "\"")
                    .doesNotContain("error");
            assertThat(reader.goTo(url, null).getWebResponse().getStatusCode())
                    .as("GET %s", url)
                    .isEqualTo(404);
        }
        assertThat(post(reader, testConnection()).getStatusCode()).isEqualTo(403);
        assertThat(reader.goTo(testConnection(), null).getWebResponse().getStatusCode())
                .isEqualTo(404);

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
