using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TravisCiRulesSamples
{
    private static readonly string TravisCiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 22, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("travis-ci-token", TravisCiTokenKey, "TRAVIS_API_TOKEN")
        .Ignores("travis-ci-token", "no travis context", $"\"checksum\": \"{TravisCiTokenKey}\"")
        .Ignores("travis-ci-token", "one character short", $"travis: {TravisCiTokenKey[..^1]}")
        .Ignores("travis-ci-token", "a test's name in release notes that mention Travis", "Problem:    Timer test fails too often on Travis.\nFiles:      src/testdir/dumps/Test_terminal_popup_m1.dump");
}
