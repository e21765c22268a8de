package io.jenkins.plugins.codeartsbuild.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import hudson.util.Secret;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The key's form says, while it is typed, what every build would refuse: white space inside the AK or the SK, or a
 * character that is not printable ASCII (a full-width letter from a Chinese input method). A stored SK comes back
 * encrypted and is never judged; a blank field is not yet an error (the form opens blank; a build refuses it).
 */
@WithJenkins
class HuaweiCloudAccessKeyFormTest {

    @Test
    void theFormRefusesWhatEveryBuildWouldAndSaysNothingOfAStoredSecret(JenkinsRule j) {
        HuaweiCloudAccessKeyImpl.DescriptorImpl form =
                j.jenkins.getDescriptorByType(HuaweiCloudAccessKeyImpl.DescriptorImpl.class);

        assertThat(form.doCheckAccessKeyId("  HPUAEXAMPLE12345678\n").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(form.doCheckAccessKeyId("HPUA EXAMPLE").getMessage()).contains("white space");
        assertThat(form.doCheckAccessKeyId("ＨＰＵＡEXAMPLE").getMessage()).contains("printable ASCII");
        assertThat(form.doCheckAccessKeyId("").kind).as("the form opens blank").isEqualTo(FormValidation.Kind.OK);
        assertThat(form.doCheckSecretKey("").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(form.doCheckSecretKey("{AQ==}").kind)
                .as("core's decrypt throws on it: a typed value")
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(form.doCheckSecretKey("secret key").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(form.doCheckSecretKey(" secretkey ").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(form.doCheckSecretKey(Secret.fromString("secret key").getEncryptedValue()).kind)
                .as("stored, so not judged")
                .isEqualTo(FormValidation.Kind.OK);
    }
}
