package io.backupconsole.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The home folder as the AWS CLI and SDK find it (their UserHomeDirectoryUtils rule), not Java's user.home. */
class UserHomeTest {
    private static final String PASSWD_HOME = "/home/ana";

    @Test
    void homeWinsOverTheJvmsUserHome() {
        assertEquals(home("/tmp/ci-home"), UserHome.resolve("Linux", Map.of("HOME", "/tmp/ci-home"), PASSWD_HOME));
        assertEquals(home("/tmp/ci-home"), UserHome.resolve("Mac OS X", Map.of("HOME", "/tmp/ci-home"), PASSWD_HOME));
    }

    @Test
    void withoutHomeTheJvmsUserHomeIsUsed() {
        assertEquals(home(PASSWD_HOME), UserHome.resolve("Linux", Map.of(), PASSWD_HOME));
        assertEquals(home(PASSWD_HOME), UserHome.resolve("Linux", Map.of("HOME", " "), PASSWD_HOME), "blank is unset");
    }

    @Test
    void windowsTriesHomeThenUserProfileThenHomeDriveAndPath() {
        Map<String, String> all = Map.of(
                "HOME", "/c/Users/ana-msys",
                "USERPROFILE", "C:\\Users\\ana",
                "HOMEDRIVE", "D:",
                "HOMEPATH", "\\Home\\ana");
        assertEquals(home("/c/Users/ana-msys"), UserHome.resolve("Windows 11", all, "C:\\java-home"));
        assertEquals(
                home("C:\\Users\\ana"),
                UserHome.resolve(
                        "Windows 11",
                        Map.of("USERPROFILE", "C:\\Users\\ana", "HOMEDRIVE", "D:", "HOMEPATH", "\\Home\\ana"),
                        "C:\\java-home"));
        assertEquals(
                home("D:\\Home\\ana"),
                UserHome.resolve("Windows 11", Map.of("HOMEDRIVE", "D:", "HOMEPATH", "\\Home\\ana"), "C:\\java-home"));
        assertEquals(
                home("C:\\java-home"),
                UserHome.resolve("Windows 11", Map.of("HOMEDRIVE", "D:"), "C:\\java-home"),
                "half of HOMEDRIVE/HOMEPATH is not a folder");
    }

    @Test
    void onlyWindowsReadsUserProfile() {
        assertEquals(home(PASSWD_HOME), UserHome.resolve("Linux", Map.of("USERPROFILE", "/elsewhere"), PASSWD_HOME));
    }

    @Test
    void noHomeAtAllIsAClearFailure() {
        IllegalStateException failure =
                assertThrows(IllegalStateException.class, () -> UserHome.resolve("Linux", Map.of(), null));
        assertEquals("No home folder: HOME is not set and Java has no user.home.", failure.getMessage());
    }

    private static UserHome home(String path) {
        return new UserHome(Path.of(path));
    }
}
