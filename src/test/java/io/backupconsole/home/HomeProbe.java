package io.backupconsole.home;

import io.backupconsole.aws.credentials.SsoTokenCache;
import io.backupconsole.aws.profiles.ProfileFiles;
import io.backupconsole.storage.AppDirectories;
import io.backupconsole.storage.UserHome;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.utils.UserHomeDirectoryUtils;

/**
 * Run in a child JVM by {@link HomeFolderTest}: prints, one {@code name=path} a line, where the app looks and where
 * the SDK's own profile loading looks, so the test can compare them in an environment that a shell made.
 */
public final class HomeProbe {
    private HomeProbe() {}

    public static void main(String[] args) {
        UserHome home = UserHome.current();
        ProfileFiles files = ProfileFiles.of(home, System.getenv());
        AppDirectories folders = AppDirectories.forCurrentUser();
        print("user.home", System.getProperty("user.home"));
        print("app.home", home.folder());
        print("app.config", files.config());
        print("app.credentials", files.credentials());
        print("app.ssoCache", SsoTokenCache.folderIn(home));
        print("app.settings", folders.config());
        print("app.data", folders.data());
        print("app.logs", folders.logs());
        print("sdk.home", UserHomeDirectoryUtils.userHomeDirectory());
        print("sdk.config", ProfileFileLocation.configurationFilePath());
        print("sdk.credentials", ProfileFileLocation.credentialsFilePath());
    }

    private static void print(String name, Object value) {
        System.out.println(name + "=" + value);
    }
}
