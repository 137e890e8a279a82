package io.globaldesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.globaldesk.language.PlatformMentions.Platform;
import org.junit.jupiter.api.Test;

class PlatformMentionsTests {

    @Test
    void findsPlatformsInEveryScriptMostSpecificFirst() {
        assertThat(PlatformMentions.in("React Native on Android crashes")).containsExactly(Platform.REACT_NATIVE, Platform.ANDROID);
        assertThat(PlatformMentions.in("安卓上没有声音")).containsExactly(Platform.ANDROID);
        assertThat(PlatformMentions.in("ブラウザで映像が出ない")).containsExactly(Platform.WEB);
        assertThat(PlatformMentions.in("iPhone 锁屏以后")).containsExactly(Platform.IOS);
        assertThat(PlatformMentions.codesIn("gradle build on a MacBook")).containsExactly("android", "macos");
    }

    @Test
    void anEdgeNodeIsNotTheEdgeBrowser() {
        assertThat(PlatformMentions.in("the edge node in Frankfurt is down")).isEmpty();
        assertThat(PlatformMentions.in("is legacy Edge supported?")).containsExactly(Platform.WEB);
    }

    @Test
    void wordsThatOnlyContainAPlatformNameAreNotMentions() {
        assertThat(PlatformMentions.in("the community reported it")).isEmpty();
        assertThat(PlatformMentions.in("")).isEmpty();
        assertThat(PlatformMentions.in(null)).isEmpty();
    }

    @Test
    void findsTheMostSpecificPlatformAndTheVersion() {
        var mention = PlatformMentions.find("Flutter app on iOS, SDK 4.2.1").orElseThrow();
        assertThat(mention.platform()).contains(Platform.FLUTTER);
        assertThat(mention.version()).contains("4.2.1");
        assertThat(PlatformMentions.find("版本 3.8 一直掉线").orElseThrow().version()).contains("3.8");
        assertThat(PlatformMentions.find("the weather is nice")).isEmpty();
    }

    @Test
    void stripsPlatformNamesAndVersionsButNotTheProblem() {
        assertThat(PlatformMentions.strip("Android SDK 4.2 echo on calls").strip().replaceAll("\\s+", " ")).isEqualTo("echo on calls");
    }
}
