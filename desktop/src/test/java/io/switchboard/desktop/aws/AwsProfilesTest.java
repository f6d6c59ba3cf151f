package io.switchboard.desktop.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProfilesTest {
    @TempDir
    Path home;

    @Test
    void list_readsConfigAndCredentials_includingSsoProfiles() throws Exception {
        Path config = Files.writeString(home.resolve("config"), """
                [profile prod-sso]
                sso_session = corp
                sso_account_id = 123456789012
                sso_role_name = Supervisor
                region = eu-west-2
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                [profile legacy-sso]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                sso_account_id = 123456789012
                sso_role_name = Dev
                """);
        Path credentials = Files.writeString(home.resolve("credentials"), "[default]\naws_access_key_id = A\naws_secret_access_key = B\n");

        var profiles = new AwsProfiles(new ConnectionTarget.ProfileFiles(config, credentials)).list();

        assertThat(profiles).extracting(AwsProfiles.AwsProfile::name).containsExactly("default", "legacy-sso", "prod-sso");
        assertThat(profiles).filteredOn(AwsProfiles.AwsProfile::sso).extracting(AwsProfiles.AwsProfile::name)
                .containsExactly("legacy-sso", "prod-sso");
        assertThat(profiles.get(2).region()).isEqualTo("eu-west-2");
    }

    @Test
    void regions_knowsRealRegionsOnly() {
        assertThat(AwsProfiles.isKnownRegion("eu-west-2")).isTrue();
        assertThat(AwsProfiles.isKnownRegion("eu-wset-2")).isFalse();
    }
}
