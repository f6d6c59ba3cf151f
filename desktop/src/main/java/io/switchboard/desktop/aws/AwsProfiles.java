package io.switchboard.desktop.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;

/** The profiles in the user's AWS config and credentials files, as the AWS CLI sees them. */
public final class AwsProfiles {
    private final ConnectionTarget.ProfileFiles files;

    /** @param files non-default files, or {@code null} for ~/.aws/config and ~/.aws/credentials */
    public AwsProfiles(ConnectionTarget.ProfileFiles files) {
        this.files = files;
    }

    public List<AwsProfile> list() {
        Map<String, Profile> profiles = new TreeMap<>(load().profiles());
        return profiles.values().stream().map(AwsProfiles::describe).toList();
    }

    /** Every region the SDK knows, sorted, for the region chooser. */
    public static List<String> regions() {
        return Region.regions().stream().map(Region::id).filter(id -> !id.contains("global")).sorted().toList();
    }

    public static boolean isKnownRegion(String id) {
        return regions().contains(id);
    }

    private ProfileFile load() {
        return files == null ? ProfileFile.defaultProfileFile() : profileFile(files);
    }

    static ProfileFile profileFile(ConnectionTarget.ProfileFiles files) {
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        if (files.config() != null && files.config().toFile().exists()) {
            aggregator.addFile(ProfileFile.builder().content(files.config()).type(ProfileFile.Type.CONFIGURATION).build());
        }
        if (files.credentials() != null && files.credentials().toFile().exists()) {
            aggregator.addFile(ProfileFile.builder().content(files.credentials()).type(ProfileFile.Type.CREDENTIALS).build());
        }
        return aggregator.build();
    }

    private static AwsProfile describe(Profile profile) {
        boolean sso = profile.property(ProfileProperty.SSO_START_URL).isPresent()
                || profile.property("sso_session").isPresent();
        Optional<String> region = profile.property(ProfileProperty.REGION);
        return new AwsProfile(profile.name(), sso, region.orElse(null));
    }

    /**
     * @param name   the profile name
     * @param sso    whether it signs in through IAM Identity Center (needs {@code aws sso login})
     * @param region the profile's region, or {@code null}
     */
    public record AwsProfile(String name, boolean sso, String region) {
    }
}
